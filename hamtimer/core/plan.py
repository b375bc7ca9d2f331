"""A session definition with the patient's values, expanded into a timeline of phases."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from hamtimer.core import limits
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_number, plural, translate
from hamtimer.core.session import PhaseKind, PhaseTemplate, SessionDefinition, SessionError


@dataclass(frozen=True)
class Phase:
    index: int
    kind: PhaseKind
    start_s: float  # offset from the start of the session
    duration_s: float
    instruction: str
    rep: int | None  # 1-based across the whole session; None for get ready
    rep_in_set: int | None = None  # 1-based within its set
    set_number: int | None = None  # 1-based; None for get ready and switching sides
    side: str | None = None  # "left" or "right" for sessions done on each leg

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s


@dataclass(frozen=True)
class SessionPlan:
    definition: SessionDefinition
    values: Mapping[str, int]
    phases: tuple[Phase, ...]
    reps: int  # repetitions in the whole session: reps per set × sets × sides
    reps_per_set: int
    sets: int
    _starts: tuple[float, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.start_s for p in self.phases))

    @property
    def total_s(self) -> float:
        return self.phases[-1].end_s

    @property
    def planned_active_s(self) -> float:
        return sum(p.duration_s for p in self.phases if p.kind.is_active)

    def phase_at(self, position_s: float) -> Phase:
        """The phase being lived at a position; the last phase at or past the end."""
        index = bisect_right(self._starts, position_s) - 1
        return self.phases[min(max(index, 0), len(self.phases) - 1)]


@dataclass(frozen=True)
class _Slot:
    """A phase template placed in the session, before its start time is known."""

    template: PhaseTemplate
    rep: int | None = None
    rep_in_set: int | None = None
    set_number: int | None = None
    side: str | None = None


def build_plan(
    definition: SessionDefinition, choices: Mapping[str, int] | None = None
) -> SessionPlan:
    """Expand get ready, then for each side its sets of reps; the rest after a set's last
    active phase gives way to the rest between sets, a switch of sides, or the end."""
    values = definition.choose(choices)
    reps, sets = definition.rep_count(values), definition.set_count(values)
    if reps * sets * len(definition.sides) * len(definition.rep) > limits.MAX_PLAN_PHASES:
        raise SessionError(
            translate(
                "Plan",
                "{name}: {reps} reps × {sets} sets is more than a session can hold "
                "(at most {most} phases)",
            ).format(
                name=definition.name,
                reps=reps,
                sets=sets,
                most=limits.MAX_PLAN_PHASES,
            )
        )
    slots = [_Slot(definition.get_ready), *_side_slots(definition, reps, sets)]
    phases: list[Phase] = []
    start = 0.0
    for slot in slots:
        duration = float(definition.seconds(slot.template.duration, values))
        if duration <= 0:
            continue
        template = slot.template
        phases.append(
            Phase(len(phases), template.kind, start, duration, template.instruction, slot.rep,
                  slot.rep_in_set, slot.set_number, slot.side)
        )  # fmt: skip
        start += duration
    if start > limits.MAX_SESSION_SECONDS:
        raise SessionError(
            translate(
                "Plan",
                "{name}: these choices make a session of {length}; a session may last at "
                "most {most}",
            ).format(
                name=definition.name,
                length=format_duration(start),
                most=format_duration(limits.MAX_SESSION_SECONDS),
            )
        )
    total_reps = reps * sets * len(definition.sides)
    return SessionPlan(definition, dict(values), tuple(phases), total_reps, reps, sets)


def _side_slots(definition: SessionDefinition, reps: int, sets: int) -> list[_Slot]:
    slots: list[_Slot] = []
    rep = 0
    for side_index, side in enumerate(definition.sides):
        if side_index and definition.per_side:
            slots.append(_Slot(definition.per_side, side=side))
        for set_number in range(1, sets + 1):
            if set_number > 1 and definition.between_sets:
                slots.append(_Slot(definition.between_sets, rep, None, set_number, side))
            for rep_in_set in range(1, reps + 1):
                rep += 1
                slots.extend(
                    _Slot(template, rep, rep_in_set, set_number, side)
                    for template in definition.rep
                )
            while not slots[-1].template.kind.is_active:
                slots.pop()
    return slots


def describe_rep(plan: SessionPlan, phase: Phase) -> str:
    """'Rep 2 of 3'; 'Left leg · set 1 of 2 · rep 3 of 5' when there are sets or sides."""
    if phase.kind is PhaseKind.SWITCH_SIDES:
        return _next_side(phase.side)
    if phase.rep is None:
        return plural(
            plan.reps, translate("Plan", "{n} rep ahead"), translate("Plan", "{n} reps ahead")
        )
    if plan.sets == 1 and phase.side is None:
        return translate("Plan", "Rep {rep} of {reps}").format(
            rep=format_number(phase.rep), reps=format_number(plan.reps)
        )
    return _rep_line_template(phase.side, plan.sets > 1).format(
        set=format_number(phase.set_number or 0),
        sets=format_number(plan.sets),
        rep=format_number(phase.rep_in_set or 0),
        reps=format_number(plan.reps_per_set),
    )


def _next_side(side: str | None) -> str:
    if side == "left":
        return translate("Plan", "Next: left leg")
    if side == "right":
        return translate("Plan", "Next: right leg")
    return translate("Plan", "Switch sides")


def _rep_line_template(side: str | None, has_sets: bool) -> str:
    """A whole line per case, so that each language can order it its own way."""
    if side == "left":
        if has_sets:
            return translate("Plan", "Left leg · set {set} of {sets} · rep {rep} of {reps}")
        return translate("Plan", "Left leg · rep {rep} of {reps}")
    if side == "right":
        if has_sets:
            return translate("Plan", "Right leg · set {set} of {sets} · rep {rep} of {reps}")
        return translate("Plan", "Right leg · rep {rep} of {reps}")
    return translate("Plan", "Set {set} of {sets} · rep {rep} of {reps}")


def format_duration(seconds: float) -> str:
    """Short human duration: '10 s', '15 min', '1 min 30 s'."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        template = translate("Plan", "{minutes} min {seconds} s")
    elif minutes:
        template = translate("Plan", "{minutes} min")
    else:
        template = translate("Plan", "{seconds} s")
    return template.format(minutes=format_number(minutes), seconds=format_number(secs))


# A phase's time in the session list's line, by kind; translated where shown.
PHASE_TIMES = {
    PhaseKind.GET_READY: QT_TRANSLATE_NOOP("Plan", "{duration} get ready"),
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("Plan", "{duration} hold"),
    PhaseKind.REST: QT_TRANSLATE_NOOP("Plan", "{duration} rest"),
    PhaseKind.ICE: QT_TRANSLATE_NOOP("Plan", "{duration} ice"),
    PhaseKind.SWITCH_SIDES: QT_TRANSLATE_NOOP("Plan", "{duration} switch sides"),
    PhaseKind.WORK: QT_TRANSLATE_NOOP("Plan", "{duration} work"),
    PhaseKind.STRETCH: QT_TRANSLATE_NOOP("Plan", "{duration} stretch"),
}


def summary(plan: SessionPlan) -> str:
    """One line for the session list: '3 × 10 s hold · 30 s rest', '15 min ice'."""
    parts: list[str] = []
    for template in plan.definition.rep:
        seconds = plan.definition.seconds(template.duration, plan.values)
        if seconds:
            words = translate("Plan", PHASE_TIMES[template.kind])
            parts.append(words.format(duration=format_duration(seconds)))
    if plan.reps_per_set > 1 and parts:
        parts[0] = translate("Plan", "{reps} × {phase}").format(
            reps=format_number(plan.reps_per_set), phase=parts[0]
        )
    if plan.sets > 1:
        parts[0] = plural(
            plan.sets,
            translate("Plan", "{n} set of {phases}"),
            translate("Plan", "{n} sets of {phases}"),
            phases=parts[0],
        )
    if plan.definition.per_side:
        parts.append(translate("Plan", "each leg"))
    return " · ".join(parts)
