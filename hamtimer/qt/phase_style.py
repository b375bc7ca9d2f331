"""How each phase looks: a word and a colour, never the colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from hamtimer.core.events import RunState, Snapshot
from hamtimer.core.session import PhaseKind


@dataclass(frozen=True)
class PhaseLook:
    word: str
    background: str
    foreground: str


PHASE_LOOKS = {
    PhaseKind.GET_READY: PhaseLook("GET READY", "#FFB300", "#1A1A1A"),
    PhaseKind.HOLD: PhaseLook("HOLD", "#C62828", "#FFFFFF"),
    PhaseKind.REST: PhaseLook("REST", "#1565C0", "#FFFFFF"),
    PhaseKind.ICE: PhaseLook("ICE ON", "#00838F", "#FFFFFF"),
    PhaseKind.SWITCH_SIDES: PhaseLook("SWITCH SIDES", "#6A1B9A", "#FFFFFF"),
    PhaseKind.WORK: PhaseLook("MOVE", "#AD1457", "#FFFFFF"),
    PhaseKind.STRETCH: PhaseLook("STRETCH", "#2E7D32", "#FFFFFF"),
}
DONE_LOOK = PhaseLook("DONE", "#2E7D32", "#FFFFFF")
STOPPED_LOOK = PhaseLook("STOPPED", "#455A64", "#FFFFFF")
PAUSED_BACKGROUND = "#546E7A"


def look_for(snapshot: Snapshot) -> PhaseLook:
    if snapshot.state is RunState.FINISHED:
        return DONE_LOOK
    if snapshot.state is RunState.STOPPED or snapshot.phase is None:
        return STOPPED_LOOK
    look = PHASE_LOOKS[snapshot.phase.kind]
    if snapshot.state is RunState.PAUSED:
        return PhaseLook(f"PAUSED · {look.word}", PAUSED_BACKGROUND, "#FFFFFF")
    return look


def format_clock(seconds: int) -> str:
    """'10' for short phases, '14:59' once a phase is a minute or longer."""
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}" if minutes else str(secs)
