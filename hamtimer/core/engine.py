"""The phase engine: where a session is, derived from an injected clock, never counted.

The position on the session's timeline is `position_at_mark + (now - mark)` while running,
and `position_at_mark` while paused. Only the patient's actions (start, pause, resume,
skip, back, stop) and a detected suspend move the mark, so late ticks and stalls add no
drift: a poll just reads the clock again.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone

from hamtimer.core.clock import Clock
from hamtimer.core.events import (
    CountdownTick,
    EngineEvent,
    Finished,
    PauseReason,
    PhaseStarted,
    RepCompleted,
    RunState,
    Snapshot,
    SuspendDetected,
)
from hamtimer.core.plan import SessionPlan, describe_rep
from hamtimer.core.records import STOPPED_BY_PATIENT, Outcome, SessionRecord
from hamtimer.core.session import SuspendPolicy

logger = logging.getLogger(__name__)

SUSPEND_THRESHOLD_S = 2.0  # awake and suspend-counting clocks may differ by this much
BACK_RESTARTS_PHASE_AFTER_S = 2.0  # "back" late in a phase restarts it, early goes back one
COUNTDOWN_SECONDS = (3, 2, 1)


class EngineStateError(RuntimeError):
    """An action that the current state does not allow; nothing was changed."""


class SessionEngine:
    def __init__(self, plan: SessionPlan, clock: Clock, time_scale: float = 1.0) -> None:
        self.plan = plan
        self.time_scale = time_scale
        self._clock = clock
        self._state = RunState.IDLE
        self._pause_reason: PauseReason | None = None
        self._mark = 0.0
        self._position_at_mark = 0.0
        self._reported_position = 0.0
        self._span_start = 0.0
        self._lived: list[tuple[float, float]] = []
        self._suspend_offset = 0.0
        self._events: list[EngineEvent] = []
        self.started_wall: datetime | None = None
        self.ended_wall: datetime | None = None
        self.stop_reason: str | None = None

    @property
    def state(self) -> RunState:
        return self._state

    # -- the patient's actions -------------------------------------------------------------

    def start(self) -> None:
        self._require(RunState.IDLE)
        self._mark = self._clock.elapsed_s()
        self._suspend_offset = self._mark - self._clock.awake_s()
        self.started_wall = self._wall_now()
        self._state = RunState.RUNNING
        self._events.append(PhaseStarted(self.plan.phases[0]))

    def pause(self, reason: PauseReason = PauseReason.USER) -> None:
        self._require(RunState.RUNNING)
        self._advance()
        if self._state is RunState.RUNNING:
            self._set_position(self._position(), continuous=True)
            self._state, self._pause_reason = RunState.PAUSED, reason

    def resume(self) -> None:
        self._require(RunState.PAUSED)
        self._mark = self._clock.elapsed_s()
        self._suspend_offset = self._mark - self._clock.awake_s()
        self._state, self._pause_reason = RunState.RUNNING, None

    def toggle_pause(self) -> None:
        self.resume() if self._state is RunState.PAUSED else self.pause()

    def skip(self) -> None:
        """Jump to the start of the next phase; skipping the last one finishes the session."""
        self._require(RunState.RUNNING, RunState.PAUSED)
        self._advance()
        if self._state.is_under_way:
            self._jump(self.plan.phase_at(self._position()).end_s)

    def back(self) -> None:
        """Restart the current phase, or go to the previous one when it has only just begun."""
        self._require(RunState.RUNNING, RunState.PAUSED)
        self._advance()
        if not self._state.is_under_way:
            return
        phase = self.plan.phase_at(self._position())
        if self._position() - phase.start_s < BACK_RESTARTS_PHASE_AFTER_S and phase.index > 0:
            phase = self.plan.phases[phase.index - 1]
        self._jump(phase.start_s)

    def stop(self, reason: str | None = None) -> None:
        self._require(RunState.RUNNING, RunState.PAUSED)
        self._advance()
        if self._state.is_under_way:
            position = min(self._position(), self.plan.total_s)
            self._close_span(position)
            self._position_at_mark = position
            self.stop_reason = reason
            self._state = RunState.STOPPED
            self.ended_wall = self._wall_now()

    # -- reading -----------------------------------------------------------------------------

    def poll(self) -> list[EngineEvent]:
        """Bring the engine up to now and hand over the events since the last poll."""
        if self._state.is_under_way:
            self._advance()
        events, self._events = self._events, []
        return events

    def snapshot(self) -> Snapshot:
        position = min(self._position(), self.plan.total_s)
        phase = self.plan.phase_at(position) if self._state is not RunState.IDLE else None
        remaining = phase.end_s - position if phase else self.plan.phases[0].duration_s
        return Snapshot(
            state=self._state,
            phase=phase,
            phase_remaining_s=max(0.0, remaining),
            position_s=position,
            total_s=self.plan.total_s,
            rep=(phase.rep or 1) if phase else 1,
            reps=self.plan.reps,
            pause_reason=self._pause_reason,
            rep_line=describe_rep(self.plan, phase or self.plan.phases[0]),
        )

    def seconds_until_next_change(self) -> float | None:
        """Clock seconds until the shown digits or the phase next change; None when idle."""
        if self._state is not RunState.RUNNING:
            return None
        remaining = self.snapshot().phase_remaining_s
        fraction = remaining - int(remaining)
        return fraction if fraction > 1e-6 else 1.0

    def lived_active_s(self) -> float:
        """Seconds of hold or ice actually lived through; skipped time does not count."""
        return sum(
            max(0.0, min(end, p.end_s) - max(start, p.start_s))
            for start, end in self._spans()
            for p in self.plan.phases
            if p.kind.is_active
        )

    def reps_completed(self) -> int:
        spans = self._spans()
        done = {
            p.rep
            for p in self.plan.phases
            if p.kind.is_active and any(s < p.end_s <= e for s, e in spans)
        }
        return len(done)

    # -- internals ---------------------------------------------------------------------------

    def _spans(self) -> list[tuple[float, float]]:
        """The stretches of the timeline lived through, the current one included."""
        return [*self._lived, (self._span_start, min(self._position(), self.plan.total_s))]

    def _wall_now(self, earlier_by_s: float = 0.0) -> datetime:
        """The local wall time with a fixed UTC offset, so that arithmetic and comparisons
        across a daylight-saving change are absolute (ZoneInfo datetimes subtract as wall
        times)."""
        local = self._clock.wall_now()
        instant = local.astimezone(UTC) - timedelta(seconds=earlier_by_s)
        zoned = instant.astimezone(local.tzinfo)
        return zoned.astimezone(timezone(zoned.utcoffset() or timedelta(0)))

    def _require(self, *allowed: RunState) -> None:
        if self._state not in allowed:
            raise EngineStateError(f"cannot do that while the session is {self._state.value}")

    def _position(self) -> float:
        if self._state is RunState.RUNNING:
            return self._position_at_mark + (self._clock.elapsed_s() - self._mark)
        return self._position_at_mark

    def _set_position(self, position: float, *, continuous: bool) -> None:
        if not continuous:
            self._close_span(self._position())
            self._span_start = position
        self._position_at_mark = position
        self._mark = self._clock.elapsed_s()
        self._reported_position = position

    def _close_span(self, end: float) -> None:
        end = min(end, self.plan.total_s)
        if end > self._span_start:
            self._lived.append((self._span_start, end))
        self._span_start = end

    def _jump(self, position: float) -> None:
        self._set_position(position, continuous=False)
        if position >= self.plan.total_s:
            self._finish(self.plan.total_s)
        else:
            self._events.append(PhaseStarted(self.plan.phase_at(position)))

    def _advance(self) -> None:
        """Emit what was crossed since the last poll, after applying the suspend policy."""
        self._check_suspend()
        if self._state is not RunState.RUNNING:
            return
        now_position = self._position()
        self._emit_crossings(self._reported_position, now_position)
        self._reported_position = now_position
        if now_position >= self.plan.total_s:
            self._finish(now_position)

    def _check_suspend(self) -> None:
        offset = self._clock.elapsed_s() - self._clock.awake_s()
        slept = offset - self._suspend_offset
        self._suspend_offset = offset
        if slept <= SUSPEND_THRESHOLD_S * self.time_scale or self._state is not RunState.RUNNING:
            return
        pausing = self.plan.definition.suspend_policy is SuspendPolicy.PAUSE
        logger.info("suspend of %.1f s detected (pausing: %s)", slept, pausing)
        self._events.append(SuspendDetected(slept / self.time_scale, paused=pausing))
        if pausing:
            before_sleep = max(self._reported_position, self._position() - slept)
            self._emit_crossings(self._reported_position, before_sleep)
            self._set_position(before_sleep, continuous=True)
            self._state, self._pause_reason = RunState.PAUSED, PauseReason.SUSPEND

    def _emit_crossings(self, old: float, new: float) -> None:
        for phase in self.plan.phases:
            if phase.end_s <= old or phase.start_s > new:
                continue
            if old < phase.start_s <= new:
                self._events.append(PhaseStarted(phase))
            for seconds_left in COUNTDOWN_SECONDS:
                if phase.duration_s > seconds_left and old < phase.end_s - seconds_left <= new:
                    self._events.append(CountdownTick(phase, seconds_left))
            if phase.kind.is_active and old < phase.end_s <= new:
                self._events.append(RepCompleted(phase.rep or 1, self.plan.reps))

    def _finish(self, position: float) -> None:
        overshoot_s = (position - self.plan.total_s) / self.time_scale
        self._close_span(self.plan.total_s)
        self._position_at_mark = self.plan.total_s
        self._state = RunState.FINISHED
        self.ended_wall = self._wall_now(earlier_by_s=max(0.0, overshoot_s))
        self._events.append(Finished(self.reps_completed()))

    def record(self, app_version: str) -> SessionRecord:
        """The log record of a finished or stopped session."""
        self._require(RunState.FINISHED, RunState.STOPPED)
        assert self.started_wall is not None and self.ended_wall is not None
        finished = self._state is RunState.FINISHED
        definition = self.plan.definition
        return SessionRecord(
            session_id=definition.id,
            session_name=definition.name,
            parameters=dict(self.plan.values),
            started_at=self.started_wall,
            ended_at=max(self.ended_wall, self.started_wall),
            planned_active_s=round(self.plan.planned_active_s, 3),
            actual_active_s=round(self.lived_active_s(), 3),
            reps_planned=self.plan.reps,
            reps_completed=self.reps_completed(),
            outcome=Outcome.COMPLETED if finished else Outcome.STOPPED,
            app_version=app_version,
            stop_reason=None if finished else (self.stop_reason or STOPPED_BY_PATIENT),
            time_scale=self.time_scale,
        )
