"""The reminder service: when it asks to be woken, what it emits, and a failure reported."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from hamtimer.core.clock import FakeClock
from hamtimer.core.records import SessionRecord
from hamtimer.core.reminders import Reminder, ReminderScheduler
from hamtimer.qt.reminder_service import ReminderService
from tests.core.reminder_drive import SESSIONS, settings
from tests.qt.fakes import FakeWaker
from tests.records import CET


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute, second, tzinfo=CET)


def service_at(
    start: datetime, time_scale: float = 1.0
) -> tuple[ReminderService, FakeClock, FakeWaker]:
    clock = FakeClock(start, zone=CET)
    waker = FakeWaker()
    scheduler = ReminderScheduler(settings(), SESSIONS, start, CET)
    service = ReminderService(scheduler, clock.wall_now, list, waker, time_scale)
    return service, clock, waker


def emitted(service: ReminderService) -> list[Reminder]:
    found: list[Reminder] = []
    service.due.connect(found.append)
    return found


def test_it_checks_at_least_once_a_minute_when_the_next_reminder_is_hours_away() -> None:
    service, _clock, waker = service_at(at(12))
    service.start()
    assert waker.delay_s == 60.0


def test_it_wakes_just_after_a_reminder_due_within_the_minute() -> None:
    service, _clock, waker = service_at(at(17, 59, 30))
    service.start()
    assert waker.delay_s == pytest.approx(30.01)


def test_a_faster_clock_wakes_it_sooner_by_the_same_factor() -> None:
    service, _clock, waker = service_at(at(17), time_scale=600)
    service.start()
    assert waker.delay_s == pytest.approx(3600 / 600 + 0.01)


def test_a_reminder_is_emitted_once_when_its_time_comes() -> None:
    service, clock, waker = service_at(at(17, 58))
    found = emitted(service)
    service.start()
    for _ in range(5):
        clock.advance(waker.delay_s or 0)
        waker.fire()
    assert [r.key for r in found] == ["exercise@2026-11-25T18:00"]
    assert found[0].title == "Bridge hold time (1 of 2 today)"


def test_after_a_suspend_the_missed_reminder_is_emitted_once_on_the_next_wake() -> None:
    service, clock, waker = service_at(at(17))
    found = emitted(service)
    service.start()
    clock.suspend(3 * 3600)  # the timer fires late: it did not run while asleep
    waker.fire()
    waker.fire()
    assert [r.key for r in found] == ["exercise@2026-11-25T18:00"]


class BrokenScheduler(ReminderScheduler):
    def due(self, now: datetime, records: Sequence[SessionRecord]) -> list[Reminder]:
        raise RuntimeError("a bug")


def test_a_failed_check_is_reported_once_and_checking_goes_on(qtbot: QtBot) -> None:
    clock = FakeClock(at(12), zone=CET)
    waker = FakeWaker()
    scheduler = BrokenScheduler(settings(), SESSIONS, at(12), CET)
    service = ReminderService(scheduler, clock.wall_now, list, waker)
    with qtbot.waitSignal(service.failed) as blocker:
        service.start()
    assert blocker.args == [
        "Reminders could not be checked (a bug); they are tried again every minute."
    ]
    assert waker.delay_s == 60.0
    with qtbot.assertNotEmitted(service.failed):
        waker.fire()
    assert waker.delay_s == 60.0
