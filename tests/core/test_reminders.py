"""Reminders: clock times, skipping what is done, suspend, wall-clock jumps, DST, 48 h of ice."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hamtimer.core.records import Outcome
from hamtimer.core.reminders import ReminderKind
from tests.core.reminder_drive import Drive, day_lines, settings
from tests.records import CET, a_session

DAY = date(2026, 11, 25)
BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CET)


def test_times_already_past_when_hamtimer_starts_are_not_reminded_of() -> None:
    drive = Drive(at(12), settings())
    assert drive.run_for(timedelta(hours=7)) == day_lines(DAY, "18:00")


def test_exercise_reminders_fire_at_nine_and_six_once_each() -> None:
    drive = Drive(at(7), settings())
    assert drive.run_for(timedelta(hours=16)) == day_lines(DAY, "09:00", "18:00")
    first = drive.fired[0].reminder
    assert first.session_id == "bridge-hold" and first.kind is ReminderKind.EXERCISE
    assert first.title == "Bridge hold time (1 of 2 today)"
    assert first.body.startswith("Double Leg Isometric Hamstring Bridge Hold.")
    assert first.due == at(9)


def test_the_reminder_counts_the_sessions_already_done_today() -> None:
    drive = Drive(at(7), settings())
    drive.run_for(timedelta(hours=4))
    drive.records.append(a_session(at(10)))
    drive.run_for(timedelta(hours=8))
    assert [f.reminder.title for f in drive.fired] == [
        "Bridge hold time (1 of 2 today)",
        "Bridge hold time (2 of 2 today)",
    ]


def test_a_reminder_for_an_exercise_done_enough_today_is_skipped_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    drive = Drive(at(7), settings())
    assert drive.run_for(timedelta(hours=6)) == day_lines(DAY, "09:00")
    drive.records += [a_session(at(9, 30)), a_session(at(12))]
    with caplog.at_level(logging.INFO, logger="hamtimer.core.reminders"):
        assert drive.run_for(timedelta(hours=10)) == []
    assert "reminder skipped: exercise@2026-11-25T18:00, today's exercises are done" in caplog.text


def test_a_stopped_session_does_not_count_as_done() -> None:
    drive = Drive(at(17), settings(exercise_reminders=("18:00",)))
    drive.records.append(a_session(at(12), outcome=Outcome.STOPPED, stop_reason="sharp pain"))
    assert drive.run_for(timedelta(hours=2)) == day_lines(DAY, "18:00")


def test_a_reminder_due_during_a_three_hour_suspend_fires_once_on_waking() -> None:
    drive = Drive(at(17), settings())
    drive.run_for(timedelta(minutes=30))
    drive.clock.suspend(3 * 3600)
    assert [r.key for r in drive.check()] == ["exercise@2026-11-25T18:00"]
    assert drive.check() == []
    assert drive.run_for(timedelta(hours=3)) == []


def test_after_a_long_sleep_only_the_latest_missed_reminder_is_shown(
    caplog: pytest.LogCaptureFixture,
) -> None:
    drive = Drive(at(8), settings())
    drive.clock.suspend(11 * 3600)
    with caplog.at_level(logging.INFO, logger="hamtimer.core.reminders"):
        assert [r.key for r in drive.check()] == ["exercise@2026-11-25T18:00"]
    assert "reminder missed: exercise@2026-11-25T09:00" in caplog.text


def test_setting_the_wall_clock_back_an_hour_does_not_repeat_a_reminder() -> None:
    drive = Drive(at(17, 30), settings())
    assert drive.run_for(timedelta(hours=1)) == day_lines(DAY, "18:00")
    drive.clock.set_wall(drive.clock.wall_now() - timedelta(hours=1))
    assert drive.run_for(timedelta(hours=3)) == []


def test_setting_the_wall_clock_forward_past_a_time_fires_it_once() -> None:
    drive = Drive(at(16), settings())
    drive.clock.set_wall(at(19))
    assert [r.key for r in drive.check()] == ["exercise@2026-11-25T18:00"]
    assert drive.run_for(timedelta(hours=1)) == []


def test_on_the_day_daylight_saving_ends_reminders_come_at_local_clock_times() -> None:
    start = datetime(2026, 10, 24, 8, 0, tzinfo=BERLIN)
    drive = Drive(start, settings(), zone=BERLIN)
    lines = drive.run_for(timedelta(days=3))
    days = [date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)]
    assert lines == [line for day in days for line in day_lines(day, "09:00", "18:00")]
    utc_hours = [f.reminder.due.astimezone(ZoneInfo("UTC")).hour for f in drive.fired]
    assert utc_hours == [7, 16, 8, 17, 8, 17]  # summer time, then winter time


def test_a_time_skipped_when_clocks_go_forward_fires_once_when_the_clock_passes_it() -> None:
    start = datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN)
    drive = Drive(start, settings(exercise_reminders=("02:30",)), zone=BERLIN)
    assert drive.run_for(timedelta(hours=4)) == ["2026-03-29 03:00 exercise@2026-03-29T02:30"]


def test_a_time_that_happens_twice_when_clocks_go_back_fires_once() -> None:
    start = datetime(2026, 10, 25, 1, 0, tzinfo=BERLIN)
    drive = Drive(start, settings(exercise_reminders=("02:30",)), zone=BERLIN)
    assert drive.run_for(timedelta(hours=5)) == ["2026-10-25 02:30 exercise@2026-10-25T02:30"]


def test_ice_reminders_come_every_3_hours_in_the_first_48_hours_then_stop_by_themselves() -> None:
    drive = Drive(at(0), settings("rest-ice", onset=DAY))
    lines = drive.run_for(timedelta(days=4))
    hours = [f"{h:02d}:00" for h in range(0, 24, 3)]
    next_day = DAY + timedelta(days=1)
    assert lines == day_lines(DAY, *hours, kind="ice") + day_lines(next_day, *hours, kind="ice")
    assert drive.scheduler.next_due(drive.clock.wall_now(), []) is None
    reminder = drive.fired[0].reminder
    assert (reminder.kind, reminder.session_id) == (ReminderKind.ICE, "ice")
    assert reminder.title == "Ice time: 15–20 minutes, wrapped in a towel"
    assert "stop by themselves on Fri 27 Nov 2026 at 00:00" in reminder.body


def test_the_next_ice_reminder_counts_from_the_end_of_the_last_ice_session() -> None:
    drive = Drive(at(9, 30), settings("rest-ice", onset=DAY))
    assert drive.run_for(timedelta(minutes=1)) == ["2026-11-25 09:30 ice@2026-11-25T09:30"]
    drive.records.append(
        a_session(at(10), session_id="ice", session_name="Ice", ended_at=at(10, 17))
    )
    assert drive.run_for(timedelta(hours=4)) == ["2026-11-25 13:17 ice@2026-11-25T13:17"]


def test_with_no_ice_logged_the_first_ice_reminder_comes_at_once() -> None:
    drive = Drive(at(14, 10), settings("rest-ice", onset=DAY))
    assert drive.run_for(timedelta(hours=4)) == [
        "2026-11-25 14:10 ice@2026-11-25T14:10",
        "2026-11-25 17:10 ice@2026-11-25T17:10",
    ]


def test_an_ice_reminder_due_during_a_suspend_fires_once_and_the_next_counts_from_then() -> None:
    drive = Drive(at(0), settings("rest-ice", onset=DAY))
    assert drive.run_for(timedelta(hours=1)) == ["2026-11-25 00:00 ice@2026-11-25T00:00"]
    drive.clock.suspend(7.5 * 3600)  # 03:00 and 06:00 pass while asleep
    assert drive.run_for(timedelta(hours=4)) == [
        "2026-11-25 08:30 ice@2026-11-25T03:00",
        "2026-11-25 11:30 ice@2026-11-25T11:30",
    ]


def test_ice_reminders_follow_the_patients_own_interval() -> None:
    drive = Drive(at(0), settings("rest-ice", onset=DAY, ice_every_h=8))
    lines = drive.run_for(timedelta(days=3))
    assert [line.split()[1] for line in lines] == ["00:00", "08:00", "16:00"] * 2


def test_there_are_no_ice_reminders_without_a_day_the_pain_started() -> None:
    drive = Drive(at(0), settings("rest-ice"))
    assert drive.run_for(timedelta(days=1)) == []


def test_no_reminders_at_all_when_reminders_are_off() -> None:
    drive = Drive(at(0), settings("isometric", onset=DAY, ice_every_h=3, reminders_on=False))
    assert drive.run_for(timedelta(days=2)) == []
    assert drive.scheduler.next_due(drive.clock.wall_now(), []) is None


def test_a_time_added_after_it_has_passed_today_is_not_reminded_at_once() -> None:
    drive = Drive(at(12), settings())
    drive.run_for(timedelta(minutes=1))
    drive.scheduler.configure(settings(exercise_reminders=("10:00", "18:00")), at(12, 1))
    assert drive.run_for(timedelta(hours=7)) == day_lines(DAY, "18:00")


def test_the_patients_times_replace_the_stages() -> None:
    chosen = settings(exercise_reminders=("07:15", "12:00", "20:30"))
    assert chosen.times == ("07:15", "12:00", "20:30")
    assert settings().times == ("09:00", "18:00")
    assert settings("rest-ice").ice_every_h == 3 and settings().ice_every_h is None


def test_a_month_of_reminders_keeps_only_a_few_days_in_memory() -> None:
    drive = Drive(at(0), settings(exercise_reminders=("08:00", "10:00", "12:00", "18:00")))
    lines = drive.run_for(timedelta(days=30), check_every=timedelta(hours=1))
    assert len(lines) == 30 * 4
    assert len(drive.scheduler.remembered) <= 3 * 4
