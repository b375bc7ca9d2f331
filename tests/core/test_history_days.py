"""Streaks at their edges, and how adherence over a range is put in words."""

from __future__ import annotations

from datetime import date, timedelta

from hamtimer.core.history_days import MetDue, RangeTotals, streaks

TODAY = date(2026, 11, 25)


def days_ending_today(*pattern: str) -> list[MetDue]:
    """'y' all met, 'n' not all, '-' no targets, '.' no entry at all; the last is today."""
    start = TODAY - timedelta(days=len(pattern) - 1)
    kinds = {"y": (2, 2), "n": (1, 2), "-": (0, 0)}
    return [
        MetDue(start + timedelta(days=n), *kinds[mark])
        for n, mark in enumerate(pattern)
        if mark != "."
    ]


def test_today_not_yet_met_does_not_break_the_current_streak() -> None:
    assert streaks(days_ending_today("n", "y", "y", "n"), TODAY) == (2, 2)


def test_today_met_extends_the_current_streak() -> None:
    assert streaks(days_ending_today("n", "y", "y", "y"), TODAY) == (3, 3)


def test_a_missed_yesterday_ends_the_current_streak() -> None:
    assert streaks(days_ending_today("y", "y", "y", "n", "n"), TODAY) == (0, 3)


def test_a_day_without_targets_neither_extends_nor_breaks_a_streak() -> None:
    assert streaks(days_ending_today("y", "-", "y", "-"), TODAY) == (2, 2)


def test_a_missing_day_breaks_a_run() -> None:
    assert streaks(days_ending_today("y", "y", ".", "y"), TODAY) == (1, 2)


def test_a_history_that_ended_days_ago_has_no_current_streak() -> None:
    old = days_ending_today("y", "y", "y")
    assert streaks(old, TODAY + timedelta(days=3)) == (0, 3)


def test_days_after_today_are_not_counted() -> None:
    assert streaks(days_ending_today("y", "y", "y"), TODAY - timedelta(days=1)) == (2, 2)


def test_no_days_no_streak() -> None:
    assert streaks([], TODAY) == (0, 0)


def test_adherence_is_rounded_down_so_100_percent_means_all() -> None:
    assert RangeTotals(199, 200, 0, 0).adherence_text() == "Adherence 199 of 200 targets (99 %)"
    assert RangeTotals(3, 3, 3, 0).adherence_text() == "Adherence 3 of 3 targets (100 %)"
    assert RangeTotals(0, 0, 0, 0).adherence_text() == "No targets on these days"


def test_one_day_is_said_in_the_singular() -> None:
    assert streaks(days_ending_today("y"), TODAY).text() == (
        "Current streak: 1 day · Longest: 1 day"
    )
