"""The one bridge from the engine to Qt: it polls when woken and re-emits as Signals."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from hamtimer.core.clock import Clock
from hamtimer.core.engine import SessionEngine
from hamtimer.core.events import (
    CountdownTick,
    EngineEvent,
    Finished,
    PhaseStarted,
    RepCompleted,
    RunState,
    SuspendDetected,
)
from hamtimer.core.plan import SessionPlan
from hamtimer.qt.waker import Waker

logger = logging.getLogger(__name__)

MAX_WAKE_INTERVAL_S = 1.0  # wake at least this often, so a suspend is noticed within a second
WAKE_MARGIN_S = 0.002  # wake just after a change, never just before it


class SessionRunner(QObject):
    """Runs one session at a time on a SessionEngine.

    Signals:
        changed(object): a Snapshot, whenever what is shown may have changed.
        phase_started(object): the Phase that began.
        countdown(int): 3, 2, 1 in the last seconds of a phase.
        rep_completed(int, int): rep number and reps planned.
        suspended(float, bool): seconds asleep, and whether the session was paused for it.
        ended(object): the SessionRecord of a session that finished or was stopped.
    """

    changed = Signal(object)
    phase_started = Signal(object)
    countdown = Signal(int)
    rep_completed = Signal(int, int)
    suspended = Signal(float, bool)
    ended = Signal(object)

    def __init__(
        self,
        clock: Clock,
        waker: Waker,
        app_version: str,
        time_scale: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._waker = waker
        self._app_version = app_version
        self.time_scale = time_scale
        self.engine: SessionEngine | None = None

    @property
    def is_under_way(self) -> bool:
        return self.engine is not None and self.engine.state.is_under_way

    def start(self, plan: SessionPlan) -> None:
        if self.is_under_way:
            raise RuntimeError("a session is already under way")
        self.engine = SessionEngine(plan, self._clock, self.time_scale)
        self.engine.start()
        logger.info("session started: %s", plan.definition.id)
        self.refresh()

    def toggle_pause(self) -> None:
        self._act(lambda engine: engine.toggle_pause())

    def skip(self) -> None:
        self._act(lambda engine: engine.skip())

    def back(self) -> None:
        self._act(lambda engine: engine.back())

    def stop(self, reason: str | None = None) -> None:
        self._act(lambda engine: engine.stop(reason))

    def refresh(self) -> None:
        """Poll the engine, emit what happened, and ask to be woken at the next change."""
        engine = self.engine
        if engine is None:
            return
        for event in engine.poll():
            self._emit(event)
        self.changed.emit(engine.snapshot())
        if engine.state in (RunState.FINISHED, RunState.STOPPED):
            self._waker.cancel()
            self.ended.emit(engine.record(self._app_version))
            self.engine = None
            return
        self._schedule(engine)

    def _act(self, action: Callable[[SessionEngine], None]) -> None:
        if self.engine is not None and self.engine.state.is_under_way:
            action(self.engine)
            self.refresh()

    def _schedule(self, engine: SessionEngine) -> None:
        until_change = engine.seconds_until_next_change()
        if until_change is None:  # paused: nothing changes until the patient resumes
            self._waker.cancel()
            return
        delay = min(MAX_WAKE_INTERVAL_S, until_change / self.time_scale + WAKE_MARGIN_S)
        self._waker.wake_in(delay, self.refresh)

    def _emit(self, event: EngineEvent) -> None:
        if isinstance(event, PhaseStarted):
            self.phase_started.emit(event.phase)
        elif isinstance(event, CountdownTick):
            self.countdown.emit(event.seconds_left)
        elif isinstance(event, RepCompleted):
            self.rep_completed.emit(event.rep, event.reps)
        elif isinstance(event, SuspendDetected):
            self.suspended.emit(event.seconds, event.paused)
        elif isinstance(event, Finished):
            logger.info("session finished with %d reps", event.reps_completed)
