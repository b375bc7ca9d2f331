"""The accelerated wall clock of --time-scale runs: it starts at the real time, runs fast."""

from __future__ import annotations

from datetime import datetime, timedelta

from hamtimer.core.accelerated_wall import reminder_wall
from hamtimer.core.clock import FakeClock, ScaledClock
from tests.records import CET

START = datetime(2026, 11, 25, 8, 0, tzinfo=CET)


def test_at_normal_speed_reminders_follow_the_real_wall_clock() -> None:
    clock = FakeClock(START, zone=CET)
    wall_now = reminder_wall(clock, 1.0)
    clock.set_wall(START + timedelta(hours=5))
    assert wall_now() == START + timedelta(hours=5)


def test_at_600_times_a_real_minute_is_ten_hours_of_reminders() -> None:
    base = FakeClock(START, zone=CET)
    wall_now = reminder_wall(ScaledClock(base, 600), 600)
    assert wall_now() == START
    base.advance(60)
    assert wall_now() == START + timedelta(hours=10)
    assert base.wall_now() == START + timedelta(minutes=1)  # the real wall clock is untouched
