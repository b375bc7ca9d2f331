"""Which cue to announce for what the runner reports; one cue per refresh, the latest.

Each announcement carries its tone and its voice lines (hamtimer.core.voice_lines); the
player plays whichever the patient chose (CueSound).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from hamtimer.core.events import RunState, Snapshot
from hamtimer.core.plan import Phase
from hamtimer.core.session import PhaseKind
from hamtimer.core.voice_lines import countdown_lines, done_lines, phase_lines
from hamtimer.qt.runner import SessionRunner
from hamtimer.qt.sound import Announcement, Cue

CUE_FOR_PHASE = {
    PhaseKind.GET_READY: Cue.GET_READY,
    PhaseKind.HOLD: Cue.HOLD,
    PhaseKind.ICE: Cue.HOLD,
    PhaseKind.REST: Cue.REST,
    PhaseKind.SWITCH_SIDES: Cue.SWITCH_SIDES,
    PhaseKind.WORK: Cue.HOLD,
    PhaseKind.STRETCH: Cue.HOLD,
}


class Announcer(Protocol):
    def announce(self, announcement: Announcement) -> None: ...


class CueChooser(QObject):
    """After an event-loop stall several events arrive at once: only the newest is heard.

    The announcement is made when the refresh's snapshot arrives, since a phase's rep
    number is said only in sessions of more than one rep.
    """

    def __init__(self, player: Announcer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self._pending: Callable[[Snapshot], Announcement] | None = None
        self._phase: Phase | None = None  # the phase that started last

    def attach(self, runner: SessionRunner) -> None:
        runner.phase_started.connect(self._on_phase)
        runner.countdown.connect(self._on_countdown)
        runner.changed.connect(self._on_changed)

    def _on_phase(self, phase: Phase) -> None:
        previous, self._phase = self._phase, phase
        self._pending = lambda snapshot: Announcement(
            CUE_FOR_PHASE[phase.kind], phase_lines(phase, previous, snapshot.reps)
        )

    def _on_countdown(self, seconds_left: int) -> None:
        lines = countdown_lines(self._phase, seconds_left) if self._phase else ()
        self._pending = lambda _snapshot: Announcement(Cue.TICK, lines)

    def _on_changed(self, snapshot: Snapshot) -> None:
        if snapshot.state is RunState.FINISHED:
            last = self._phase
            self._pending = lambda _snapshot: Announcement(Cue.DONE, done_lines(last))
        pending, self._pending = self._pending, None
        if snapshot.state in (RunState.FINISHED, RunState.STOPPED):
            self._phase = None  # the next session starts afresh
        if pending is not None:
            self.player.announce(pending(snapshot))
