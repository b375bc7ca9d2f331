"""How each phase looks: a word and a colour, never the colour alone. The colours are the
theme's (hamtimer.qt.theme), so they follow light, dark and high contrast."""

from __future__ import annotations

from dataclasses import dataclass

from hamtimer.core.events import RunState, Snapshot
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.session import PhaseKind
from hamtimer.qt import theme


@dataclass(frozen=True)
class PhaseLook:
    text: str  # English, marked for translation: `word` is what is shown
    colours: str  # the theme's name for them: a PhaseKind's value, "done", "stopped", "paused"
    paused: bool = False

    @property
    def word(self) -> str:
        """'HOLD', 'PAUSED · HOLD', in the patient's language."""
        word = translate("PhaseStyle", self.text)
        if self.paused:
            return translate("PhaseStyle", "PAUSED · {phase}").format(phase=word)
        return word

    @property
    def background(self) -> str:
        return theme.current().phases[self.colours].background

    @property
    def foreground(self) -> str:
        return theme.current().phases[self.colours].foreground


PHASE_LOOKS = {
    PhaseKind.GET_READY: PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "GET READY"), "get_ready"),
    PhaseKind.HOLD: PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "HOLD"), "hold"),
    PhaseKind.REST: PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "REST"), "rest"),
    PhaseKind.ICE: PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "ICE ON"), "ice"),
    PhaseKind.SWITCH_SIDES: PhaseLook(
        QT_TRANSLATE_NOOP("PhaseStyle", "SWITCH SIDES"), "switch_sides"
    ),
    PhaseKind.WORK: PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "MOVE"), "work"),
    PhaseKind.STRETCH: PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "STRETCH"), "stretch"),
}
DONE_LOOK = PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "DONE"), "done")
STOPPED_LOOK = PhaseLook(QT_TRANSLATE_NOOP("PhaseStyle", "STOPPED"), "stopped")


def look_for(snapshot: Snapshot) -> PhaseLook:
    if snapshot.state is RunState.FINISHED:
        return DONE_LOOK
    if snapshot.state is RunState.STOPPED or snapshot.phase is None:
        return STOPPED_LOOK
    look = PHASE_LOOKS[snapshot.phase.kind]
    if snapshot.state is RunState.PAUSED:
        return PhaseLook(look.text, "paused", paused=True)
    return look


def format_clock(seconds: int) -> str:
    """'10' for short phases, '14:59' once a phase is a minute or longer."""
    minutes, secs = divmod(max(0, seconds), 60)
    return f"{minutes}:{secs:02d}" if minutes else str(secs)
