"""The editor's draft: each limit refused with its message, a valid one made into a session
that builds a plan and runs to the end, and an edit that keeps what it does not show."""

from __future__ import annotations

import itertools

import pytest

from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.draft_check import (
    DraftError,
    check_draft,
    draft_length_s,
    format_length,
)
from hamtimer.core.plan import build_plan, summary
from hamtimer.core.records import Outcome
from hamtimer.core.session import PhaseKind, SuspendPolicy
from hamtimer.core.session_draft import DraftPhase, SessionDraft, draft_from_definition
from hamtimer.core.session_json import encode_definition
from hamtimer.core.session_names import copy_of
from tests.custom_sessions import builtins, per_side_draft, run_to_end


def messages(draft: SessionDraft) -> dict[str, str]:
    return {problem.field: problem.message for problem in check_draft(draft)}


def hold(seconds: int, instruction: str = "Hold.") -> DraftPhase:
    return DraftPhase(PhaseKind.HOLD, seconds, instruction)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"phases": [hold(0)]}, "phase 0", "Hold: 0 s is too short; a phase lasts 1 s to 60 min"),
        ({"phases": [hold(3601)]}, "phase 0", "Hold: 3601 s is too long; a phase lasts 1 s"),
        ({"phases": [hold(10, "  ")]}, "phase 0", "Hold: say what to do"),
        ({"phases": []}, "phases", "Phases: a rep has 1 to 10 phases"),
        ({"phases": [hold(1)] * 11}, "phases", "Phases: a rep has 1 to 10 phases"),
        ({"phases": [DraftPhase(PhaseKind.REST, 5, "Rest.")]}, "phases",
         "Phases: a rep needs a hold, work, stretch or ice phase"),
        ({"phases": [DraftPhase(PhaseKind.SWITCH_SIDES, 5, "Swap.")]}, "phase 0",
         "Phase 1: Switch sides cannot be part of a rep; it is set for the session"),
        ({"reps": 51}, "reps", "Reps: at most 50"),
        ({"reps": 0}, "reps", "Reps: at least 1"),
        ({"sets": 51}, "sets", "Sets: at most 50"),
        ({"get_ready_s": -1}, "get_ready", "Get ready: -1 s is outside 0 s to 60 min (0 s: none)"),
        ({"between_sets_s": 4000}, "between_sets", "Rest between sets: 4000 s is outside"),
        ({"switch_s": 3601}, "switch", "Switch sides: 3601 s is outside 0 s to 60 min"),
        ({"name": " "}, "name", "Name: give the session a name"),
        ({"name": "n" * 61}, "name", "Name: at most 60 characters, not 61"),
        ({"setup": ""}, "setup", "Instructions: say how to start"),
        ({"setup": "s" * 1001}, "setup", "Instructions: at most 1000 characters, not 1001"),
        ({"title": "t" * 1001}, "title", "Title: at most 1000 characters"),
        ({"done_message": ""}, "done_message", "Done message: say how it ends"),
        ({"get_ready_instruction": ""}, "get_ready", "Get ready: say what to do while"),
    ],
)  # fmt: skip
def test_each_limit_is_refused_beside_its_field_with_a_plain_message(
    change: dict[str, object], field: str, message: str
) -> None:
    found = messages(per_side_draft(**change))
    assert found[field].startswith(message)
    with pytest.raises(DraftError) as caught:
        draft_to_definition(per_side_draft(**change), "windmill")
    assert message in str(caught.value)


def test_a_session_over_four_hours_is_refused_with_its_length() -> None:
    draft = per_side_draft(phases=[hold(3600)], reps=2, sets=1, switch_s=600)
    assert messages(draft) == {"length": "The session would last 4 h 10 min 5 s; at most 4 h"}


def test_a_session_of_more_than_a_thousand_phases_is_refused_with_the_count() -> None:
    draft = per_side_draft(phases=[hold(1), hold(1)], reps=50, sets=6)
    assert messages(draft)["length"].startswith("The session would have 1200 phases; at most 1000")


def test_field_problems_come_before_the_length_so_each_is_fixed_in_turn() -> None:
    draft = per_side_draft(phases=[hold(3600)], reps=51, sets=50)
    assert set(messages(draft)) == {"reps"}


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0 s"), (45, "45 s"), (220, "3 min 40 s"), (3600, "1 h"), (18600, "5 h 10 min")],
)
def test_lengths_read_as_hours_minutes_and_seconds(seconds: int, shown: str) -> None:
    assert format_length(seconds) == shown


def test_the_drafts_length_is_exactly_the_plans_for_every_shape() -> None:
    shapes = itertools.product((1, 3), (1, 2), (False, True), (0, 20), ("hold-rest", "rest-hold"))
    for reps, sets, per_side, between_s, order in shapes:
        phases = [hold(7), DraftPhase(PhaseKind.REST, 4, "Rest.")]
        draft = per_side_draft(reps=reps, sets=sets, per_side=per_side, between_sets_s=between_s,
                               phases=phases if order == "hold-rest" else phases[::-1])  # fmt: skip
        plan = build_plan(draft_to_definition(draft, "shape"))
        assert draft_length_s(draft) == plan.total_s, (reps, sets, per_side, between_s, order)


def test_a_valid_per_side_draft_builds_a_plan_and_runs_to_a_completed_record() -> None:
    definition = draft_to_definition(per_side_draft(), "windmill")
    plan = build_plan(definition)
    assert summary(plan) == "2 sets of 3 × 6 s work · 4 s rest · each leg"
    assert plan.total_s == 5 + 2 * (2 * (3 * 10 - 4) + 20) + 8
    encode_definition(definition)  # it can be written and read back
    record = run_to_end(definition)
    assert record.outcome is Outcome.COMPLETED
    assert (record.session_id, record.reps_completed, record.reps_planned) == ("windmill", 12, 12)
    assert record.actual_active_s == 12 * 6


def test_every_number_becomes_a_setting_with_the_patients_value_and_the_apps_range() -> None:
    definition = draft_to_definition(per_side_draft(), "windmill")
    settings = {p.name: (p.label, p.default, p.low, p.high, p.unit) for p in definition.parameters}
    assert settings == {
        "work_s": ("Work", 6, 1, 3600, "s"),
        "rest_s": ("Rest", 4, 1, 3600, "s"),
        "reps": ("Repetitions", 3, 1, 50, "reps"),
        "sets": ("Sets", 2, 1, 50, "reps"),
        "between_sets_s": ("Rest between sets", 20, 1, 3600, "s"),
        "switch_s": ("Switch sides", 8, 0, 3600, "s"),
        "get_ready_s": ("Get ready", 5, 0, 3600, "s"),
    }
    assert build_plan(definition, {"work_s": 30}).phases[1].duration_s == 30


def test_beyond_eight_settings_the_last_phases_stay_fixed_seconds() -> None:
    phases = [hold(5 + i) for i in range(10)]
    definition = draft_to_definition(per_side_draft(phases=phases), "many")
    assert len(definition.parameters) == 8
    assert [p.label for p in definition.parameters][:3] == ["Hold", "Hold 2", "Hold 3"]
    assert {"reps", "sets"} <= {p.name for p in definition.parameters}
    assert definition.rep[-1].duration == 14
    assert definition.get_ready.duration == 5


def test_a_long_new_phase_of_whole_minutes_is_set_in_minutes_and_ice_counts_through_sleep() -> None:
    ice = DraftPhase(PhaseKind.ICE, 20 * 60, "Ice, wrapped in a towel.")
    definition = draft_to_definition(per_side_draft(phases=[ice], per_side=False), "knee-ice")
    setting = definition.parameter("ice_s")
    assert (setting.unit, setting.default, setting.high) == ("min", 20, 60)
    assert definition.suspend_policy is SuspendPolicy.COUNT
    assert draft_to_definition(per_side_draft(), "w").suspend_policy is SuspendPolicy.PAUSE


def test_an_empty_title_is_the_name_and_one_set_has_no_rest_between_sets() -> None:
    definition = draft_to_definition(per_side_draft(title=" ", sets=1), "windmill")
    assert definition.title == "Hinge"
    assert (definition.sets, definition.between_sets) == (1, None)


def test_editing_a_copy_of_bridge_hold_keeps_its_setting_names_labels_and_notes() -> None:
    sessions = builtins()
    copy = copy_of(sessions["bridge-hold"], set(sessions), set())
    draft = draft_from_definition(copy)
    assert [(p.kind, p.seconds) for p in draft.phases] == [
        (PhaseKind.HOLD, 10),
        (PhaseKind.REST, 30),
    ]
    draft.phases[0].seconds = 20
    edited = draft_to_definition(draft, copy.id)
    assert {p.name: (p.label, p.note) for p in edited.parameters} == {
        p.name: (p.label, p.note) for p in copy.parameters
    }
    assert edited.parameter("hold_s").default == 20
    assert (edited.setup, edited.done_message, edited.repeat_advice) == (
        copy.setup,
        copy.done_message,
        copy.repeat_advice,
    )
    assert summary(build_plan(edited)) == "3 × 20 s hold · 30 s rest"


def test_editing_a_copy_of_ice_keeps_minutes_and_its_repeat_advice() -> None:
    sessions = builtins()
    copy = copy_of(sessions["ice"], set(sessions), set())
    edited = draft_to_definition(draft_from_definition(copy), copy.id)
    assert edited.parameter("minutes").unit == "min"
    assert (edited.repeat_after_min, edited.suspend_policy) == (120, SuspendPolicy.COUNT)
    assert summary(build_plan(edited)) == "15 min ice"


def test_a_draft_read_back_from_its_session_is_the_same_draft() -> None:
    definition = draft_to_definition(per_side_draft(), "windmill")
    again = draft_from_definition(definition)
    assert draft_to_definition(again, "windmill") == definition
    assert [(p.kind, p.seconds, p.instruction) for p in again.phases] == [
        (p.kind, p.seconds, p.instruction) for p in per_side_draft().phases
    ]
