"""Session definitions: exercises are data (JSON under resources/), validated on load."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from hamtimer.core import limits
from hamtimer.core.i18n import format_number, translate

logger = logging.getLogger(__name__)

SESSION_SCHEMA_VERSION = 2  # 2 added sets, per_side, between_sets, illustration, work, stretch
READABLE_SESSION_VERSIONS = (1, 2)
UNIT_SECONDS = {"s": 1, "min": 60, "reps": 0}


SIDES = ("left", "right")


class SessionError(ValueError):
    """A definition or a choice that cannot be used; the message says where and why."""


class PhaseKind(Enum):
    GET_READY = "get_ready"
    HOLD = "hold"
    REST = "rest"
    ICE = "ice"
    SWITCH_SIDES = "switch_sides"
    WORK = "work"  # one slow, controlled movement: a Nordic lowering, a squat
    STRETCH = "stretch"  # a gentle, held stretch

    @property
    def is_active(self) -> bool:
        """Active phases are the work itself: they count as held time and complete a rep."""
        return self in (PhaseKind.HOLD, PhaseKind.ICE, PhaseKind.WORK, PhaseKind.STRETCH)


class SuspendPolicy(Enum):
    COUNT = "count"  # the ice kept melting while the laptop slept
    PAUSE = "pause"  # nobody held a bridge while the lid was shut


@dataclass(frozen=True)
class Parameter:
    name: str
    label: str
    unit: str
    default: int
    low: int
    high: int
    note: str = ""

    def describe_range(self) -> str:
        """'10–15 s', '15–20 min', '2–3 reps', in the patient's language."""
        return describe_range(self.low, self.high, self.unit)


@dataclass(frozen=True)
class PhaseTemplate:
    kind: PhaseKind
    duration: str | int  # a parameter name, or seconds
    instruction: str


@dataclass(frozen=True)
class SessionDefinition:
    id: str
    name: str
    title: str
    suspend_policy: SuspendPolicy
    setup: str
    parameters: tuple[Parameter, ...]
    get_ready: PhaseTemplate
    rep: tuple[PhaseTemplate, ...]
    reps: str | int
    done_message: str
    repeat_after_min: int | None = None
    repeat_advice: str = ""
    sets: str | int = 1
    between_sets: PhaseTemplate | None = None  # a rest between sets
    per_side: PhaseTemplate | None = None  # a switch-sides phase: every set on each leg
    illustration: str | None = None  # an SVG file name under resources/illustrations
    builtin: bool = False

    @property
    def sides(self) -> tuple[str | None, ...]:
        return SIDES if self.per_side else (None,)

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        raise KeyError(name)

    def defaults(self) -> dict[str, int]:
        return {p.name: p.default for p in self.parameters}

    def choose(self, choices: Mapping[str, int] | None = None) -> dict[str, int]:
        """The defaults overridden by the patient's choices, each checked against its range."""
        values = self.defaults()
        for name, value in (choices or {}).items():
            try:
                parameter = self.parameter(name)
            except KeyError:
                raise SessionError(
                    translate("Session", "{session}: there is no setting called {setting}").format(
                        session=self.name, setting=repr(name)
                    )
                ) from None
            if isinstance(value, bool) or not isinstance(value, int):
                raise SessionError(
                    translate("Session", "{session}: {setting} must be a whole number").format(
                        session=self.name, setting=parameter.label
                    )
                )
            if not parameter.low <= value <= parameter.high:
                raise SessionError(_out_of_range(self.name, parameter, value))
            values[name] = value
        return values

    def seconds(self, duration: str | int, values: Mapping[str, int]) -> int:
        if isinstance(duration, int):
            return duration
        return values[duration] * UNIT_SECONDS[self.parameter(duration).unit]

    def rep_count(self, values: Mapping[str, int]) -> int:
        """Repetitions in one set."""
        return self.reps if isinstance(self.reps, int) else values[self.reps]

    def set_count(self, values: Mapping[str, int]) -> int:
        return self.sets if isinstance(self.sets, int) else values[self.sets]


def describe_range(low: float, high: float, unit: str) -> str:
    """'10–15 s': a range in one of UNIT_SECONDS' units, in the patient's language."""
    if unit == "s":
        template = translate("Session", "{low}–{high} s")
    elif unit == "min":
        template = translate("Session", "{low}–{high} min")
    elif unit == "reps":
        template = translate("Session", "{low}–{high} reps")
    else:
        template = "{low}–{high} " + unit  # no other unit loads; a fallback, not text
    return template.format(low=_number(low), high=_number(high))


def _number(value: float) -> str:
    """A whole number plainly, otherwise with the decimals it needs (at most two)."""
    if float(value).is_integer():
        return format_number(value)
    return format_number(value, 2).rstrip("0")


def _out_of_range(session: str, parameter: Parameter, value: int) -> str:
    if parameter.note:
        template = translate(
            "Session", "{session}: {setting} must be {range} ({note}); {value} was chosen"
        )
    else:
        template = translate("Session", "{session}: {setting} must be {range}; {value} was chosen")
    return template.format(
        session=session,
        setting=parameter.label,
        range=parameter.describe_range(),
        note=parameter.note,
        value=format_number(value),
    )


def is_valid_id(text: str) -> bool:
    return re.fullmatch(limits.SESSION_ID_PATTERN, text) is not None
