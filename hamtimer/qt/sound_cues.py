"""Which cue to play for what the runner reports; one cue per refresh, the latest."""

from __future__ import annotations

from PySide6.QtCore import QObject

from hamtimer.core.events import RunState, Snapshot
from hamtimer.core.plan import Phase
from hamtimer.core.session import PhaseKind
from hamtimer.qt.runner import SessionRunner
from hamtimer.qt.sound import Cue, SoundPlayer

CUE_FOR_PHASE = {
    PhaseKind.GET_READY: Cue.GET_READY,
    PhaseKind.HOLD: Cue.HOLD,
    PhaseKind.ICE: Cue.HOLD,
    PhaseKind.REST: Cue.REST,
    PhaseKind.SWITCH_SIDES: Cue.SWITCH_SIDES,
    PhaseKind.WORK: Cue.HOLD,
    PhaseKind.STRETCH: Cue.HOLD,
}


class CueChooser(QObject):
    """After an event-loop stall several events arrive at once: only the newest is heard."""

    def __init__(self, player: SoundPlayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self._pending: Cue | None = None

    def attach(self, runner: SessionRunner) -> None:
        runner.phase_started.connect(self._on_phase)
        runner.countdown.connect(self._on_countdown)
        runner.changed.connect(self._on_changed)

    def _on_phase(self, phase: Phase) -> None:
        self._pending = CUE_FOR_PHASE[phase.kind]

    def _on_countdown(self, _seconds_left: int) -> None:
        self._pending = Cue.TICK

    def _on_changed(self, snapshot: Snapshot) -> None:
        if snapshot.state is RunState.FINISHED:
            self._pending = Cue.DONE
        cue, self._pending = self._pending, None
        if cue is not None:
            self.player.play(cue)
