"""A checked draft made into a SessionDefinition.

Each duration and count becomes a setting the home screen shows as a spin box: the
patient's value is its default and the app's whole range its range. A session file holds
at most limits.MAX_PARAMETERS settings, so when there are more, the least likely to be
changed between sessions (the switch of sides, the rest between sets, get ready, the last
phases) stay fixed seconds. A setting carried from the session being edited keeps its name,
label and note ("the protocol holds 10–15 seconds"); a new setting's label is in the
patient's language, like the rest of their session.
"""

from __future__ import annotations

from dataclasses import dataclass

from hamtimer.core import limits
from hamtimer.core.draft_check import DraftError, check_draft, phase_field
from hamtimer.core.i18n import translate
from hamtimer.core.session import (
    UNIT_SECONDS,
    Parameter,
    PhaseKind,
    PhaseTemplate,
    SessionDefinition,
    SessionError,
    SuspendPolicy,
    is_valid_id,
)
from hamtimer.core.session_draft import (
    BETWEEN_SETS,
    GET_READY,
    REPS,
    SETS,
    SWITCH,
    SessionDraft,
    kind_label,
)
from hamtimer.core.session_loader import bad_id

_MIN_UNIT_FROM_S = 10 * 60  # a new duration of whole minutes from 10 min up is set in min


@dataclass(frozen=True)
class _Slot:
    """A number of the draft that may become a setting; lower priority is kept first."""

    key: str
    value: int
    label: str
    name: str
    carried: Parameter | None
    priority: int
    is_count: bool = False
    may_be_zero: bool = False


def draft_to_definition(draft: SessionDraft, session_id: str) -> SessionDefinition:
    """Raises DraftError listing every problem, or SessionError for a bad id."""
    problems = check_draft(draft)
    if problems:
        raise DraftError(problems)
    if not is_valid_id(session_id):
        raise SessionError(bad_id(session_id))
    settings = _settings(_slots(draft))

    def number(key: str, value: int) -> str | int:
        return settings[key].name if key in settings else value

    carried, name = draft.carried, draft.name.strip()
    has_ice = any(phase.kind is PhaseKind.ICE for phase in draft.phases)
    between = draft.between_sets_s if draft.sets > 1 else 0
    return SessionDefinition(
        id=session_id,
        name=name,
        title=draft.title.strip() or name,
        suspend_policy=SuspendPolicy.COUNT if has_ice else SuspendPolicy.PAUSE,
        setup=draft.setup.strip(),
        parameters=tuple(settings.values()),
        get_ready=PhaseTemplate(
            PhaseKind.GET_READY,
            number(GET_READY, draft.get_ready_s),
            draft.get_ready_instruction.strip(),
        ),
        rep=tuple(
            PhaseTemplate(
                phase.kind, number(phase_field(i), phase.seconds), phase.instruction.strip()
            )
            for i, phase in enumerate(draft.phases)
        ),
        reps=number(REPS, draft.reps),
        done_message=draft.done_message.strip(),
        repeat_after_min=carried.repeat_after_min,
        repeat_advice=carried.repeat_advice,
        sets=number(SETS, draft.sets),
        between_sets=PhaseTemplate(
            PhaseKind.REST, number(BETWEEN_SETS, between), carried.between_sets_instruction
        )
        if between
        else None,
        per_side=PhaseTemplate(
            PhaseKind.SWITCH_SIDES, number(SWITCH, draft.switch_s), carried.switch_instruction
        )
        if draft.per_side
        else None,
        illustration=carried.illustration,
    )


def _slots(draft: SessionDraft) -> list[_Slot]:
    """The draft's numbers in the order the home screen shows them."""
    carried = draft.carried.settings
    slots = [
        _Slot(phase_field(i), phase.seconds, kind_label(phase.kind), f"{phase.kind.value}_s",
              phase.setting, priority=2 + i)
        for i, phase in enumerate(draft.phases)
    ]  # fmt: skip
    slots.append(_Slot(REPS, draft.reps, translate("DraftBuild", "Repetitions"), "reps",
                       carried.get(REPS), 0, True))  # fmt: skip
    if draft.sets > 1:
        slots.append(_Slot(SETS, draft.sets, translate("DraftBuild", "Sets"), "sets",
                           carried.get(SETS), 1, True))  # fmt: skip
    if draft.sets > 1 and draft.between_sets_s:
        slots.append(_Slot(BETWEEN_SETS, draft.between_sets_s,
                           translate("DraftBuild", "Rest between sets"), "between_sets_s",
                           carried.get(BETWEEN_SETS), priority=13))  # fmt: skip
    if draft.per_side:
        slots.append(_Slot(SWITCH, draft.switch_s, translate("DraftBuild", "Switch sides"),
                           "switch_s", carried.get(SWITCH), priority=14,
                           may_be_zero=True))  # fmt: skip
    slots.append(_Slot(GET_READY, draft.get_ready_s, translate("DraftBuild", "Get ready"),
                       "get_ready_s", carried.get(GET_READY), priority=12,
                       may_be_zero=True))  # fmt: skip
    return slots


def _settings(slots: list[_Slot]) -> dict[str, Parameter]:
    """Slot key -> its setting, for the most important slots that fit, in slot order."""
    by_priority = sorted(slots, key=lambda slot: slot.priority)
    chosen = {slot.key for slot in by_priority[: limits.MAX_PARAMETERS]}
    names: set[str] = set()
    labels: set[str] = set()
    return {slot.key: _parameter(slot, names, labels) for slot in slots if slot.key in chosen}


def _parameter(slot: _Slot, names: set[str], labels: set[str]) -> Parameter:
    carried = slot.carried
    if carried is not None and (carried.unit == "reps") != slot.is_count:
        carried = None
    unit = _unit(slot, carried)
    scale = UNIT_SECONDS[unit] or 1
    ceiling = limits.MAX_REPS if slot.is_count else limits.MAX_PHASE_SECONDS // scale
    return Parameter(
        name=_unique(carried.name if carried else slot.name, names, "_", 40),
        label=_unique(carried.label if carried else slot.label, labels, " ", limits.MAX_NAME_CHARS),
        unit=unit,
        default=slot.value // scale,
        low=0 if slot.may_be_zero else 1,
        high=ceiling,
        note=carried.note if carried else "",
    )


def _unit(slot: _Slot, carried: Parameter | None) -> str:
    if slot.is_count:
        return "reps"
    whole_minutes = slot.value > 0 and slot.value % 60 == 0
    if carried is not None:
        return "min" if carried.unit == "min" and whole_minutes else "s"
    return "min" if whole_minutes and slot.value >= _MIN_UNIT_FROM_S else "s"


def _unique(wanted: str, used: set[str], separator: str, max_chars: int) -> str:
    """`wanted`, or `wanted` + separator + 2, 3...; recorded in `used`."""
    candidate, number = wanted, 1
    while candidate in used:
        number += 1
        tail = f"{separator}{number}"
        candidate = wanted[: max_chars - len(tail)] + tail
    used.add(candidate)
    return candidate
