"""Today's list reads only the end of the log, and still finds every session of today."""

from __future__ import annotations

from datetime import datetime, timedelta

from hamtimer.core.records import SessionRecord
from hamtimer.qt.today_list import todays
from tests.records import a_session

NOW = datetime(2026, 11, 25, 18, 0).astimezone()


def session_at(start: datetime) -> SessionRecord:
    return a_session(start)


def test_only_todays_sessions_are_listed_in_log_order() -> None:
    history = [session_at(NOW - timedelta(days=d)) for d in range(400, 0, -1)]
    morning, noon = session_at(NOW.replace(hour=8)), session_at(NOW.replace(hour=12))
    assert todays([*history, morning, noon], NOW) == [morning, noon]


def test_a_session_logged_out_of_order_by_a_clock_change_is_still_found() -> None:
    morning = session_at(NOW.replace(hour=8))
    late_yesterday = session_at(NOW.replace(hour=23) - timedelta(days=1))
    assert todays([morning, late_yesterday], NOW) == [morning]


def test_the_scan_stops_at_the_first_session_before_yesterday() -> None:
    stray_today = session_at(NOW.replace(hour=7))  # before the cut-off: never reached
    old = session_at(NOW - timedelta(days=3))
    assert todays([stray_today, old], NOW) == []
