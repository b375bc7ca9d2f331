"""The voice lines: which are said for each moment of a session, and that they are data."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from hamtimer.core import voice_lines as voice
from hamtimer.core.clock import FakeClock
from hamtimer.core.events import CountdownTick, Finished, PhaseStarted
from hamtimer.core.plan import Phase, build_plan
from hamtimer.core.session import PhaseKind
from hamtimer.core.voice_lines import VoiceLine

from .helpers import builtin, started_engine


def spoken(session_id: str, choices: Mapping[str, int] | None = None) -> list[str]:
    """Run a built-in session second by second; the English of every line said, in order."""
    clock = FakeClock()
    engine = started_engine(session_id, clock, choices)
    said: list[VoiceLine] = []
    previous: Phase | None = None
    for _second in range(100_000):
        for event in engine.poll():
            if isinstance(event, PhaseStarted):
                said += voice.phase_lines(event.phase, previous, engine.plan.reps)
                previous = event.phase
            elif isinstance(event, CountdownTick):
                said += voice.countdown_lines(event.phase, event.seconds_left)
            elif isinstance(event, Finished):
                return [line.spoken() for line in (*said, *voice.done_lines(previous))]
        clock.advance(1.0)
    raise AssertionError("the session did not finish")


def test_a_bridge_hold_is_said_rep_by_rep_with_the_last_three_seconds_counted() -> None:
    said = spoken("bridge-hold", {"reps": 2, "hold_s": 10, "rest_s": 15, "get_ready_s": 5})
    assert said == [
        "Get ready", "Three", "Two", "One",
        "Rep 1", "Hold", "Three", "Two", "One",
        "Rest", "Three", "Two", "One",
        "Rep 2", "Hold", "Three", "Two", "One",
        "All done",
    ]  # fmt: skip


def test_ice_is_put_on_and_taken_off_with_no_rep_number() -> None:
    said = spoken("ice")
    assert said[:5] == ["Get ready", "Three", "Two", "One", "Ice on"]
    assert said[-4:] == ["Three", "Two", "One", "Ice off"]


def test_sets_rest_between_them_and_the_rep_count_starts_again_in_each_set() -> None:
    choices = {"reps": 2, "sets": 2, "lower_s": 5, "rest_s": 15, "between_sets_s": 60}
    said = spoken("nordic-curl", choices)
    first_set_end = said.index("Rest between sets")
    assert [text for text in said[:first_set_end] if text.startswith("Rep")] == ["Rep 1", "Rep 2"]
    assert [text for text in said[first_set_end:] if text.startswith("Rep")] == ["Rep 1", "Rep 2"]
    assert said[first_set_end + 4 : first_set_end + 6] == ["Rep 1", "Go"]


def test_legs_are_switched_and_each_leg_counts_its_own_reps() -> None:
    said = spoken("windmill", {"reps": 3})
    switch = said.index("Switch legs")
    assert said[switch + 4] == "Rep 1"
    assert said.count("Rep 3") == 2


def test_short_phases_are_not_counted_so_the_rep_line_is_heard_whole() -> None:
    said = spoken("squat", {"reps": 5, "sets": 1, "squat_s": 4, "rest_s": 2})
    reps = said[said.index("Rep 1") :]
    assert reps[:4] == ["Rep 1", "Go", "Rest", "Rep 2"]
    assert "Three" not in reps[:-1]


def phase(kind: PhaseKind, rep: int | None, rep_in_set: int | None = None) -> Phase:
    return Phase(0, kind, 0.0, 10.0, "", rep, rep_in_set or rep, 1 if rep else None)


def test_going_back_to_a_rep_says_its_number_again() -> None:
    rest_after_one = phase(PhaseKind.REST, 1)
    assert voice.phase_lines(phase(PhaseKind.HOLD, 1), rest_after_one, 3) == (voice.HOLD,)
    assert voice.phase_lines(phase(PhaseKind.HOLD, 2), rest_after_one, 3) == (
        voice.rep_line(2),
        voice.HOLD,
    )


def test_a_second_active_phase_of_the_same_rep_is_said_without_its_number() -> None:
    work = phase(PhaseKind.WORK, 4)
    assert voice.phase_lines(phase(PhaseKind.STRETCH, 4), work, 5) == (voice.STRETCH,)


def test_above_the_cap_only_the_phase_is_said() -> None:
    cap = voice.MAX_SPOKEN_REP
    rest = phase(PhaseKind.REST, cap)
    assert voice.phase_lines(phase(PhaseKind.HOLD, cap + 1), rest, 50) == (voice.HOLD,)
    assert voice.rep_line(cap) == VoiceLine(f"rep_{cap:02d}.wav", voice.REP_TEMPLATE, cap)
    assert voice.rep_line(0) is None


def test_every_phase_kind_has_a_line() -> None:
    assert set(voice.PHASE_LINES) == set(PhaseKind)


def test_every_line_has_its_own_file_and_words() -> None:
    files = [line.file_name for line in voice.ALL_LINES]
    assert len(set(files)) == len(files)
    assert all(name.endswith(".wav") and name == name.lower() for name in files)
    words = [line.spoken() for line in voice.ALL_LINES]
    assert len(set(words)) == len(words)


@pytest.mark.parametrize("line", voice.ALL_LINES, ids=lambda line: line.file_name)
def test_every_line_is_short_enough_to_say_within_a_second_or_so(line: VoiceLine) -> None:
    assert len(line.spoken().split()) <= 3


def test_a_rep_line_is_spoken_in_the_words_the_translation_gives() -> None:
    def spanish(context: str, text: str) -> str:
        assert context == voice.VOICE_CONTEXT
        return {"Rep {n}": "Repetición {n}"}.get(text, text)

    assert voice.REP_LINES[6].spoken(spanish) == "Repetición 7"


def test_the_plan_the_lines_assume_gives_the_rest_between_sets_no_rep_in_its_set() -> None:
    plan = build_plan(builtin("nordic-curl"), {"sets": 2})
    between = [p for p in plan.phases if voice.phase_lines(p, None, plan.reps)[-1]
               is voice.REST_BETWEEN_SETS]  # fmt: skip
    assert len(between) == 1 and between[0].set_number == 2
