"""No acknowledged session is ever lost: writers killed at random, lines torn at every byte,
a crash in the middle of a repair, and two writers racing on one file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from hamtimer.core import log_store as log_store_module
from hamtimer.core.log_store import LogStore, encode_record
from hamtimer.core.safe_files import QUARANTINE_MARK

from .crash_child import crash_record, record_key
from .crash_harness import REPO_ROOT, run_crash_campaign

KILLS = int(os.environ.get("HAMTIMER_CRASH_KILLS", "200"))
SEED = int(os.environ.get("HAMTIMER_CRASH_SEED", "20261125"))
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select on pipes")


def kept_files(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"log.jsonl{QUARANTINE_MARK}*"))


def test_no_acknowledged_session_is_lost_when_the_writer_is_killed_at_random(
    tmp_path: Path,
) -> None:
    print(f"crash harness seed {SEED} (HAMTIMER_CRASH_SEED), {KILLS} kills")
    figures = run_crash_campaign(tmp_path, KILLS, SEED, deadline_s=max(60.0, KILLS * 0.3))
    print("\n".join(figures.lines(SEED)))
    assert figures.kills == KILLS
    assert figures.acked > KILLS  # most children got some sessions written before the kill
    assert figures.lost == 0
    assert figures.torn_tails_recovered > 0  # the recovery path really ran


@pytest.fixture
def log_with_two_sessions(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "log.jsonl"
    LogStore(path).append(crash_record(0, 0))
    LogStore(path).append(crash_record(0, 1))
    return path, path.read_bytes()


def test_a_line_cut_at_any_byte_is_set_aside_and_the_earlier_sessions_stay(
    tmp_path: Path,
) -> None:
    line = encode_record(crash_record(0, 2))
    for cut in range(1, len(line)):
        directory = tmp_path / f"cut-{cut}"
        directory.mkdir()
        path = directory / "log.jsonl"
        LogStore(path).append(crash_record(0, 0))
        LogStore(path).append(crash_record(0, 1))
        with path.open("ab") as log:  # a writer killed `cut` bytes into its line
            log.write(line[:cut])
        original = path.read_bytes()
        report = LogStore(path).load()
        keys = [record_key(record) for record in report.records]
        if cut < len(line) - 1:  # torn inside the JSON: unreadable, kept aside
            assert keys == [(0, 0), (0, 1)], cut
            [kept] = kept_files(directory)
            assert kept.read_bytes() == original, cut
            assert path.read_bytes() == original[: len(original) - cut], cut
        else:  # only the newline is missing: the record itself is complete
            assert keys == [(0, 0), (0, 1), (0, 2)], cut
            assert kept_files(directory) == []


def test_the_next_session_after_a_torn_line_stands_on_its_own_line(
    log_with_two_sessions: tuple[Path, bytes],
) -> None:
    path, before = log_with_two_sessions
    torn = encode_record(crash_record(0, 2))[:50]
    with path.open("ab") as log:
        log.write(torn)
    LogStore(path).append(crash_record(0, 3))
    report = LogStore(path).load()
    assert [record_key(record) for record in report.records] == [(0, 0), (0, 1), (0, 3)]
    assert report.unreadable_lines == 1
    assert report.quarantined_to is not None
    assert report.quarantined_to.read_bytes().startswith(before + torn + b"\n")


class Killed(BaseException):
    """Stands in for SIGKILL: nothing after it runs, no except OSError catches it."""


def test_a_crash_in_the_middle_of_a_repair_leaves_every_session_in_the_log(
    log_with_two_sessions: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, before = log_with_two_sessions
    with path.open("ab") as log:
        log.write(b'{"torn":')

    def killed(path: Path, data: bytes) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(log_store_module, "atomic_write_bytes", killed)
        with pytest.raises(Killed):
            LogStore(path).load()  # killed after keeping a copy, before the fresh log
    assert path.read_bytes() == before + b'{"torn":'
    report = LogStore(path).load()
    assert [record_key(record) for record in report.records] == [(0, 0), (0, 1)]
    assert path.read_bytes() == before


def test_two_writers_racing_without_the_lock_lose_and_interleave_nothing(
    tmp_path: Path,
) -> None:
    """The instance lock normally forbids this; O_APPEND with one write per line copes anyway."""
    path, per_writer = tmp_path / "log.jsonl", 500
    writers = [_racing_writer(path, child, per_writer) for child in (1, 2)]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == b"START\n"
        assert writer.stdout.readline() == b"READY\n"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write(b"go\n")
        writer.stdin.close()
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.read().endswith(b"DONE\n")
        assert writer.wait(timeout=60) == 0
    report = LogStore(path).load()
    assert report.unreadable_lines == 0
    keys = [record_key(record) for record in report.records]
    assert Counter(keys) == Counter((c, n) for c in (1, 2) for n in range(per_writer))
    for child in (1, 2):
        assert [n for c, n in keys if c == child] == list(range(per_writer))
    assert len({c for c, _ in keys[:per_writer]}) == 2, "the writers never overlapped"


def _racing_writer(path: Path, child: int, count: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "tests.reliability.crash_child", str(path), str(child)]
    return subprocess.Popen(
        [*command, "--count", str(count)],
        cwd=REPO_ROOT,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
