"""The in-app reminder banner: what it says, and its Start and Later, by mouse or keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hamtimer.qt.reminder_banner import ReminderBanner
from tests.qt.reminder_fakes import a_reminder


def shown_banner(qtbot: QtBot) -> ReminderBanner:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show_reminder(a_reminder())
    return banner


def test_the_banner_is_hidden_until_a_reminder_comes(qtbot: QtBot) -> None:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    assert banner.isHidden()
    banner.show_reminder(a_reminder())
    assert not banner.isHidden()
    assert banner.title_label.text() == "Bridge hold time (1 of 2 today)"


def test_start_emits_the_reminded_session_and_hides_the_banner(qtbot: QtBot) -> None:
    banner = shown_banner(qtbot)
    with qtbot.waitSignal(banner.start_requested) as blocker:
        qtbot.mouseClick(banner.start_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["bridge-hold"]
    assert banner.isHidden()


def test_start_and_later_work_from_the_keyboard(qtbot: QtBot) -> None:
    banner = shown_banner(qtbot)
    banner.start_button.setFocus()
    with qtbot.waitSignal(banner.start_requested) as blocker:
        qtbot.keyClick(banner.start_button, Qt.Key.Key_Space)
    assert blocker.args == ["bridge-hold"]
    banner.show_reminder(a_reminder("ice", "Ice"))
    with qtbot.waitSignal(banner.dismissed):
        qtbot.keyClick(banner.later_button, Qt.Key.Key_Space)
    assert banner.isHidden()


def test_later_hides_the_banner_without_starting_anything(qtbot: QtBot) -> None:
    banner = shown_banner(qtbot)
    with qtbot.assertNotEmitted(banner.start_requested), qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.later_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_the_banner_and_its_buttons_have_accessible_names(qtbot: QtBot) -> None:
    banner = shown_banner(qtbot)
    assert banner.accessibleName() == "Reminder"
    assert banner.accessibleDescription().startswith("Bridge hold time (1 of 2 today).")
    assert banner.start_button.accessibleName() == "Start Bridge hold now"
    assert banner.later_button.accessibleName() == "Later: hide this reminder"


def test_a_newer_reminder_replaces_the_one_shown(qtbot: QtBot) -> None:
    banner = shown_banner(qtbot)
    banner.show_reminder(a_reminder("ice", "Ice"))
    with qtbot.waitSignal(banner.start_requested) as blocker:
        banner.start_button.click()
    assert blocker.args == ["ice"]


def test_doing_the_session_another_way_answers_its_reminder(qtbot: QtBot) -> None:
    banner = shown_banner(qtbot)
    banner.clear_if_for("ice")
    assert not banner.isHidden()
    banner.clear_if_for("bridge-hold")
    assert banner.isHidden()
