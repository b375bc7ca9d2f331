"""--selftest: every resource is checked, and a broken one makes it fail and say which."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hamtimer.core.voice_lines import ALL_LINES
from hamtimer.resources import resources_dir
from hamtimer.selftest import FAILED, PASSED, Check, run_checks, run_selftest


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    return copy


def selftest(resources: Path, tmp_path: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_selftest(resources, tmp_path / "data", out)
    return code, out.getvalue().splitlines()


def test_the_selftest_passes_and_names_every_resource_it_checked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    code, lines = selftest(resources_dir(), tmp_path)
    assert code == PASSED, "\n".join(lines)
    for expected in (
        "ok   sessions/bridge-hold.json: bridge-hold (Bridge hold)",
        "ok   sessions/ice.json: ice (Ice)",
        "ok   icon io.github.hamtimer.Hamtimer.svg: 64×64 pixmap",
        "ok   import hamtimer.qt.app",
    ):
        assert expected in lines
    for sound in sorted((resources_dir() / "sounds").glob("*.wav")):
        assert any(line.startswith(f"ok   sounds/{sound.name}: WAV") for line in lines)
    assert any(
        line.startswith("ok   session: bridge-hold, 40 s at 1000×: 4 phases") for line in lines
    )
    assert any(line.startswith("ok   log: wrote and re-read 1 record") for line in lines)
    assert lines[-1].startswith("self-test: ") and lines[-1].endswith("checks passed")


def test_the_selftest_leaves_no_files_behind(qtbot: QtBot, tmp_path: Path) -> None:
    selftest(resources_dir(), tmp_path)
    assert list((tmp_path / "data").iterdir()) == []


def test_a_broken_session_and_sound_fail_the_selftest_by_name(
    qtbot: QtBot, tmp_path: Path, resources_copy: Path
) -> None:
    (resources_copy / "sessions" / "ice.json").write_text('{"schema_version": 1, "id": ')
    (resources_copy / "sounds" / "tick.wav").write_bytes(b"not a wav at all")
    code, lines = selftest(resources_copy, tmp_path)
    assert code == FAILED
    failures = [line for line in lines if line.startswith("FAIL")]
    assert [line.split(":")[0] for line in failures] == [
        "FAIL sessions/ice.json",
        "FAIL sounds/tick.wav",
        # The app cannot start without its built-in sessions, so neither can these:
        "FAIL session",
        "FAIL log",
        "FAIL main window",
    ]
    assert "ok   sessions/bridge-hold.json: bridge-hold (Bridge hold)" in lines  # it went on


@pytest.mark.qt_log_ignore("Cannot read file .*Hamtimer.svg.*")
def test_a_broken_icon_fails_the_selftest(
    qtbot: QtBot, tmp_path: Path, resources_copy: Path
) -> None:
    (resources_copy / "icons" / "io.github.hamtimer.Hamtimer.svg").write_text("<svg")
    code, lines = selftest(resources_copy, tmp_path)
    assert code == FAILED
    assert "FAIL icon io.github.hamtimer.Hamtimer.svg: ValueError: not a valid SVG" in lines


def test_a_missing_resources_folder_fails(qtbot: QtBot, tmp_path: Path) -> None:
    code, lines = selftest(tmp_path / "nowhere", tmp_path)
    assert code == FAILED
    assert any(line.startswith("FAIL resources folder: FileNotFoundError") for line in lines)


def test_a_resource_folder_the_selftest_does_not_know_is_named(
    qtbot: QtBot, tmp_path: Path, resources_copy: Path
) -> None:
    (resources_copy / "programs").mkdir()
    code, lines = selftest(resources_copy, tmp_path)
    assert code == PASSED
    assert "ok   resources not checked: programs" in lines


def test_every_check_runs_even_after_one_fails() -> None:
    ran: list[str] = []

    def failing() -> str:
        ran.append("first")
        raise OSError("disk gone")

    out = io.StringIO()
    code = run_checks(
        [Check("first", failing), Check("second", lambda: ran.append("2") or "")], out
    )
    assert code == FAILED
    assert ran == ["first", "2"]
    assert out.getvalue().splitlines() == [
        "FAIL first: OSError: disk gone",
        "ok   second",
        "self-test: 1 of 2 checks passed",
    ]


def test_every_voice_shipped_is_checked_and_a_missing_line_fails_by_name(
    qtbot: QtBot, tmp_path: Path, resources_copy: Path
) -> None:
    (resources_copy / "voice" / "en" / "rep_07.wav").unlink()
    (resources_copy / "voice" / "de" / "hold.wav").write_bytes(b"not a wav at all")
    code, lines = selftest(resources_copy, tmp_path)
    assert code == FAILED
    assert "FAIL voice/en: FileNotFoundError: 1 voice line(s) missing: rep_07.wav" in lines
    assert any(line.startswith("FAIL voice/de: ") for line in lines)


def test_the_english_voice_must_be_there(
    qtbot: QtBot, tmp_path: Path, resources_copy: Path
) -> None:
    shutil.rmtree(resources_copy / "voice")
    code, lines = selftest(resources_copy, tmp_path)
    assert code == FAILED
    missing = f"FAIL voice/en: FileNotFoundError: {len(ALL_LINES)} voice line(s) missing"
    assert any(line.startswith(missing) for line in lines)
