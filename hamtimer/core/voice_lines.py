"""The spoken cues as data: what the voice says at each moment of a session.

Each line is English text marked for translation in context "VoiceLine", with a stable WAV
file name. scripts/render_voice.py renders every line of every language into
resources/voice/<lang>/ once, so the app needs no speech engine when it runs (docs/SOUND.md).
Lines are short: the countdown says one word a second.

What is said, derived only from the runner's events:
- a phase starts: its line ("Hold", "Rest", "Ice on"...), after the rep number ("Rep 2")
  when the phase begins a rep of a session with more than one rep;
- the last three seconds of a phase: "Three", "Two", "One", only in phases of at least
  SPOKEN_COUNTDOWN_MIN_S, so the phase's own line is never cut short by the count;
- the end: "All done" ("Ice off" after an ice phase).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.plan import Phase
from hamtimer.core.session import PhaseKind

VOICE_CONTEXT = "VoiceLine"
# Built-in sessions have at most 15 reps a set; a patient's own may have up to
# limits.MAX_REPS (50). Above this, the phase's line is said without its number.
MAX_SPOKEN_REP = 20
# A countdown is spoken only in phases this long, leaving 2 s for "Rep 12. Stretch".
SPOKEN_COUNTDOWN_MIN_S = 5.0


@dataclass(frozen=True)
class VoiceLine:
    """One recorded line: `text` is English (a "{n}" template for rep numbers)."""

    file_name: str
    text: str
    number: int | None = None

    def spoken(self, translator: Callable[[str, str], str] = translate) -> str:
        """The words to record, in the language `translator` gives (context "VoiceLine")."""
        text = translator(VOICE_CONTEXT, self.text)
        return text.format(n=self.number) if self.number is not None else text


GET_READY = VoiceLine("get_ready.wav", QT_TRANSLATE_NOOP("VoiceLine", "Get ready"))
HOLD = VoiceLine("hold.wav", QT_TRANSLATE_NOOP("VoiceLine", "Hold"))
ICE_ON = VoiceLine("ice_on.wav", QT_TRANSLATE_NOOP("VoiceLine", "Ice on"))
REST = VoiceLine("rest.wav", QT_TRANSLATE_NOOP("VoiceLine", "Rest"))
REST_BETWEEN_SETS = VoiceLine(
    "rest_between_sets.wav", QT_TRANSLATE_NOOP("VoiceLine", "Rest between sets")
)
SWITCH_LEGS = VoiceLine("switch_legs.wav", QT_TRANSLATE_NOOP("VoiceLine", "Switch legs"))
GO = VoiceLine("go.wav", QT_TRANSLATE_NOOP("VoiceLine", "Go"))
STRETCH = VoiceLine("stretch.wav", QT_TRANSLATE_NOOP("VoiceLine", "Stretch"))
THREE = VoiceLine("three.wav", QT_TRANSLATE_NOOP("VoiceLine", "Three"))
TWO = VoiceLine("two.wav", QT_TRANSLATE_NOOP("VoiceLine", "Two"))
ONE = VoiceLine("one.wav", QT_TRANSLATE_NOOP("VoiceLine", "One"))
ALL_DONE = VoiceLine("all_done.wav", QT_TRANSLATE_NOOP("VoiceLine", "All done"))
ICE_OFF = VoiceLine("ice_off.wav", QT_TRANSLATE_NOOP("VoiceLine", "Ice off"))
REP_TEMPLATE = QT_TRANSLATE_NOOP("VoiceLine", "Rep {n}")

PHASE_LINES = {
    PhaseKind.GET_READY: GET_READY,
    PhaseKind.HOLD: HOLD,
    PhaseKind.ICE: ICE_ON,
    PhaseKind.REST: REST,
    PhaseKind.SWITCH_SIDES: SWITCH_LEGS,
    PhaseKind.WORK: GO,
    PhaseKind.STRETCH: STRETCH,
}
COUNTDOWN_LINES = {3: THREE, 2: TWO, 1: ONE}
REP_LINES = tuple(
    VoiceLine(f"rep_{n:02d}.wav", REP_TEMPLATE, n) for n in range(1, MAX_SPOKEN_REP + 1)
)
ALL_LINES: tuple[VoiceLine, ...] = (
    *PHASE_LINES.values(),
    REST_BETWEEN_SETS,
    *COUNTDOWN_LINES.values(),
    ALL_DONE,
    ICE_OFF,
    *REP_LINES,
)


def rep_line(number: int) -> VoiceLine | None:
    """ "Rep 7"; None above MAX_SPOKEN_REP, where nothing is said for the number."""
    return REP_LINES[number - 1] if 1 <= number <= MAX_SPOKEN_REP else None


def phase_lines(phase: Phase, previous: Phase | None, session_reps: int) -> tuple[VoiceLine, ...]:
    """What is said as `phase` starts; `previous` is the phase that started before it.

    The rep number is the one the screen shows within its set ("set 2 of 3 · rep 1 of 5").
    """
    line = REST_BETWEEN_SETS if _is_rest_between_sets(phase) else PHASE_LINES[phase.kind]
    number = phase.rep_in_set or phase.rep
    if number is None or session_reps < 2 or not _starts_rep(phase, previous):
        return (line,)
    rep = rep_line(number)
    return (line,) if rep is None else (rep, line)


def countdown_lines(phase: Phase, seconds_left: int) -> tuple[VoiceLine, ...]:
    """ "Three", "Two", "One"; nothing in a phase too short to say its own line first."""
    line = COUNTDOWN_LINES.get(seconds_left)
    if line is None or phase.duration_s < SPOKEN_COUNTDOWN_MIN_S:
        return ()
    return (line,)


def done_lines(last_phase: Phase | None) -> tuple[VoiceLine, ...]:
    """ "Ice off" when the session ends on ice, else "All done"."""
    if last_phase is not None and last_phase.kind is PhaseKind.ICE:
        return (ICE_OFF,)
    return (ALL_DONE,)


def _starts_rep(phase: Phase, previous: Phase | None) -> bool:
    """The first active phase of a rep (after get ready, a rest, or going back)."""
    return phase.kind.is_active and (previous is None or previous.rep != phase.rep)


def _is_rest_between_sets(phase: Phase) -> bool:
    """The plan gives the rest between sets a set number but no rep within it."""
    return (
        phase.kind is PhaseKind.REST and phase.rep_in_set is None and phase.set_number is not None
    )
