"""What the session editor edits: a plain, mutable draft in seconds and counts.

A draft knows nothing of settings, units or file fields; `draft_build` turns it into a
SessionDefinition, checking every field. A draft made from an existing session carries
that session's setting names, labels and notes, and the texts the editor does not show,
so an edit keeps them. A new draft's texts are in the patient's language: the session
will be theirs, in their words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.session import Parameter, PhaseKind, PhaseTemplate, SessionDefinition

# The kinds a patient may put in a rep, in the order the editor offers them.
EDITABLE_KINDS = (PhaseKind.HOLD, PhaseKind.WORK, PhaseKind.STRETCH, PhaseKind.REST, PhaseKind.ICE)
# Marked in English; kind_label and new_phase_instruction give them in the patient's language.
KIND_LABELS = {
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("SessionDraft", "Hold"),
    PhaseKind.WORK: QT_TRANSLATE_NOOP("SessionDraft", "Work"),
    PhaseKind.STRETCH: QT_TRANSLATE_NOOP("SessionDraft", "Stretch"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("SessionDraft", "Rest"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("SessionDraft", "Ice"),
}
NEW_PHASE_INSTRUCTIONS = {
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("SessionDraft", "Hold the position without pain."),
    PhaseKind.WORK: QT_TRANSLATE_NOOP("SessionDraft", "One slow, controlled movement."),
    PhaseKind.STRETCH: QT_TRANSLATE_NOOP("SessionDraft", "Stretch gently; never into pain."),
    PhaseKind.REST: QT_TRANSLATE_NOOP("SessionDraft", "Rest."),
    PhaseKind.ICE: QT_TRANSLATE_NOOP(
        "SessionDraft", "Keep the towel-wrapped ice pack on the sore spot."
    ),
}
NEW_PHASE_SECONDS = {PhaseKind.REST: 30, PhaseKind.ICE: 15 * 60}


def kind_label(kind: PhaseKind) -> str:
    """'Hold', 'Rest'...: an editable kind's name in the patient's language."""
    return translate("SessionDraft", KIND_LABELS[kind])


def new_phase_instruction(kind: PhaseKind) -> str:
    """The instruction a new phase of `kind` starts with, in the patient's language."""
    return translate("SessionDraft", NEW_PHASE_INSTRUCTIONS[kind])


# Slots of a session that are not phases of the rep: the keys of Carried.settings.
GET_READY, REPS, SETS, BETWEEN_SETS, SWITCH = "get_ready", "reps", "sets", "between_sets", "switch"


@dataclass
class DraftPhase:
    kind: PhaseKind
    seconds: int
    instruction: str
    setting: Parameter | None = None  # the setting it came from, for its name, label and note

    @classmethod
    def new(cls, kind: PhaseKind) -> DraftPhase:
        return cls(kind, NEW_PHASE_SECONDS.get(kind, 10), new_phase_instruction(kind))


@dataclass(frozen=True)
class Carried:
    """What an edit keeps, unchanged, from the session it started from."""

    settings: Mapping[str, Parameter] = field(default_factory=dict)  # slot -> its setting
    between_sets_instruction: str = field(
        default_factory=lambda: translate("SessionDraft", "Rest before the next set.")
    )
    switch_instruction: str = field(
        default_factory=lambda: translate("SessionDraft", "Switch to the other leg.")
    )
    repeat_after_min: int | None = None
    repeat_advice: str = ""
    illustration: str | None = None


def _new_phases() -> list[DraftPhase]:
    return [DraftPhase.new(PhaseKind.HOLD), DraftPhase.new(PhaseKind.REST)]


@dataclass
class SessionDraft:
    name: str = ""
    title: str = ""  # optional: the name is used when it is left empty
    setup: str = ""
    get_ready_s: int = 10
    get_ready_instruction: str = field(
        default_factory=lambda: translate("SessionDraft", "Get into position.")
    )
    phases: list[DraftPhase] = field(default_factory=_new_phases)
    reps: int = 3
    sets: int = 1
    between_sets_s: int = 60  # used only with more than one set; 0: no rest
    per_side: bool = False
    switch_s: int = 10
    done_message: str = field(default_factory=lambda: translate("SessionDraft", "Done. Well done!"))
    carried: Carried = field(default_factory=Carried)


def draft_from_definition(definition: SessionDefinition) -> SessionDraft:
    """The draft of an existing session, with its default values as the draft's values."""
    values = definition.defaults()

    def seconds(template: PhaseTemplate | None) -> int:
        return 0 if template is None else definition.seconds(template.duration, values)

    return SessionDraft(
        name=definition.name,
        title=definition.title,
        setup=definition.setup,
        get_ready_s=seconds(definition.get_ready),
        get_ready_instruction=definition.get_ready.instruction,
        phases=[
            DraftPhase(t.kind, seconds(t), t.instruction, _setting(definition, t.duration))
            for t in definition.rep
        ],
        reps=definition.rep_count(values),
        sets=definition.set_count(values),
        between_sets_s=seconds(definition.between_sets) if definition.between_sets else 0,
        per_side=definition.per_side is not None,
        switch_s=seconds(definition.per_side) if definition.per_side else 10,
        done_message=definition.done_message,
        carried=_carried(definition),
    )


def _carried(definition: SessionDefinition) -> Carried:
    slots = {
        GET_READY: definition.get_ready.duration,
        REPS: definition.reps,
        SETS: definition.sets,
        BETWEEN_SETS: definition.between_sets.duration if definition.between_sets else 0,
        SWITCH: definition.per_side.duration if definition.per_side else 0,
    }
    settings = {slot: _setting(definition, value) for slot, value in slots.items()}
    defaults = Carried()
    return Carried(
        settings={slot: setting for slot, setting in settings.items() if setting is not None},
        between_sets_instruction=(
            definition.between_sets.instruction
            if definition.between_sets
            else defaults.between_sets_instruction
        ),
        switch_instruction=(
            definition.per_side.instruction if definition.per_side else defaults.switch_instruction
        ),
        repeat_after_min=definition.repeat_after_min,
        repeat_advice=definition.repeat_advice,
        illustration=definition.illustration,
    )


def _setting(definition: SessionDefinition, duration: str | int) -> Parameter | None:
    return definition.parameter(duration) if isinstance(duration, str) else None
