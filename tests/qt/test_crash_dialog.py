"""The crash notice never opens a modal box where nobody can see it (offscreen, tests)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hamtimer.qt.crash_dialog import show_crash_dialog


def test_no_dialog_on_the_offscreen_platform(qtbot: QtBot) -> None:
    assert show_crash_dialog("hamtimer hit an unexpected error.") is False
