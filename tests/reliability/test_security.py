"""Privacy and safety promises: private files, no network at all, no code run from data."""

from __future__ import annotations

import os
import re
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hamtimer.core.log_store import LogStore
from hamtimer.core.settings_store import Settings, SettingsStore
from hamtimer.paths import prepare_data_dir
from tests.app.process import RunningApp

from .crash_child import crash_record
from .crash_harness import REPO_ROOT

PACKAGE = REPO_ROOT / "hamtimer"
GUARD_DIR = Path(__file__).parent / "net_guard"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
linux_only = pytest.mark.skipif(not Path("/proc/self/net").exists(), reason="needs /proc")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: whatever is private stays private on its own merit."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@posix_only
def test_the_data_dir_is_created_private_to_the_user(tmp_path: Path, open_umask: None) -> None:
    paths = prepare_data_dir(tmp_path / "new" / "hamtimer")
    assert mode(paths.data_dir) == 0o700


@posix_only
def test_the_log_its_repair_and_the_kept_copy_are_private(data_dir: Path, open_umask: None) -> None:
    path = data_dir / "log.jsonl"
    LogStore(path).append(crash_record(0, 0))
    assert mode(path) == 0o600
    with path.open("ab") as log:
        log.write(b'{"torn":')
    report = LogStore(path).load()
    assert report.quarantined_to is not None
    assert (mode(path), mode(report.quarantined_to)) == (0o600, 0o600)


@posix_only
def test_the_settings_file_is_private(data_dir: Path, open_umask: None) -> None:
    path = data_dir / "settings.json"
    SettingsStore(path).save(Settings(volume=0.5))
    assert mode(path) == 0o600


def test_the_code_never_unpickles_evaluates_or_talks_to_a_network() -> None:
    forbidden = re.compile(
        r"^\s*(import|from)\s+(pickle|marshal|shelve|dill|urllib|http|httpx|requests|aiohttp|ftplib|smtplib)\b"
        r"|\b(pickle|marshal)\.|\b(QNetworkAccessManager|QTcpSocket|QUdpSocket|QSslSocket)\b"
        r"|(?<![.\w])(eval|exec|compile|__import__)\("
    )
    hits = [
        f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if forbidden.search(line)
    ]
    assert hits == []


# --- the whole app, watched for network use -----------------------------------------------


@dataclass
class GuardedRun:
    data_dir: Path
    guard_report: list[str]
    inet_sockets_open: list[str]
    code: int


def inet_socket_inodes(pid: int) -> dict[str, str]:
    """Inode -> table name of every IPv4/IPv6 socket `pid` holds open (Linux /proc)."""
    tables = {}
    for name in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        table = Path(f"/proc/{pid}/net/{name}")
        if table.exists():
            for row in table.read_text().splitlines()[1:]:
                tables[row.split()[9]] = name
    held = {}
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd) if fd.is_symlink() else ""
        if target.startswith("socket:["):
            held[target[len("socket:[") : -1]] = fd.name
    return {inode: tables[inode] for inode in held if inode in tables}


@linux_only
def test_the_inet_socket_detector_sees_a_socket_this_process_holds() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        assert "udp" in inet_socket_inodes(os.getpid()).values()


def test_the_network_guard_catches_a_connection_attempt(tmp_path: Path) -> None:
    """Without this, a guard that silently failed to load would pass every test."""
    report = tmp_path / "network-report.txt"
    attempt = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    env = dict(os.environ, PYTHONPATH=str(GUARD_DIR), HAMTIMER_NET_GUARD_REPORT=str(report))
    result = subprocess.run(
        [sys.executable, "-c", attempt], env=env, capture_output=True, text=True, check=False
    )
    assert "network use is not allowed" in result.stderr
    assert "VIOLATION socket.getaddrinfo" in report.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def guarded_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GuardedRun]:
    """One real run of a whole session with every network use recorded."""
    root = tmp_path_factory.mktemp("guarded")
    report, data_dir = root / "network-report.txt", root / "not-yet" / "hamtimer"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", os.pathsep.join([str(GUARD_DIR), str(REPO_ROOT)]))
        patch.setenv("HAMTIMER_NET_GUARD_REPORT", str(report))
        patch.setenv("HOME", str(root / "home"))
        patch.setenv("XDG_DATA_HOME", str(root / "home" / "data"))
        app = RunningApp(
            "--data-dir", str(data_dir), "--time-scale", "1000", "--start", "bridge-hold"
        )
    try:
        app.wait_for_line("session logged: bridge-hold completed")
        sockets = inet_socket_inodes(app.process.pid) if Path("/proc/self/net").exists() else {}
        code = app.terminate()
    finally:
        app.kill()
    lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    yield GuardedRun(data_dir, lines, [f"{k} ({v})" for k, v in sockets.items()], code)


def test_a_whole_session_opens_no_network_socket_and_looks_up_no_name(
    guarded_run: GuardedRun,
) -> None:
    assert any(line.startswith("ACTIVE") for line in guarded_run.guard_report), "guard not loaded"
    assert [line for line in guarded_run.guard_report if not line.startswith("ACTIVE")] == []
    assert guarded_run.inet_sockets_open == []
    assert guarded_run.code == 0


@posix_only
def test_the_app_creates_its_data_dir_and_files_private(guarded_run: GuardedRun) -> None:
    data_dir = guarded_run.data_dir
    assert mode(data_dir) == 0o700
    files = {path.name: mode(path) for path in data_dir.iterdir() if path.is_file()}
    assert "log.jsonl" in files
    assert files == dict.fromkeys(files, 0o600)
