"""The built-in sessions: every protocol exercise, in the protocol's words and numbers."""

from __future__ import annotations

import re

import pytest

from hamtimer.core.catalog import PROTOCOL_ORDER, in_protocol_order
from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session import PhaseKind, SessionDefinition, SuspendPolicy
from hamtimer.core.session_loader import check_protocol, load_builtin_sessions, parse_definition
from hamtimer.resources import resource_path

BUILTINS = load_builtin_sessions(resource_path("sessions"))
NEW_EXERCISES = (
    "windmill",
    "gentle-stretch",
    "nordic-curl",
    "banded-flexion",
    "squat",
    "hamstring-curl",
)
PER_SIDE = ("windmill", "gentle-stretch", "banded-flexion", "hamstring-curl")
# Every number PROTOCOL.md gives; the built-ins' texts may quote these and no others.
PROTOCOL_NUMBERS = {"48", "15–20", "10–15", "2–3", "1–2", "4–6", "2–6"}


def texts(definition: SessionDefinition) -> list[str]:
    phases = [definition.get_ready, *definition.rep, definition.between_sets, definition.per_side]
    return [
        definition.name,
        definition.title,
        definition.setup,
        definition.done_message,
        definition.repeat_advice,
        *(phase.instruction for phase in phases if phase is not None),
    ]


def test_every_protocol_exercise_is_a_builtin_in_the_protocols_order() -> None:
    assert set(BUILTINS) == set(PROTOCOL_ORDER)
    assert [d.id for d in in_protocol_order(BUILTINS)] == list(PROTOCOL_ORDER)


@pytest.mark.parametrize("session_id", PROTOCOL_ORDER)
def test_a_builtin_passes_the_protocol_check_and_plans_with_its_defaults(session_id: str) -> None:
    definition = BUILTINS[session_id]
    check_protocol(definition)
    assert definition.builtin
    assert definition.illustration == f"{session_id}.svg"
    assert build_plan(definition).total_s > 0


@pytest.mark.parametrize("session_id", PROTOCOL_ORDER)
def test_a_builtin_quotes_no_number_the_protocol_does_not_give(session_id: str) -> None:
    for text in texts(BUILTINS[session_id]):
        numbers = set(re.findall(r"\d+(?:–\d+)?", text))
        assert numbers <= PROTOCOL_NUMBERS, f"{session_id}: {text!r}"


@pytest.mark.parametrize("session_id", NEW_EXERCISES)
def test_every_setting_of_a_new_exercise_is_marked_as_hamtimers_own_choice(
    session_id: str,
) -> None:
    for parameter in BUILTINS[session_id].parameters:
        assert "hamtimer's default" in parameter.note, parameter.name
        assert "the protocol gives no number" in parameter.note, parameter.name
        assert parameter.low <= parameter.default <= parameter.high


@pytest.mark.parametrize("session_id", NEW_EXERCISES)
def test_a_new_exercise_pauses_on_suspend_and_says_when_to_stop(session_id: str) -> None:
    definition = BUILTINS[session_id]
    assert definition.suspend_policy is SuspendPolicy.PAUSE
    assert "pain" in definition.setup
    assert definition.done_message and definition.repeat_advice


@pytest.mark.parametrize("session_id", PER_SIDE)
def test_a_one_leg_exercise_switches_sides_once_between_the_legs(session_id: str) -> None:
    plan = build_plan(BUILTINS[session_id])
    sides = [phase.side for phase in plan.phases if phase.kind.is_active]
    switch = [i for i, phase in enumerate(plan.phases) if phase.kind is PhaseKind.SWITCH_SIDES]
    assert len(switch) == 1
    assert {p.side for p in plan.phases[1 : switch[0]]} == {"left"}
    assert {p.side for p in plan.phases[switch[0] :]} == {"right"}
    assert sides.count("left") == sides.count("right") == plan.reps // 2


def test_the_windmill_is_five_slow_reaches_on_each_leg() -> None:
    plan = build_plan(BUILTINS["windmill"])
    assert summary(plan) == "5 × 6 s work · 4 s rest · each leg"
    kinds = [phase.kind for phase in plan.phases]
    assert kinds[10] is PhaseKind.SWITCH_SIDES  # get ready, then 5 reaches with 4 rests
    assert plan.phases[10].instruction == "Switch legs: now stand on your right leg."
    assert "reaching toward your foot" in plan.phases[1].instruction


def test_the_gentle_stretch_never_bounces_and_stops_well_before_pain() -> None:
    definition = BUILTINS["gentle-stretch"]
    stretch = next(p for p in definition.rep if p.kind is PhaseKind.STRETCH)
    assert "no bouncing" in stretch.instruction
    assert "stop well before any pain" in stretch.instruction
    assert "no overstretching early" in definition.setup
    held = definition.parameter("stretch_s")
    assert (held.default, held.low, held.high) == (20, 15, 30)


def test_resistance_work_waits_for_no_pain_and_squats_and_curls_for_4_to_6_weeks() -> None:
    for session_id in ("nordic-curl", "banded-flexion"):
        assert "only once you are pain-free" in BUILTINS[session_id].setup
    for session_id in ("squat", "hamstring-curl"):
        assert "around 4–6 weeks into rehab" in BUILTINS[session_id].setup
        assert "if you are feeling good" in BUILTINS[session_id].setup


def test_the_bridge_and_ice_keep_the_protocols_numbers() -> None:
    assert summary(build_plan(BUILTINS["bridge-hold"])) == "3 × 10 s hold · 30 s rest"
    assert summary(build_plan(BUILTINS["ice"])) == "15 min ice"
    assert BUILTINS["ice"].suspend_policy is SuspendPolicy.COUNT


def test_the_patients_own_sessions_follow_the_builtins_by_name() -> None:
    def own(session_id: str, name: str) -> SessionDefinition:
        return parse_definition(
            {
                "schema_version": 1,
                "id": session_id,
                "name": name,
                "title": name,
                "suspend_policy": "pause",
                "setup": "Mine.",
                "parameters": [
                    {"name": "s", "label": "S", "unit": "s", "default": 5, "min": 1, "max": 9}
                ],
                "get_ready": {"duration": 5, "instruction": "Ready."},
                "rep": [{"phase": "hold", "duration": "s", "instruction": "Hold."}],
                "reps": 1,
                "done_message": "Done.",
            }
        )

    sessions = {"squat": own("squat", "A squat of mine"), "zz": own("zz", "Calf raise")}
    sessions |= {"ice": BUILTINS["ice"], "windmill": BUILTINS["windmill"]}
    order = [(d.id, d.builtin) for d in in_protocol_order(sessions)]
    assert order == [("ice", True), ("windmill", True), ("squat", False), ("zz", False)]
