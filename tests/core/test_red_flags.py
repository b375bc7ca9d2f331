"""Red flags: each rule raised exactly when its documented condition holds."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hamtimer.core.journal import EntryKind, JournalEntry, PainContext, pain
from hamtimer.core.red_flags import evaluate, to_log
from tests.records import CET
from tests.seed import NOW, ONSET, build

START = date(2026, 11, 1)


def at(day: int) -> datetime:
    return datetime(2026, 11, 1, 10, tzinfo=CET) + timedelta(days=day)


def rated(ratings: dict[int, int]) -> list[JournalEntry]:
    return [pain(at(day), value, PainContext.CHECK_IN) for day, value in ratings.items()]


def codes(journal: list[JournalEntry], day: int) -> list[str]:
    return [flag.code for flag in evaluate(START, journal, at(day))]


def test_pain_not_below_the_first_week_after_two_weeks_raises_not_improving() -> None:
    journal = rated({0: 5, 2: 5, 4: 5, 9: 5, 11: 5, 13: 5})
    assert codes(journal, 13) == []  # not yet two weeks
    assert codes(journal, 14) == ["not_improving"]
    flag = evaluate(START, journal, at(14))[0]
    assert "last 7 days is 5.0 of 10; in your first week it was 5.0" in flag.reasons


def test_pain_that_falls_raises_nothing() -> None:
    journal = rated({0: 6, 2: 6, 4: 5, 9: 3, 11: 3, 13: 2})
    assert codes(journal, 14) == []


def test_too_few_ratings_raise_nothing() -> None:
    journal = rated({0: 5, 12: 7, 13: 7})
    assert codes(journal, 14) == []


def test_a_week_a_point_worse_than_the_one_before_raises_worsening() -> None:
    journal = rated({1: 3, 3: 3, 5: 3, 8: 3, 10: 4, 12: 4})
    assert codes(journal, 12) == []  # up 0.7 of a point
    journal = rated({1: 3, 3: 3, 5: 3, 8: 4, 10: 4, 12: 4})
    assert codes(journal, 12) == ["worsening"]  # up a whole point


def test_saying_symptoms_limit_daily_life_raises_a_flag_for_two_weeks() -> None:
    journal = [JournalEntry(EntryKind.LIMITS_DAILY_LIFE, at(3))]
    assert codes(journal, 3) == ["limits_daily_life"]
    assert codes(journal, 17) == []


def test_two_reinjuries_within_ninety_days_raise_a_flag() -> None:
    journal = [JournalEntry(EntryKind.REINJURY, at(0))]
    assert codes(journal, 1) == []
    journal.append(JournalEntry(EntryKind.REINJURY, at(5)))
    assert codes(journal, 6) == ["reinjury"]
    assert codes(journal, 91) == []


def test_a_raised_flag_is_logged_once_a_week_at_most() -> None:
    journal = [JournalEntry(EntryKind.LIMITS_DAILY_LIFE, at(3))]
    flags = evaluate(START, journal, at(3))
    assert to_log(flags, journal, at(3)) == flags
    journal.append(JournalEntry(EntryKind.RED_FLAG, at(3), code="limits_daily_life", detail="x"))
    assert to_log(flags, journal, at(9)) == []
    assert to_log(flags, journal, at(10)) == flags


def test_the_seeded_three_weeks_raise_only_the_reinjury_flag() -> None:
    seeded = build()
    assert [f.code for f in evaluate(ONSET, seeded.journal, NOW)] == ["reinjury"]
