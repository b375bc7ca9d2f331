"""Ids and names for the patient's sessions, and what a copy keeps and opens up."""

from __future__ import annotations

import pytest

from hamtimer.core import limits
from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session import is_valid_id
from hamtimer.core.session_names import copy_of, free_id, free_name, marked_name, slug
from tests.custom_sessions import builtins


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My knee stretch", "my-knee-stretch"),
        ("Übung für's Knie!", "ubung-fur-s-knie"),
        ("  --Nordic  curls--  ", "nordic-curls"),
        ("日本語", ""),
        ("a" * 60, "a" * 40),
    ],
)
def test_a_name_becomes_a_slug_of_lowercase_letters_digits_and_dashes(
    text: str, expected: str
) -> None:
    assert slug(text) == expected


def test_a_taken_id_gets_the_first_free_number() -> None:
    assert free_id("Bridge hold", {"ice"}) == "bridge-hold"
    assert free_id("Bridge hold", {"bridge-hold", "bridge-hold-2"}) == "bridge-hold-3"


def test_an_id_is_never_longer_than_forty_and_always_valid() -> None:
    long_name = "x" * 39 + "-y"
    taken = {slug(long_name)}
    made = free_id(long_name, taken)
    assert made == "x" * 38 + "-2"
    assert is_valid_id(made) and len(made) <= 40


def test_an_id_whose_file_exists_is_not_used_even_if_no_session_has_it() -> None:
    assert free_id("notes", set(), exists=lambda session_id: session_id == "notes") == "notes-2"


def test_a_name_with_nothing_usable_gets_a_plain_id() -> None:
    assert free_id("日本語", set()) == "my-session"


def test_a_taken_name_is_numbered_inside_its_bracket() -> None:
    assert (
        free_name("Bridge hold (my copy)", {"Bridge hold (my copy)"}) == "Bridge hold (my copy 2)"
    )
    assert free_name("Curls", {"Curls", "Curls 2"}) == "Curls 3"


def test_a_marked_name_fits_the_name_limit_and_is_not_marked_twice() -> None:
    assert marked_name("Bridge hold (my copy 2)", "my copy") == "Bridge hold (my copy)"
    assert len(marked_name("n" * 60, "imported")) == limits.MAX_NAME_CHARS


def test_a_copy_of_bridge_hold_keeps_its_phases_texts_and_protocol_notes() -> None:
    sessions = builtins()
    bridge = sessions["bridge-hold"]
    copy = copy_of(bridge, set(sessions), {s.name for s in sessions.values()})
    assert (copy.id, copy.name, copy.builtin) == (
        "bridge-hold-copy",
        "Bridge hold (my copy)",
        False,
    )
    assert copy.rep == bridge.rep
    assert (copy.setup, copy.get_ready, copy.done_message) == (
        bridge.setup,
        bridge.get_ready,
        bridge.done_message,
    )
    assert [p.note for p in copy.parameters] == [p.note for p in bridge.parameters]
    assert summary(build_plan(copy)) == summary(build_plan(bridge))


def test_a_copy_is_bound_by_the_apps_limits_not_the_protocols_ranges() -> None:
    sessions = builtins()
    copy = copy_of(sessions["bridge-hold"], set(sessions), set())
    hold, reps = copy.parameter("hold_s"), copy.parameter("reps")
    assert (hold.low, hold.default, hold.high) == (1, 10, limits.MAX_PHASE_SECONDS)
    assert (reps.low, reps.high) == (1, limits.MAX_REPS)
    assert build_plan(copy, {"hold_s": 20})  # the protocol says 10–15; this is the patient's
    ice_copy = copy_of(sessions["ice"], set(sessions), set())
    assert ice_copy.parameter("minutes").high == 60


def test_a_copy_of_a_copy_is_numbered_not_suffixed_twice() -> None:
    sessions = builtins()
    first = copy_of(sessions["bridge-hold"], set(sessions), set())
    second = copy_of(first, {*sessions, first.id}, {first.name})
    assert (second.id, second.name) == ("bridge-hold-copy-2", "Bridge hold (my copy 2)")
