"""The chart's trend: a point a day for short ranges, a week or a month for long ones."""

from __future__ import annotations

from datetime import date, timedelta

from hamtimer.core.history_trend import Period, chart_trend
from hamtimer.core.pain import pain_trend, ratings_by_day
from tests.seed import CET, ONSET, TODAY, build


def test_three_weeks_are_drawn_a_point_a_day_as_the_daily_trend() -> None:
    journal = build().journal
    shown = chart_trend(ratings_by_day(journal, CET), ONSET, TODAY)
    assert shown.period is Period.DAY
    assert shown.trend == pain_trend(journal, ONSET, TODAY, CET)
    assert shown.title() == "Pain 0–10, daily mean"


def test_a_year_is_drawn_a_point_a_week_each_the_mean_of_its_ratings() -> None:
    first = date(2025, 12, 1)  # a Monday
    ratings = {first: [2, 4], first + timedelta(days=6): [6], first + timedelta(days=7): [1]}
    shown = chart_trend(ratings, first, first + timedelta(days=364))
    assert shown.period is Period.WEEK
    assert shown.trend.points == ((first, 4.0), (first + timedelta(days=7), 1.0))
    assert shown.title() == "Pain 0–10, weekly mean"


def test_years_are_drawn_a_point_a_month_on_its_first_rated_day() -> None:
    ratings = {date(2022, 3, 9): [5], date(2022, 3, 30): [3], date(2023, 1, 2): [1]}
    shown = chart_trend(ratings, date(2021, 1, 1), date(2025, 12, 31))
    assert shown.period is Period.MONTH
    assert shown.trend.points == ((date(2022, 3, 9), 4.0), (date(2023, 1, 2), 1.0))


def test_ratings_outside_the_range_are_left_out_and_none_left_says_so() -> None:
    shown = chart_trend({date(2026, 1, 1): [3]}, date(2026, 2, 1), date(2026, 2, 28))
    assert shown.trend.points == ()
    assert shown.title() == "Pain: no ratings on these days"
