"""A session definition with the patient's values, expanded into a timeline of phases."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from hamtimer.core.session import PhaseKind, PhaseTemplate, SessionDefinition


@dataclass(frozen=True)
class Phase:
    index: int
    kind: PhaseKind
    start_s: float  # offset from the start of the session
    duration_s: float
    instruction: str
    rep: int | None  # 1-based; None for get ready

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s


@dataclass(frozen=True)
class SessionPlan:
    definition: SessionDefinition
    values: Mapping[str, int]
    phases: tuple[Phase, ...]
    reps: int
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


def build_plan(
    definition: SessionDefinition, choices: Mapping[str, int] | None = None
) -> SessionPlan:
    """Expand get ready + reps × rep phases; the rest after the last hold is dropped."""
    values = definition.choose(choices)
    reps = definition.rep_count(values)
    templates: list[tuple[PhaseTemplate, int | None]] = [(definition.get_ready, None)]
    for rep in range(1, reps + 1):
        templates.extend((template, rep) for template in definition.rep)
    while not templates[-1][0].kind.is_active:
        templates.pop()
    phases: list[Phase] = []
    start = 0.0
    for template, rep_number in templates:
        duration = float(definition.seconds(template.duration, values))
        if duration <= 0:
            continue
        phases.append(
            Phase(len(phases), template.kind, start, duration, template.instruction, rep_number)
        )
        start += duration
    return SessionPlan(definition, dict(values), tuple(phases), reps)


def format_duration(seconds: float) -> str:
    """Short human duration: '10 s', '15 min', '1 min 30 s'."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    return f"{minutes} min" if minutes else f"{secs} s"


def summary(plan: SessionPlan) -> str:
    """One line for the session list: '3 × 10 s hold · 30 s rest', '15 min ice'."""
    parts: list[str] = []
    for template in plan.definition.rep:
        seconds = plan.definition.seconds(template.duration, plan.values)
        if seconds:
            parts.append(f"{format_duration(seconds)} {template.kind.value.replace('_', ' ')}")
    if plan.reps > 1 and parts:
        parts[0] = f"{plan.reps} × {parts[0]}"
    return " · ".join(parts)
