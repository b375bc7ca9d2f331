"""Problems found at start-up are shown in the window, and nothing the patient logged is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hamtimer.cli import Options
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.paths import DataPaths
from hamtimer.qt.app import build_window
from hamtimer.qt.cue_sound import CueSound
from hamtimer.qt.main_window import MainWindow
from hamtimer.qt.sound import LazySoundPlayer
from hamtimer.resources import resource_path

GOOD_LINE = (
    b'{"actual_active_s":30.0,"app_version":"0.1.0","ended_at":"2026-11-25T09:01:40+01:00",'
    b'"outcome":"completed","parameters":{"hold_s":10,"reps":3},"planned_active_s":30.0,'
    b'"reps_completed":3,"reps_planned":3,"schema_version":1,"session_id":"bridge-hold",'
    b'"session_name":"Bridge hold","started_at":"2026-11-25T09:00:00+01:00","stop_reason":null,'
    b'"time_scale":1.0,"type":"session"}\n'
)


def open_window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sessions = load_builtin_sessions(resource_path("sessions"))
    window = build_window(app, Options(data_dir, None, 1.0), DataPaths(data_dir), sessions)
    qtbot.addWidget(window)
    window.show()  # the whole log is read after the first paint
    qtbot.waitUntil(lambda: window.log_store.is_loaded)
    return window


def test_a_corrupt_log_is_moved_aside_byte_for_byte_and_reported(
    qtbot: QtBot, data_dir: Path
) -> None:
    original = GOOD_LINE + b"\x00\xff this is not JSON\n" + b'{"torn": '
    (data_dir / "log.jsonl").write_bytes(original)
    window = open_window(qtbot, data_dir)
    [kept] = list(data_dir.glob("log.jsonl.unreadable-*"))
    assert kept.read_bytes() == original
    assert (data_dir / "log.jsonl").read_bytes() == GOOD_LINE
    banner = window.problems_banner.text()
    assert "could not be read" in banner and str(kept) in banner
    assert len(window.log_store.records) == 1


def test_unreadable_settings_are_set_aside_and_the_defaults_used(
    qtbot: QtBot, data_dir: Path
) -> None:
    (data_dir / "settings.json").write_text('{"schema_version": 1, "volume": "loud"}')
    window = open_window(qtbot, data_dir)
    assert list(data_dir.glob("settings.json.unreadable-*"))
    assert "settings" in window.problems_banner.text().lower()
    assert window.sound_controls.settings.volume == 0.8


def test_sound_is_loaded_at_the_first_session_and_a_problem_said_once_in_the_status_bar(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = open_window(qtbot, data_dir)
    cue_sound = window.sound_controls.player
    assert isinstance(cue_sound, CueSound) and cue_sound.mode == "tones"
    player = cue_sound.tones
    assert isinstance(player, LazySoundPlayer) and not player.is_built
    assert window.status_note.text() == ""
    window.start_session("bridge-hold")
    assert player.is_built
    reason = player.unavailable_reason()
    if reason is None:  # a machine with a sound card: nothing to say
        assert window.status_note.text() == ""
    else:
        assert window.status_note.text() == f"Sound unavailable: {reason}"
    window.runner.stop()
