"""Suspend and wall-clock policies: ice keeps melting, holds pause, clock jumps change nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hamtimer.core.clock import FakeClock
from hamtimer.core.events import Finished, PauseReason, RunState, SuspendDetected
from hamtimer.core.records import SessionRecord
from hamtimer.core.session import PhaseKind

from .helpers import started_engine

ICE_TOTAL_S = 15 + 15 * 60


def test_ice_counts_a_suspend_and_shows_the_true_remaining_time_on_wake() -> None:
    clock = FakeClock()
    engine = started_engine("ice", clock)
    clock.advance(15 + 180)
    engine.poll()
    clock.suspend(300)
    events = engine.poll()
    assert engine.state is RunState.RUNNING
    assert engine.snapshot().phase_remaining_s == pytest.approx(900 - 480)
    assert [e for e in events if isinstance(e, SuspendDetected)] == [
        SuspendDetected(300, paused=False)
    ]


def test_ice_that_ended_during_a_suspend_shows_done_with_the_true_end_time() -> None:
    clock = FakeClock()
    engine = started_engine("ice", clock)
    clock.advance(60)
    engine.poll()
    clock.suspend(3600)
    events = engine.poll()
    assert engine.state is RunState.FINISHED
    assert isinstance(events[-1], Finished)
    record = engine.record("test")
    assert record.ended_at - record.started_at == timedelta(seconds=ICE_TOTAL_S)
    assert record.actual_active_s == 900


def test_a_hold_pauses_when_a_suspend_is_detected_and_does_not_count_the_sleep() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(15)  # 5 s into the first hold
    engine.poll()
    clock.advance(0.2)
    clock.suspend(40 * 60)
    events = engine.poll()
    snapshot = engine.snapshot()
    assert engine.state is RunState.PAUSED
    assert snapshot.pause_reason is PauseReason.SUSPEND
    assert snapshot.phase is not None and snapshot.phase.kind is PhaseKind.HOLD
    assert snapshot.position_s == pytest.approx(15.2)
    assert SuspendDetected(2400, paused=True) in events


def test_a_hold_resumed_after_a_suspend_counts_only_the_time_held() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.advance(15)
    clock.suspend(40 * 60)
    engine.poll()
    engine.resume()
    clock.advance(5)
    engine.poll()
    engine.stop()
    assert engine.record("test").actual_active_s == pytest.approx(10.0)


def test_a_short_clock_difference_under_two_seconds_is_not_a_suspend() -> None:
    clock = FakeClock()
    engine = started_engine("bridge-hold", clock)
    clock.suspend(1.5)
    events = engine.poll()
    assert engine.state is RunState.RUNNING
    assert not [e for e in events if isinstance(e, SuspendDetected)]


@pytest.mark.parametrize("jump_h", [1, -1])
def test_a_wall_clock_jump_of_an_hour_does_not_move_an_ice_session(jump_h: int) -> None:
    clock = FakeClock()
    engine = started_engine("ice", clock)
    clock.advance(100)
    clock.set_wall(clock.wall_now() + timedelta(hours=jump_h))
    engine.poll()
    assert engine.state is RunState.RUNNING
    assert engine.snapshot().position_s == pytest.approx(100)


def test_an_ice_session_across_the_autumn_dst_change_logs_true_aware_times() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 02:50 summer time; at 03:00 the clocks go back to 02:00 winter time.
    clock = FakeClock(datetime(2026, 10, 25, 2, 50, tzinfo=berlin), zone=berlin)
    engine = started_engine("ice", clock)
    clock.advance(ICE_TOTAL_S)
    engine.poll()
    record = SessionRecord.from_json(json.loads(json.dumps(engine.record("test").to_json())))
    assert record.started_at.isoformat() == "2026-10-25T02:50:00+02:00"
    assert record.ended_at.isoformat() == "2026-10-25T02:05:15+01:00"
    assert (record.ended_at - record.started_at).total_seconds() == ICE_TOTAL_S


def test_a_hold_across_the_spring_dst_change_is_not_an_hour_long() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 01:59:30 winter time; at 02:00 the clocks jump to 03:00 summer time.
    clock = FakeClock(datetime(2026, 3, 29, 1, 59, 30, tzinfo=berlin), zone=berlin)
    engine = started_engine("bridge-hold", clock)
    clock.advance(100)
    engine.poll()
    record = engine.record("test")
    assert record.ended_at.isoformat() == "2026-03-29T03:01:10+02:00"
    assert (record.ended_at - record.started_at).total_seconds() == 100
    assert record.actual_active_s == 30
