"""Plans with sets and sides: the timeline, the rep labels, the limits."""

from __future__ import annotations

from typing import Any

import pytest

from hamtimer.core.clock import FakeClock
from hamtimer.core.engine import SessionEngine
from hamtimer.core.plan import build_plan, describe_rep, summary
from hamtimer.core.session import PhaseKind, SessionError
from hamtimer.core.session_loader import parse_definition


def per_side_session(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 2,
        "id": "curl-test",
        "name": "Curls",
        "title": "Curls, each leg",
        "suspend_policy": "pause",
        "setup": "Stand tall.",
        "parameters": [
            {"name": "reps", "label": "Reps", "unit": "reps", "default": 2, "min": 1, "max": 10},
            {"name": "sets", "label": "Sets", "unit": "reps", "default": 2, "min": 1, "max": 3},
        ],
        "get_ready": {"duration": 5, "instruction": "Get ready."},
        "rep": [
            {"phase": "work", "duration": 4, "instruction": "Curl slowly."},
            {"phase": "rest", "duration": 2, "instruction": "Relax."},
        ],
        "reps": "reps",
        "sets": "sets",
        "between_sets": {"duration": 30, "instruction": "Rest between sets."},
        "per_side": {"duration": 10, "instruction": "Switch to your right leg."},
        "done_message": "Done.",
    }
    return data | changes


def test_sets_on_each_side_expand_in_order_without_a_rest_before_a_break() -> None:
    plan = build_plan(parse_definition(per_side_session()))
    kinds = [(p.kind.value, p.side, p.set_number, p.rep_in_set) for p in plan.phases]
    assert kinds == [
        ("get_ready", None, None, None),
        ("work", "left", 1, 1), ("rest", "left", 1, 1), ("work", "left", 1, 2),
        ("rest", "left", 2, None),
        ("work", "left", 2, 1), ("rest", "left", 2, 1), ("work", "left", 2, 2),
        ("switch_sides", "right", None, None),
        ("work", "right", 1, 1), ("rest", "right", 1, 1), ("work", "right", 1, 2),
        ("rest", "right", 2, None),
        ("work", "right", 2, 1), ("rest", "right", 2, 1), ("work", "right", 2, 2),
    ]  # fmt: skip
    assert plan.reps == 8
    assert plan.total_s == 5 + 4 * (4 + 2 + 4) + 2 * 30 + 10
    assert [p.rep for p in plan.phases if p.kind is PhaseKind.WORK] == list(range(1, 9))


def test_the_rep_line_names_the_leg_the_set_and_the_rep() -> None:
    plan = build_plan(parse_definition(per_side_session()))
    work = [p for p in plan.phases if p.kind is PhaseKind.WORK]
    assert describe_rep(plan, work[0]) == "Left leg · set 1 of 2 · rep 1 of 2"
    assert describe_rep(plan, work[-1]) == "Right leg · set 2 of 2 · rep 2 of 2"
    switch = next(p for p in plan.phases if p.kind is PhaseKind.SWITCH_SIDES)
    assert describe_rep(plan, switch) == "Next: right leg"
    assert describe_rep(plan, plan.phases[0]) == "8 reps ahead"
    assert summary(plan) == "2 sets of 2 × 4 s work · 2 s rest · each leg"


def test_a_plain_session_keeps_its_short_rep_line() -> None:
    data = per_side_session(per_side=None, sets=1)
    plan = build_plan(parse_definition(data))
    assert describe_rep(plan, plan.phases[1]) == "Rep 1 of 2"


def test_a_per_side_session_run_to_the_end_counts_every_rep() -> None:
    clock = FakeClock()
    engine = SessionEngine(build_plan(parse_definition(per_side_session())), clock)
    engine.start()
    clock.advance(engine.plan.total_s + 1)
    engine.poll()
    record = engine.record("test")
    assert (record.reps_completed, record.reps_planned) == (8, 8)
    assert record.actual_active_s == 8 * 4


def test_a_session_with_too_many_phases_is_refused_with_the_limit() -> None:
    many = per_side_session(reps=50, sets=50)
    with pytest.raises(SessionError, match="at most 1000 phases"):
        build_plan(parse_definition(many))


def test_a_session_longer_than_four_hours_is_refused() -> None:
    long = per_side_session(get_ready={"duration": 3600, "instruction": "x"}, reps=10, sets=1)
    long["rep"] = [{"phase": "hold", "duration": 3600, "instruction": "Hold."}]
    with pytest.raises(SessionError, match="at most 240 min"):
        build_plan(parse_definition(long))
