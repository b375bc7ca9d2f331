"""Every limit of a custom session, checked field by field with a message a patient reads.

The limits are the app's own (limits.py), not the protocol's: a custom session is the
patient's choice. Each problem names the field it belongs to, so the editor can show it
beside that field.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamtimer.core import limits
from hamtimer.core.plan import format_duration
from hamtimer.core.session import SessionError
from hamtimer.core.session_draft import (
    BETWEEN_SETS,
    EDITABLE_KINDS,
    GET_READY,
    KIND_LABELS,
    REPS,
    SETS,
    SWITCH,
    SessionDraft,
)

NAME, SETUP, PHASES, DONE, LENGTH = "name", "setup", "phases", "done_message", "length"
TITLE = "title"
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
    parts = [f"{n} {unit}" for n, unit in ((hours, "h"), (minutes, "min"), (secs, "s")) if n]
    return " ".join(parts) or "0 s"


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
        (NAME, "Name", draft.name, limits.MAX_NAME_CHARS, "give the session a name"),
        (SETUP, "Instructions", draft.setup, limits.MAX_TEXT_CHARS, "say how to start"),
        (DONE, "Done message", draft.done_message, limits.MAX_TEXT_CHARS, "say how it ends"),
        (GET_READY, "Get ready", draft.get_ready_instruction, limits.MAX_TEXT_CHARS,
         "say what to do while getting ready"),
    ]  # fmt: skip
    found = [_text(*text) for text in texts]
    if len(draft.title.strip()) > limits.MAX_TEXT_CHARS:
        found.append(Problem(TITLE, f"Title: at most {limits.MAX_TEXT_CHARS} characters"))
    return [problem for problem in found if problem is not None]


def _text(field: str, label: str, text: str, max_chars: int, hint: str) -> Problem | None:
    if not text.strip():
        return Problem(field, f"{label}: {hint}")
    if len(text.strip()) > max_chars:
        return Problem(field, f"{label}: at most {max_chars} characters, not {len(text.strip())}")
    return None


def _phases(draft: SessionDraft) -> list[Problem]:
    count = len(draft.phases)
    if not 1 <= count <= limits.MAX_PHASES_PER_REP:
        return [Problem(PHASES, f"Phases: a rep has 1 to {limits.MAX_PHASES_PER_REP} phases")]
    found = [problem for i in range(count) if (problem := _phase(draft, i))]
    if not any(phase.kind.is_active for phase in draft.phases):
        found.append(Problem(PHASES, "Phases: a rep needs a hold, work, stretch or ice phase"))
    return found


def _phase(draft: SessionDraft, index: int) -> Problem | None:
    phase = draft.phases[index]
    if phase.kind not in EDITABLE_KINDS:
        return Problem(phase_field(index), f"Phase {index + 1}: {phase.kind.value} is not a rep")
    label = KIND_LABELS[phase.kind]
    if phase.seconds < MIN_PHASE_S or phase.seconds > MAX_PHASE_S:
        size = "short" if phase.seconds < MIN_PHASE_S else "long"
        return Problem(
            phase_field(index),
            f"{label}: {phase.seconds} s is too {size}; a phase lasts "
            f"{format_duration(MIN_PHASE_S)} to {format_duration(MAX_PHASE_S)}",
        )
    return _text(phase_field(index), label, phase.instruction, limits.MAX_TEXT_CHARS,
                 "say what to do")  # fmt: skip


def _counts(draft: SessionDraft) -> list[Problem]:
    found = [
        _count(REPS, "Reps", draft.reps),
        _count(SETS, "Sets", draft.sets),
        _seconds(GET_READY, "Get ready", draft.get_ready_s),
        _seconds(BETWEEN_SETS, "Rest between sets", draft.between_sets_s),
        _seconds(SWITCH, "Switch sides", draft.switch_s),
    ]
    return [problem for problem in found if problem is not None]


def _count(field: str, label: str, value: int) -> Problem | None:
    if value < 1:
        return Problem(field, f"{label}: at least 1")
    if value > limits.MAX_REPS:
        return Problem(field, f"{label}: at most {limits.MAX_REPS}")
    return None


def _seconds(field: str, label: str, value: int) -> Problem | None:
    if 0 <= value <= MAX_PHASE_S:
        return None
    return Problem(
        field, f"{label}: {value} s is outside 0 s to {format_duration(MAX_PHASE_S)} (0 s: none)"
    )


def _whole(draft: SessionDraft) -> list[Problem]:
    phases = draft_phase_count(draft)
    if phases > limits.MAX_PLAN_PHASES:
        return [
            Problem(
                LENGTH,
                f"The session would have {phases} phases; at most {limits.MAX_PLAN_PHASES} "
                "(fewer reps, sets or phases)",
            )
        ]
    length_s = draft_length_s(draft)
    if length_s > limits.MAX_SESSION_SECONDS:
        return [
            Problem(
                LENGTH,
                f"The session would last {format_length(length_s)}; "
                f"at most {format_length(limits.MAX_SESSION_SECONDS)}",
            )
        ]
    return []
