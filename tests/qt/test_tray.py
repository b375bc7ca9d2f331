"""The tray icon: its menu, a clicked reminder, and no tray at all (the offscreen platform)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from hamtimer.qt.tray import ReminderTray
from hamtimer.resources import resource_path
from tests.qt.reminder_fakes import a_reminder

STARTS = [("ice", "Ice"), ("bridge-hold", "Bridge hold")]


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "io.github.hamtimer.Hamtimer.svg")))


def test_with_no_tray_the_icon_is_not_shown_and_reminders_go_elsewhere(qtbot: QtBot) -> None:
    """The offscreen platform has no tray; showing an icon there would make Qt warn."""
    tray = ReminderTray(app_icon(), STARTS)
    assert tray.available is QSystemTrayIcon.isSystemTrayAvailable() is False
    tray.show()
    assert not tray.icon.isVisible()
    assert tray.notify(a_reminder()) is False


def test_the_menu_shows_the_window_starts_ice_or_bridge_holds_and_quits(qtbot: QtBot) -> None:
    tray = ReminderTray(app_icon(), STARTS, available=False)
    texts = [a.text() for a in tray.actions() if not a.isSeparator()]
    assert texts == ["Show hamtimer", "Start ice", "Start bridge hold", "Quit"]
    show, start_ice, start_bridge, quit_ = (a for a in tray.actions() if not a.isSeparator())
    with qtbot.waitSignal(tray.show_requested):
        show.trigger()
    with qtbot.waitSignal(tray.start_requested) as blocker:
        start_bridge.trigger()
    assert blocker.args == ["bridge-hold"]
    with qtbot.waitSignal(tray.start_requested) as blocker:
        start_ice.trigger()
    assert blocker.args == ["ice"]
    with qtbot.waitSignal(tray.quit_requested):
        quit_.trigger()


def test_clicking_a_reminder_message_starts_the_reminded_session(qtbot: QtBot) -> None:
    tray = ReminderTray(app_icon(), STARTS, available=True)
    assert tray.notify(a_reminder("ice", "Ice")) is True
    with qtbot.waitSignal(tray.start_requested) as blocker:
        tray.icon.messageClicked.emit()
    assert blocker.args == ["ice"]
    with qtbot.waitSignal(tray.show_requested), qtbot.assertNotEmitted(tray.start_requested):
        tray.icon.messageClicked.emit()  # the same message cannot start a second session


def test_clicking_the_icon_shows_the_window(qtbot: QtBot) -> None:
    tray = ReminderTray(app_icon(), STARTS, available=False)
    with qtbot.waitSignal(tray.show_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.show_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_a_message_with_nothing_to_start_shows_the_window_when_clicked(qtbot: QtBot) -> None:
    tray = ReminderTray(app_icon(), STARTS, available=True)
    tray.notify(a_reminder())
    tray.tell("hamtimer is still running", "To quit, choose Quit.")
    with qtbot.waitSignal(tray.show_requested), qtbot.assertNotEmitted(tray.start_requested):
        tray.icon.messageClicked.emit()
