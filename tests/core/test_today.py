"""Today: what is due and done, and when the next ice may start."""

from __future__ import annotations

from datetime import datetime, timedelta

from hamtimer.core.records import Outcome
from hamtimer.core.today import today_plan
from tests.core.helpers import builtin
from tests.records import CET, a_session

SESSIONS = {"ice": builtin("ice"), "bridge-hold": builtin("bridge-hold")}
NOW = datetime(2026, 11, 25, 14, 30, tzinfo=CET)


def ice_at(hour: int, minute: int = 0) -> object:
    start = datetime(2026, 11, 25, hour, minute, tzinfo=CET)
    return a_session(start, session_id="ice", session_name="Ice",
                     ended_at=start + timedelta(minutes=15, seconds=15))  # fmt: skip


def test_bridge_holds_show_done_of_target_and_only_completed_today_count() -> None:
    records = [
        a_session(NOW - timedelta(days=1)),
        a_session(NOW - timedelta(hours=3)),
        a_session(NOW - timedelta(hours=2), outcome=Outcome.STOPPED, stop_reason="x"),
    ]
    [item] = today_plan({"bridge-hold": 2}, SESSIONS, records, NOW)
    assert item.text() == "Bridge hold 1 of 2"
    records.append(a_session(NOW - timedelta(hours=1)))
    [item] = today_plan({"bridge-hold": 2}, SESSIONS, records, NOW)
    assert item.text() == "Bridge hold 2 of 2 — done for today"


def test_ice_says_when_the_next_one_may_start() -> None:
    records = [ice_at(9), ice_at(13, 25)]
    [item] = today_plan({"ice": 3}, SESSIONS, records, NOW)  # type: ignore[arg-type]
    assert item.text() == "Ice 2 of 3 — next from 15:40"
    [item] = today_plan({"ice": 3}, SESSIONS, records, NOW + timedelta(hours=2))  # type: ignore[arg-type]
    assert item.text() == "Ice 2 of 3"


def test_a_target_whose_session_is_missing_is_left_out() -> None:
    assert [i.session_id for i in today_plan({"squat": 1, "ice": 1}, SESSIONS, [], NOW)] == ["ice"]
