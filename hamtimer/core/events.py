"""What the engine tells its subscribers: immutable payloads with derived values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from hamtimer.core.plan import Phase


class RunState(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def is_under_way(self) -> bool:
        return self in (RunState.RUNNING, RunState.PAUSED)


class PauseReason(Enum):
    USER = "user"
    SUSPEND = "suspend"


@dataclass(frozen=True)
class PhaseStarted:
    phase: Phase


@dataclass(frozen=True)
class CountdownTick:
    """One of the last three seconds of a phase: 3, 2, 1."""

    phase: Phase
    seconds_left: int


@dataclass(frozen=True)
class RepCompleted:
    rep: int
    reps: int


@dataclass(frozen=True)
class Finished:
    reps_completed: int


@dataclass(frozen=True)
class SuspendDetected:
    """The computer slept for `seconds`; `paused` says whether the session was paused for it."""

    seconds: float
    paused: bool


EngineEvent = PhaseStarted | CountdownTick | RepCompleted | Finished | SuspendDetected


@dataclass(frozen=True)
class Snapshot:
    """Where the session is, derived from the clock at one instant."""

    state: RunState
    phase: Phase | None
    phase_remaining_s: float
    position_s: float
    total_s: float
    rep: int
    reps: int
    pause_reason: PauseReason | None
    rep_line: str = ""  # 'Rep 2 of 3', 'Left leg · set 1 of 2 · rep 3 of 5'

    @property
    def display_seconds(self) -> int:
        """The whole seconds shown: 10 at the start of a 10 s hold, 1 in its last second."""
        return max(0, -int(-self.phase_remaining_s // 1))

    @property
    def overall_ratio(self) -> float:
        return min(1.0, self.position_s / self.total_s) if self.total_s else 1.0
