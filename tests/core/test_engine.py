"""The phase engine against a fake clock: exact boundaries, actions, no drift."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hamtimer.core.clock import FakeClock, ScaledClock
from hamtimer.core.engine import EngineStateError, SessionEngine
from hamtimer.core.events import (
    CountdownTick,
    Finished,
    PhaseStarted,
    RepCompleted,
    RunState,
)
from hamtimer.core.plan import build_plan
from hamtimer.core.records import Outcome
from hamtimer.core.session import PhaseKind

from .helpers import builtin, started_engine

# bridge-hold defaults: get ready 10 s, then hold 10 / rest 30 / hold 10 / rest 30 / hold 10.
BRIDGE_TOTAL_S = 100.0


def kinds(events: list[object]) -> list[str]:
    return [type(event).__name__ for event in events]


def test_an_idle_engine_shows_the_first_phase_length_and_refuses_pause() -> None:
    engine = SessionEngine(build_plan(builtin("bridge-hold")), FakeClock())
    assert engine.snapshot().phase_remaining_s == 10
    with pytest.raises(EngineStateError):
        engine.pause()
    assert engine.state is RunState.IDLE


def test_the_phase_changes_exactly_at_its_boundary_to_the_millisecond() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(9.999)
    engine.poll()
    snapshot = engine.snapshot()
    assert snapshot.phase is not None and snapshot.phase.kind is PhaseKind.GET_READY
    assert snapshot.phase_remaining_s == pytest.approx(0.001, abs=1e-9)
    clock.advance(0.001)
    events = engine.poll()
    snapshot = engine.snapshot()
    assert snapshot.phase is not None and snapshot.phase.kind is PhaseKind.HOLD
    assert snapshot.phase_remaining_s == pytest.approx(10.0, abs=1e-9)
    assert [type(e) for e in events] == [PhaseStarted]


def test_a_whole_session_emits_phase_countdown_rep_and_finish_events_in_order() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    events = engine.poll()
    for _ in range(int(BRIDGE_TOTAL_S * 10) + 1):
        clock.advance(0.1)
        events += engine.poll()
    assert engine.state is RunState.FINISHED
    assert kinds(events).count("PhaseStarted") == 6
    assert [e.rep for e in events if isinstance(e, RepCompleted)] == [1, 2, 3]
    ticks = [e.seconds_left for e in events if isinstance(e, CountdownTick)]
    assert ticks == [3, 2, 1] * 6
    assert isinstance(events[-1], Finished) and events[-1].reps_completed == 3


def test_the_digits_show_whole_seconds_counting_down_to_one() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    shown = []
    for _ in range(10):
        shown.append(engine.snapshot().display_seconds)
        clock.advance(1.0)
        engine.poll()
    assert shown == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]


def test_late_polls_and_500_ms_stalls_add_no_drift() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    started_at = engine.started_wall
    engine.poll()
    transitions: list[tuple[float, float]] = []  # (scheduled start, position when seen)
    stall_total = 0.0
    polls = 0
    while engine.state is RunState.RUNNING:
        wait = engine.seconds_until_next_change()
        assert wait is not None
        stall = 0.5 if polls % 7 == 3 else 0.0  # an event loop blocked for 500 ms
        stall_total += stall
        clock.advance(wait + stall)
        polls += 1
        for event in engine.poll():
            if isinstance(event, PhaseStarted):
                transitions.append((event.phase.start_s, engine.snapshot().position_s))
    assert stall_total >= 5.0
    record = engine.record("test")
    assert started_at is not None
    # The session ends at exactly its planned length despite the stalls.
    assert (record.ended_at - started_at).total_seconds() == pytest.approx(BRIDGE_TOTAL_S, abs=1e-3)
    assert record.actual_active_s == pytest.approx(30.0, abs=1e-3)
    # Each transition was seen at most one stall late, and the lateness never accumulates.
    assert max(seen - scheduled for scheduled, seen in transitions) <= 0.5 + 1e-9


def test_pause_freezes_the_remaining_time_and_resume_continues_from_it() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(12.5)
    engine.pause()
    engine.poll()
    clock.advance(600)
    assert engine.poll() == []
    assert engine.snapshot().phase_remaining_s == pytest.approx(7.5)
    engine.resume()
    clock.advance(7.5)
    engine.poll()
    snapshot = engine.snapshot()
    assert snapshot.phase is not None and snapshot.phase.kind is PhaseKind.REST


def test_skip_jumps_to_the_next_phase_start_and_announces_it() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    engine.poll()
    clock.advance(3)
    engine.skip()
    events = engine.poll()
    snapshot = engine.snapshot()
    assert [type(e) for e in events] == [PhaseStarted]
    assert snapshot.phase is not None and snapshot.phase.kind is PhaseKind.HOLD
    assert snapshot.phase_remaining_s == 10


def test_a_skipped_hold_is_neither_counted_as_held_nor_as_a_rep() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(14)  # 4 s into the first hold
    engine.skip()
    while engine.state is RunState.RUNNING:
        clock.advance(1)
        engine.poll()
    record = engine.record("test")
    assert record.reps_completed == 2
    assert record.actual_active_s == pytest.approx(24.0)


def test_skipping_the_last_phase_finishes_the_session() -> None:
    clock = FakeClock()
    engine = started_engine("ice", clock)
    engine.skip()
    engine.skip()
    assert engine.state is RunState.FINISHED
    assert isinstance(engine.poll()[-1], Finished)


def test_back_late_in_a_phase_restarts_it() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(15)  # 5 s into the first hold
    engine.back()
    snapshot = engine.snapshot()
    assert snapshot.phase is not None and snapshot.phase.kind is PhaseKind.HOLD
    assert snapshot.phase_remaining_s == 10


def test_back_early_in_a_phase_goes_to_the_previous_one() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(21)  # 1 s into the first rest
    engine.back()
    snapshot = engine.snapshot()
    assert snapshot.phase is not None and snapshot.phase.kind is PhaseKind.HOLD
    assert snapshot.position_s == 10


def test_a_hold_redone_after_back_counts_its_rep_once() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(21)
    engine.poll()
    engine.back()
    clock.advance(10.5)
    engine.poll()
    engine.stop()
    record = engine.record("test")
    assert record.reps_completed == 1
    assert record.actual_active_s == pytest.approx(20.0)


def test_stop_mid_session_records_what_was_done() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(55)  # one full hold, and 5 s into the second
    engine.poll()
    engine.stop()
    record = engine.record("0.1.0")
    assert record.outcome is Outcome.STOPPED
    assert record.reps_completed == 1
    assert record.actual_active_s == pytest.approx(15.0)
    assert record.planned_active_s == 30.0
    assert record.stop_reason == "stopped by the patient"
    assert (record.ended_at - record.started_at).total_seconds() == 55


def test_actions_after_the_end_are_refused_and_change_nothing() -> None:
    clock = FakeClock()
    engine = started_engine("ice", clock)
    clock.advance(2000)
    engine.poll()
    for action in (engine.pause, engine.resume, engine.skip, engine.back, engine.stop):
        with pytest.raises(EngineStateError):
            action()
    assert engine.state is RunState.FINISHED


def test_a_chosen_hold_length_changes_the_timeline() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock, {"hold_s": 15, "reps": 2, "rest_s": 20})
    assert engine.plan.total_s == 10 + 15 + 20 + 15
    assert engine.plan.planned_active_s == 30


def test_time_scale_runs_a_whole_bridge_session_fifty_times_faster() -> None:
    real = FakeClock()
    engine = SessionEngine(build_plan(builtin("bridge-hold")), ScaledClock(real, 50), 50)
    engine.start()
    real.advance(BRIDGE_TOTAL_S / 50)
    engine.poll()
    record = engine.record("test")
    assert record.outcome is Outcome.COMPLETED
    assert record.time_scale == 50
    assert (record.ended_at - record.started_at) == timedelta(seconds=2)
