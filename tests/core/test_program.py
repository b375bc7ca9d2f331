"""The program's stage rules, judged against fixed dates and ratings."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from hamtimer.core.journal import PainContext, pain
from hamtimer.core.program import Program, load_program
from hamtimer.core.records import Outcome
from hamtimer.resources import resource_path
from tests.records import CET, a_session

ONSET = date(2026, 11, 4)


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(resource_path("program.json"))


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, 4, hour, tzinfo=CET) + timedelta(days=day)


def test_the_stages_follow_the_protocol_in_order(program: Program) -> None:
    assert [s.id for s in program.stages] == [
        "rest-ice", "isometric", "mobility", "resistance", "strength", "prevention",
    ]  # fmt: skip
    assert [s.number for s in program.stages] == [1, 2, 3, 3, 3, 4]
    assert program.stage("isometric").targets == {"bridge-hold": 2}
    assert program.stage("rest-ice").rice


def test_bridge_holds_are_offered_48_hours_after_onset_not_before(program: Program) -> None:
    early = program.offer("rest-ice", ONSET, [], [], at(1, 23))
    assert early is not None and not early.ready
    assert early.conditions[0].text == "48 hours since the pain started: 47 so far"
    later = program.offer("rest-ice", ONSET, [], [], at(2, 0))
    assert later is not None and later.ready and later.stage.id == "isometric"


def test_without_an_onset_the_offer_asks_for_it(program: Program) -> None:
    offer = program.offer("rest-ice", None, [], [], at(5))
    assert offer is not None and not offer.ready
    assert offer.conditions[0].text == "Enter the day the pain started"


def test_mobility_needs_three_days_of_holds_with_low_pain(program: Program) -> None:
    records = [a_session(at(day)) for day in (3, 4, 5)]
    journal = [pain(at(day), 3, PainContext.AFTER) for day in (3, 4)]
    journal.append(pain(at(5), 4, PainContext.AFTER))
    offer = program.offer("isometric", ONSET, records, journal, at(6))
    assert offer is not None and not offer.ready
    assert offer.conditions[0].text.endswith(": 2 so far")
    journal[-1] = pain(at(5), 2, PainContext.AFTER)
    offer = program.offer("isometric", ONSET, records, journal, at(6))
    assert offer is not None and offer.ready


def test_a_stopped_hold_does_not_count_towards_mobility(program: Program) -> None:
    records = [a_session(at(day), outcome=Outcome.STOPPED) for day in (3, 4, 5)]
    journal = [pain(at(day), 1, PainContext.AFTER) for day in (3, 4, 5)]
    offer = program.offer("isometric", ONSET, records, journal, at(6))
    assert offer is not None and not offer.ready


def test_resistance_needs_every_one_of_the_last_days_rated_low(program: Program) -> None:
    journal = [pain(at(day), 1, PainContext.CHECK_IN) for day in (10, 12)]
    offer = program.offer("mobility", ONSET, [], journal, at(12))
    assert offer is not None and not offer.ready  # day 11 was not rated
    journal.append(pain(at(11), 0, PainContext.MORNING_AFTER))
    offer = program.offer("mobility", ONSET, [], journal, at(12))
    assert offer is not None and offer.ready and offer.stage.id == "resistance"


def test_squats_and_curls_wait_for_about_four_weeks(program: Program) -> None:
    journal = [pain(at(day), 1, PainContext.CHECK_IN) for day in range(20, 29)]
    assert not program.offer("resistance", ONSET, [], journal, at(27)).ready  # type: ignore[union-attr]
    offer = program.offer("resistance", ONSET, [], journal, at(28))
    assert offer is not None and offer.ready and offer.stage.id == "strength"


def test_the_last_stage_offers_nothing_and_every_stage_can_step_back(program: Program) -> None:
    assert program.offer("prevention", ONSET, [], [], at(60)) is None
    assert [s.id for s in program.earlier_than("mobility")] == ["rest-ice", "isometric"]
