"""The desktop entry and AppStream metainfo: one app id everywhere, actions that really start."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from hamtimer import APP_ID, APP_NAME, __version__
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.resources import resource_path

DESKTOP_FILE = resource_path("desktop", f"{APP_ID}.desktop")
METAINFO_FILE = resource_path("desktop", f"{APP_ID}.metainfo.xml")
ACTIONS = {"ice": "Start ice timer", "bridge-hold": "Start bridge holds"}


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser


def test_the_desktop_entry_launches_hamtimer_with_the_app_id_icon() -> None:
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == APP_NAME and entry["TryExec"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the app name


def test_the_desktop_file_is_named_by_the_app_id_that_qt_reports_to_wayland() -> None:
    # app.setDesktopFileName(APP_ID) makes this the Wayland app_id; it must match the file.
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"


def test_each_action_starts_a_built_in_session() -> None:
    entry = desktop_entry()
    assert entry["Desktop Entry"]["Actions"].rstrip(";").split(";") == list(ACTIONS)
    sessions = load_builtin_sessions(resource_path("sessions"))
    for action, name in ACTIONS.items():
        group = entry[f"Desktop Action {action}"]
        assert group["Name"] == name
        assert group["Exec"] == f"{APP_NAME} --start {action}"
        assert action in sessions


def test_the_metainfo_names_the_app_id_its_desktop_file_and_this_version() -> None:
    root = ElementTree.parse(METAINFO_FILE).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == APP_NAME
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for this version to the metainfo"


def test_the_metainfo_says_there_is_no_network_use() -> None:
    root = ElementTree.parse(METAINFO_FILE).getroot()
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert "uses no network" in "".join(root.find("description").itertext())  # type: ignore[union-attr]


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def icon_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, with no image library."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", path
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_each_hicolor_icon_size_is_there_and_that_size(size: int) -> None:
    path = resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
    assert icon_size(path) == (size, size)
