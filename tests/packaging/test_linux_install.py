"""install.sh places the app per XDG under ~/.local; uninstall.sh removes it, keeping the log."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hamtimer import APP_ID
from hamtimer.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "packaging" / "linux"
SHARED_MENU_CACHE = "mimeinfo.cache"  # update-desktop-database's, for every app in the folder

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux install")


@pytest.fixture
def download(tmp_path: Path) -> Path:
    """An unpacked download whose app is a stand-in script with the real resources."""
    unpacked = tmp_path / "hamtimer-0.1.0"
    bundle = unpacked / "hamtimer"
    shutil.copytree(resources_dir(), bundle / "_internal" / "resources")
    app = bundle / "hamtimer"
    app.write_text("#!/bin/sh\necho hamtimer 0.1.0\n")
    app.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(SCRIPTS / script, unpacked / script)
    return unpacked


def run(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}  # no XDG_DATA_HOME: the default
    return subprocess.run(
        ["sh", str(script)], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_install_places_the_command_menu_entry_icons_and_metainfo(
    download: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result = run(download / "install.sh", home)
    assert result.returncode == 0, result.stderr
    app = home / ".local" / "lib" / "hamtimer" / "hamtimer"
    share = home / ".local" / "share"
    command = home / ".local" / "bin" / "hamtimer"
    assert command.is_symlink() and command.resolve() == app
    assert subprocess.run([command], capture_output=True, text=True, check=True).stdout == (
        "hamtimer 0.1.0\n"
    )
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{app}"\n' in desktop
    assert f'Exec="{app}" --start ice\n' in desktop
    assert f"TryExec={app}\n" in desktop
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_uninstall_removes_everything_installed_but_keeps_the_log(
    download: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    log = home / ".local" / "share" / "hamtimer" / "log.jsonl"
    log.parent.mkdir(parents=True)
    log.write_text('{"a session": 1}\n')
    assert run(download / "install.sh", home).returncode == 0
    result = run(download / "uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    left = sorted(
        str(path.relative_to(home))
        for path in home.rglob("*")
        if (path.is_file() or path.is_symlink()) and path.name != SHARED_MENU_CACHE
    )
    assert left == [".local/share/hamtimer/log.jsonl"]
    assert log.read_text() == '{"a session": 1}\n'


def test_install_refuses_to_run_outside_a_download(tmp_path: Path) -> None:
    lone = tmp_path / "install.sh"
    shutil.copy2(SCRIPTS / "install.sh", lone)
    result = run(lone, tmp_path / "home")
    assert result.returncode == 1
    assert "run me from the unpacked hamtimer download" in result.stderr
