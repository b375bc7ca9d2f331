"""Every limit of a custom session, checked field by field with a message a patient reads.

The limits are the app's own (limits.py), not the protocol's: a custom session is the
patient's choice. Each problem names the field it belongs to, so the editor can show it
beside that field.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamtimer.core import limits
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from hamtimer.core.plan import format_duration
from hamtimer.core.session import PhaseKind, SessionError
from hamtimer.core.session_draft import (
    BETWEEN_SETS,
    EDITABLE_KINDS,
    GET_READY,
    REPS,
    SETS,
    SWITCH,
    SessionDraft,
    kind_label,
)

NAME, SETUP, PHASES, DONE, LENGTH = "name", "setup", "phases", "done_message", "length"
TITLE = "title"
# Phases the session adds from its own settings, never written into a rep.
SESSION_SLOT_KINDS = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP("DraftCheck", "Get ready"),
    PhaseKind.SWITCH_SIDES: QT_TRANSLATE_NOOP("DraftCheck", "Switch sides"),
}
MIN_PHASE_S, MAX_PHASE_S = 1, limits.MAX_PHASE_SECONDS


def phase_field(index: int) -> str:
    """The field of the rep's phase at `index` (0-based)."""
    return f"phase {index}"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


class DraftError(SessionError):
    """A draft that cannot be saved; `problems` says which fields and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = tuple(problems)


def format_length(seconds: int) -> str:
    """'5 h 10 min', '3 min 40 s', '45 s', '0 s'."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    units = (
        (hours, translate("DraftCheck", "{n} h")),
        (minutes, translate("DraftCheck", "{n} min")),
        (secs, translate("DraftCheck", "{n} s")),
    )
    parts = [unit.format(n=format_number(n)) for n, unit in units if n]
    return " ".join(parts) or translate("DraftCheck", "{n} s").format(n=format_number(0))


def draft_length_s(draft: SessionDraft) -> int:
    """The session's length in seconds, as build_plan will lay it out: a set ends at its
    last active phase; the rest between sets and the switch of sides come between."""
    rep_s = sum(phase.seconds for phase in draft.phases)
    trailing_s = 0
    for phase in reversed(draft.phases):
        if phase.kind.is_active:
            break
        trailing_s += phase.seconds
    set_s = draft.reps * rep_s - trailing_s
    between_s = draft.between_sets_s if draft.sets > 1 else 0
    side_s = draft.sets * set_s + (draft.sets - 1) * between_s
    sides = 2 if draft.per_side else 1
    return draft.get_ready_s + sides * side_s + (sides - 1) * draft.switch_s


def draft_phase_count(draft: SessionDraft) -> int:
    """The count build_plan bounds by limits.MAX_PLAN_PHASES."""
    return draft.reps * draft.sets * (2 if draft.per_side else 1) * len(draft.phases)


def check_draft(draft: SessionDraft) -> list[Problem]:
    """Every problem with the draft; an empty list means it can be saved."""
    problems = [*_texts(draft), *_phases(draft), *_counts(draft)]
    if not problems:
        problems.extend(_whole(draft))
    return problems


def _texts(draft: SessionDraft) -> list[Problem]:
    texts = [
        (NAME, translate("DraftCheck", "Name"), draft.name, limits.MAX_NAME_CHARS,
         translate("DraftCheck", "Name: give the session a name")),
        (SETUP, translate("DraftCheck", "Instructions"), draft.setup, limits.MAX_TEXT_CHARS,
         translate("DraftCheck", "Instructions: say how to start")),
        (DONE, translate("DraftCheck", "Done message"), draft.done_message,
         limits.MAX_TEXT_CHARS, translate("DraftCheck", "Done message: say how it ends")),
        (GET_READY, translate("DraftCheck", "Get ready"), draft.get_ready_instruction,
         limits.MAX_TEXT_CHARS,
         translate("DraftCheck", "Get ready: say what to do while getting ready")),
    ]  # fmt: skip
    found = [_text(*text) for text in texts]
    if len(draft.title.strip()) > limits.MAX_TEXT_CHARS:
        message = translate("DraftCheck", "Title: at most {most} characters").format(
            most=limits.MAX_TEXT_CHARS
        )
        found.append(Problem(TITLE, message))
    return [problem for problem in found if problem is not None]


def _text(field: str, label: str, text: str, max_chars: int, empty: str) -> Problem | None:
    """`empty`: the whole message for an empty text; `label` names the field otherwise."""
    if not text.strip():
        return Problem(field, empty)
    if len(text.strip()) > max_chars:
        message = translate("DraftCheck", "{field}: at most {most} characters, not {count}")
        return Problem(
            field,
            message.format(field=label, most=max_chars, count=len(text.strip())),
        )
    return None


def _phases(draft: SessionDraft) -> list[Problem]:
    count = len(draft.phases)
    if not 1 <= count <= limits.MAX_PHASES_PER_REP:
        message = translate("DraftCheck", "Phases: a rep has 1 to {most} phases")
        return [Problem(PHASES, message.format(most=limits.MAX_PHASES_PER_REP))]
    found = [problem for i in range(count) if (problem := _phase(draft, i))]
    if not any(phase.kind.is_active for phase in draft.phases):
        message = translate("DraftCheck", "Phases: a rep needs a hold, work, stretch or ice phase")
        found.append(Problem(PHASES, message))
    return found


def _phase(draft: SessionDraft, index: int) -> Problem | None:
    phase = draft.phases[index]
    if phase.kind not in EDITABLE_KINDS:
        message = translate(
            "DraftCheck",
            "Phase {number}: {kind} cannot be part of a rep; it is set for the session",
        )
        kind = translate("DraftCheck", SESSION_SLOT_KINDS[phase.kind])
        return Problem(phase_field(index), message.format(number=index + 1, kind=kind))
    label = kind_label(phase.kind)
    if phase.seconds < MIN_PHASE_S or phase.seconds > MAX_PHASE_S:
        if phase.seconds < MIN_PHASE_S:
            message = translate(
                "DraftCheck", "{phase}: {seconds} s is too short; a phase lasts {low} to {high}"
            )
        else:
            message = translate(
                "DraftCheck", "{phase}: {seconds} s is too long; a phase lasts {low} to {high}"
            )
        return Problem(
            phase_field(index),
            message.format(
                phase=label,
                seconds=phase.seconds,
                low=format_duration(MIN_PHASE_S),
                high=format_duration(MAX_PHASE_S),
            ),
        )
    empty = translate("DraftCheck", "{phase}: say what to do").format(phase=label)
    return _text(phase_field(index), label, phase.instruction, limits.MAX_TEXT_CHARS, empty)


def _counts(draft: SessionDraft) -> list[Problem]:
    found = [
        _count(REPS, translate("DraftCheck", "Reps"), draft.reps),
        _count(SETS, translate("DraftCheck", "Sets"), draft.sets),
        _seconds(GET_READY, translate("DraftCheck", "Get ready"), draft.get_ready_s),
        _seconds(BETWEEN_SETS, translate("DraftCheck", "Rest between sets"), draft.between_sets_s),
        _seconds(SWITCH, translate("DraftCheck", "Switch sides"), draft.switch_s),
    ]
    return [problem for problem in found if problem is not None]


def _count(field: str, label: str, value: int) -> Problem | None:
    if value < 1:
        message = translate("DraftCheck", "{field}: at least {least}")
        return Problem(field, message.format(field=label, least=1))
    if value > limits.MAX_REPS:
        message = translate("DraftCheck", "{field}: at most {most}")
        return Problem(field, message.format(field=label, most=limits.MAX_REPS))
    return None


def _seconds(field: str, label: str, value: int) -> Problem | None:
    if 0 <= value <= MAX_PHASE_S:
        return None
    message = translate("DraftCheck", "{field}: {seconds} s is outside 0 s to {most} (0 s: none)")
    return Problem(
        field,
        message.format(field=label, seconds=value, most=format_duration(MAX_PHASE_S)),
    )


def _whole(draft: SessionDraft) -> list[Problem]:
    phases = draft_phase_count(draft)
    if phases > limits.MAX_PLAN_PHASES:
        message = translate(
            "DraftCheck",
            "The session would have {phases} phases; at most {most} (fewer reps, sets or phases)",
        )
        return [
            Problem(
                LENGTH,
                message.format(phases=phases, most=limits.MAX_PLAN_PHASES),
            )
        ]
    length_s = draft_length_s(draft)
    if length_s > limits.MAX_SESSION_SECONDS:
        message = translate("DraftCheck", "The session would last {length}; at most {most}")
        return [
            Problem(
                LENGTH,
                message.format(
                    length=format_length(length_s),
                    most=format_length(limits.MAX_SESSION_SECONDS),
                ),
            )
        ]
    return []
