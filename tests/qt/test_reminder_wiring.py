"""Reminders assembled: a due reminder reaches the banner and the notifier, and every way of
answering it (a click, the banner, the tray menu) asks the window to start the session."""

from __future__ import annotations

import errno
from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from hamtimer.core.program_store import ProgramState
from hamtimer.qt.close_to_tray import HINT_TEXT
from tests.qt.reminder_fakes import FakeNotifier
from tests.qt.reminder_setup import build
from tests.records import CET, a_session

DAY = date(2026, 11, 25)
BRIDGE_HOLDS = ProgramState(onset=DAY - timedelta(days=5), stage_id="isometric")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=CET)


def test_a_due_reminder_shows_in_the_banner_and_as_a_notification(qtbot: QtBot) -> None:
    notifier = FakeNotifier()
    setup = build(BRIDGE_HOLDS, at(17, 50), notifier)
    setup.reminders.start()
    setup.run_until(at(18, 1))
    assert [r.key for r in notifier.shown] == ["exercise@2026-11-25T18:00"]
    banner = setup.reminders.banner
    assert not banner.isHidden() and banner.title_label.text() == "Bridge hold time (1 of 2 today)"


def test_clicking_the_notification_asks_to_start_the_reminded_session(qtbot: QtBot) -> None:
    notifier = FakeNotifier()
    setup = build(BRIDGE_HOLDS, at(17, 50), notifier)
    setup.reminders.start()
    setup.run_until(at(18, 1))
    with qtbot.waitSignal(setup.reminders.start_requested) as blocker:
        notifier.click()
    assert blocker.args == ["bridge-hold"]


def test_the_banners_start_asks_to_start_the_reminded_session(qtbot: QtBot) -> None:
    setup = build(BRIDGE_HOLDS, at(17, 50))
    setup.reminders.start()
    setup.run_until(at(18, 1))
    with qtbot.waitSignal(setup.reminders.start_requested) as blocker:
        setup.reminders.banner.start_button.click()
    assert blocker.args == ["bridge-hold"]


def test_the_tray_menu_starts_sessions_shows_the_window_and_quits(qtbot: QtBot) -> None:
    setup = build(BRIDGE_HOLDS, at(12))
    show, start_ice, _start_bridge, quit_ = (
        a for a in setup.reminders.tray.actions() if not a.isSeparator()
    )
    with qtbot.waitSignal(setup.reminders.start_requested) as blocker:
        start_ice.trigger()
    assert blocker.args == ["ice"]
    with qtbot.waitSignal(setup.reminders.show_requested):
        show.trigger()
    quit_.trigger()
    assert setup.quits == 1 and setup.reminders.close_policy.quitting


def test_with_a_tray_reminders_are_its_messages_and_a_click_starts_the_session(
    qtbot: QtBot,
) -> None:
    setup = build(BRIDGE_HOLDS, at(17, 50), tray_available=True, real_notifier=True)
    setup.reminders.service.start()  # the icon itself is not shown: offscreen has no tray
    setup.run_until(at(18, 1))
    assert setup.reminders.notifier is setup.reminders.tray
    with qtbot.waitSignal(setup.reminders.start_requested) as blocker:
        setup.reminders.tray.icon.messageClicked.emit()
    assert blocker.args == ["bridge-hold"]


def test_closing_to_the_tray_tells_the_patient_once_and_remembers_it(qtbot: QtBot) -> None:
    setup = build(BRIDGE_HOLDS, at(12), tray_available=True)
    policy = setup.reminders.close_policy
    assert policy.keep_running() and policy.keep_running()
    assert [s.tray_hint_shown for s in setup.saved] == [True]
    assert setup.reminders.state.tray_hint_shown
    assert "Ctrl+Q" in HINT_TEXT


def test_a_program_file_that_cannot_be_saved_is_reported(qtbot: QtBot) -> None:
    setup = build(BRIDGE_HOLDS, at(12), tray_available=True)
    setup.save_error = OSError(errno.ENOSPC, "No space left on device")
    with qtbot.waitSignal(setup.reminders.problem) as blocker:
        setup.reminders.close_policy.keep_running()
    assert blocker.args == ["Your program file could not be saved (No space left on device)."]


def test_a_session_done_another_way_answers_the_banner(qtbot: QtBot) -> None:
    setup = build(BRIDGE_HOLDS, at(17, 50))
    setup.reminders.start()
    setup.run_until(at(18, 1))
    record = a_session(at(18, 2))
    setup.records.append(record)
    setup.reminders.session_ended(record)
    assert setup.reminders.banner.isHidden()


def test_turning_reminders_off_stops_them(qtbot: QtBot) -> None:
    notifier = FakeNotifier()
    setup = build(BRIDGE_HOLDS, at(8), notifier)
    setup.reminders.start()
    setup.reminders.set_state(ProgramState(stage_id="isometric", reminders_on=False))
    setup.run_until(at(23))
    assert notifier.shown == []
