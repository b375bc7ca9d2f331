"""Adherence per day against the stage the patient was in that day."""

from __future__ import annotations

from datetime import date

from hamtimer.core.adherence import daily_adherence
from hamtimer.core.pain import pain_trend
from hamtimer.core.program import load_program
from hamtimer.resources import resource_path
from tests.seed import CET, ONSET, TODAY, build


def test_the_seeded_weeks_show_each_days_stage_and_share_of_targets_met() -> None:
    seeded = build()
    program = load_program(resource_path("program.json"))
    days = daily_adherence(seeded.records, seeded.journal, program, ONSET, TODAY, CET)
    assert len(days) == 22
    by_day = {d.day: d for d in days}
    assert by_day[date(2026, 11, 4)].stage_id == "rest-ice"
    assert (by_day[date(2026, 11, 4)].met, by_day[date(2026, 11, 4)].due) == (3, 3)
    assert by_day[date(2026, 11, 11)].ratio == 0.5  # the evening bridge hold was missed
    assert by_day[date(2026, 11, 17)].met == 2  # the morning bridge hold stopped: sharp pain
    assert by_day[date(2026, 11, 21)].stage_id == "resistance"
    assert by_day[TODAY].met == 2 and by_day[TODAY].due == 4  # the evening is still to come
    # 6 of 6 iced, 15 of 16 holds, 19 of 21 mobility, 18 of 20 resistance (today half done)
    assert sum(d.met for d in days) == 58 and sum(d.due for d in days) == 63


def test_the_pain_trend_has_one_mean_per_rated_day() -> None:
    trend = pain_trend(build().journal, ONSET, TODAY, CET)
    assert len(trend.points) == 22
    assert trend.points[0] == (ONSET, 5.5)  # before 6, after 5, three times
    assert trend.points[-1][0] == TODAY
