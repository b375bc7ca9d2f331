"""The history of the seeded three weeks: the sessions a filter admits, rows, days, totals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from hamtimer.core.adherence import daily_adherence, stages_by_day
from hamtimer.core.history import History, HistoryFilter
from hamtimer.core.journal import PainContext, pain
from hamtimer.core.pain import pain_trend, ratings_by_day
from hamtimer.core.program import Program, load_program
from hamtimer.core.records import Outcome
from hamtimer.resources import resource_path
from tests.seed import CET, NOW, ONSET, TODAY, Seeded, build

ALL = HistoryFilter()


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(resource_path("program.json"))


@pytest.fixture(scope="module")
def seeded() -> Seeded:
    return build()


@pytest.fixture
def history(seeded: Seeded, program: Program) -> History:
    return History(seeded.records, seeded.journal, program, NOW)


def test_every_seeded_session_is_listed_newest_first(history: History) -> None:
    rows = [history.row(r) for r in history.select(ALL)]
    assert len(rows) == 59
    assert rows[0].cells() == (
        "Wed 25 Nov 2026", "09:00", "Gentle stretch", "Completed", "4 of 4", "1 min 20 s",
        "1 → 0", "",
    )  # fmt: skip
    assert rows[-1].cells() == (
        "Wed 4 Nov 2026",
        "09:00",
        "Ice",
        "Completed",
        "–",
        "15 min",
        "6 → 5",
        "",
    )


def test_the_table_follows_the_log_whatever_order_it_was_written_in(
    seeded: Seeded, program: Program
) -> None:
    shuffled = History(seeded.records[::-1], seeded.journal, program, NOW)
    newest = shuffled.select(ALL)
    assert [r.started_at for r in newest] == sorted((r.started_at for r in newest), reverse=True)


def test_a_session_filter_keeps_only_that_session(history: History) -> None:
    holds = history.select(HistoryFilter(session_id="bridge-hold"))
    assert len(holds) == 22  # 15 isometric days' holds and 7 mobility mornings
    assert {r.session_name for r in holds} == {"Bridge hold"}


def test_stopped_only_finds_the_sharp_pain_stop_of_17_november(history: History) -> None:
    [stopped] = history.select(HistoryFilter(outcome=Outcome.STOPPED))
    row = history.row(stopped)
    assert (row.date, row.time, row.name) == ("Tue 17 Nov 2026", "09:00", "Bridge hold")
    assert (row.outcome, row.reps, row.active, row.pain) == ("Stopped", "1 of 3", "10 s of 36 s",
                                                             "5 → 8")  # fmt: skip
    assert row.note == "sharp pain" and row.sharp_pain
    assert history.select(HistoryFilter(sharp_pain_only=True)) == [stopped]


def test_completed_only_leaves_out_the_stop(history: History) -> None:
    assert len(history.select(HistoryFilter(outcome=Outcome.COMPLETED))) == 58


def test_a_date_range_keeps_whole_local_days(history: History) -> None:
    resistance = history.select(HistoryFilter(first=date(2026, 11, 21), last=TODAY))
    assert len(resistance) == 18  # four days of four sessions, and today's morning two
    assert history.select(HistoryFilter(first=date(2026, 12, 1))) == []
    assert history.select(HistoryFilter(last=date(2026, 11, 3))) == []


def test_filters_combine(history: History) -> None:
    wanted = HistoryFilter(first=date(2026, 11, 14), last=date(2026, 11, 20),
                           session_id="bridge-hold", outcome=Outcome.COMPLETED)  # fmt: skip
    assert len(history.select(wanted)) == 6  # the mobility mornings but the 17th


def test_adherence_over_the_whole_range_is_58_of_63(history: History) -> None:
    totals = history.totals(ONSET, TODAY)
    assert totals.adherence_text() == "Adherence 58 of 63 targets (92 %)"
    assert totals.sessions_text() == "Sessions: 58 completed, 1 stopped"


def test_adherence_over_a_range_counts_only_its_days(history: History) -> None:
    week = history.totals(date(2026, 11, 9), date(2026, 11, 15))
    assert (week.met, week.due) == (15, 16)  # the evening hold of 11 November was missed
    assert (week.completed, week.stopped) == (15, 0)


def test_each_day_matches_the_adherence_module(
    history: History, seeded: Seeded, program: Program
) -> None:
    expected = daily_adherence(seeded.records, seeded.journal, program, ONSET, TODAY, CET)
    assert [history.adherence(d.day) for d in expected] == expected
    stages = stages_by_day(seeded.journal, program, ONSET, TODAY, CET)
    assert {d.day: d.adherence.stage_id for d in history.days(ONSET, TODAY)} == stages


def test_a_day_summary_says_what_the_heat_map_shows(history: History) -> None:
    days = {d.day: d for d in history.days(ONSET, TODAY)}
    assert len(days) == 22
    first, stop = days[ONSET], days[date(2026, 11, 17)]
    assert (first.completed, first.stopped, first.ratio, first.pain_mean) == (3, 0, 1.0, 5.5)
    assert (stop.met, stop.due, stop.stopped, stop.sharp_pain) == (2, 3, 1, True)
    assert [d.day for d in days.values() if d.sharp_pain] == [date(2026, 11, 17)]


def test_days_outside_the_history_are_left_out(history: History) -> None:
    shown = history.days(ONSET - timedelta(days=3), TODAY + timedelta(days=3))
    assert (shown[0].day, shown[-1].day) == (ONSET, TODAY)


def test_the_pain_trend_has_one_mean_for_each_of_the_22_days(
    history: History, seeded: Seeded
) -> None:
    assert history.trend(ONSET, TODAY) == pain_trend(seeded.journal, ONSET, TODAY, CET)
    assert len(history.trend(ONSET, TODAY).points) == 22
    assert len(history.trend(date(2026, 11, 21), TODAY).points) == 5
    assert history.links.ratings == ratings_by_day(seeded.journal, CET)


def test_streaks_of_days_with_every_target_met(history: History) -> None:
    # 4–10 Nov all met (7); the 11th missed a hold; 12–16 met; the 17th stopped; 18 met;
    # the 19th missed a stretch; 20–24 met (5); today, half done, does not break it.
    assert (history.streaks.current, history.streaks.longest) == (5, 7)
    assert history.streaks.text() == "Current streak: 5 days · Longest: 7 days"


def test_today_counts_in_the_streak_once_its_targets_are_met(
    seeded: Seeded, program: Program
) -> None:
    evening = datetime(2026, 11, 25, 18, tzinfo=CET)
    done = [replace(seeded.records[-1], session_id=i, started_at=evening, ended_at=evening)
            for i in ("nordic-curl", "banded-flexion")]  # fmt: skip
    later = NOW.replace(hour=20)
    history = History([*seeded.records, *done], seeded.journal, program, later)
    assert (history.streaks.current, history.streaks.longest) == (6, 7)


def test_a_missed_yesterday_ends_the_current_streak(seeded: Seeded, program: Program) -> None:
    on_18th = datetime(2026, 11, 18, 20, tzinfo=CET)
    history = History(seeded.records, seeded.journal, program, on_18th)
    assert history.streaks.current == 1  # the 17th was stopped; the 18th is met


def test_an_onset_before_the_first_session_adds_days_with_nothing_done(
    seeded: Seeded, program: Program
) -> None:
    history = History(seeded.records, seeded.journal, program, NOW, onset=date(2026, 11, 2))
    assert history.first_day == date(2026, 11, 2)
    assert (history.day(date(2026, 11, 2)).met, history.day(date(2026, 11, 2)).due) == (0, 3)
    assert history.streaks.longest == 7


def test_an_empty_history_is_today_with_its_targets_due(program: Program) -> None:
    history = History([], [], program, NOW)
    assert (history.first_day, history.last_day, history.session_count) == (TODAY, TODAY, 0)
    assert history.select(ALL) == []
    assert history.totals(TODAY, TODAY).adherence_text() == "Adherence 0 of 3 targets (0 %)"
    assert (history.streaks.current, history.streaks.longest) == (0, 0)


def test_a_later_rating_of_the_same_session_replaces_the_earlier(
    seeded: Seeded, program: Program
) -> None:
    last = seeded.records[-1]
    again = pain(NOW, 3, PainContext.AFTER, last.session_id, last.started_at)
    history = History(seeded.records, [*seeded.journal, again], program, NOW)
    assert history.row(last).pain == "1 → 3"  # was 1 → 0


def test_a_naive_now_is_refused(program: Program) -> None:
    with pytest.raises(ValueError, match="aware"):
        History([], [], program, datetime(2026, 11, 25, 12))


def test_a_session_the_app_still_has_shows_under_its_name_now(
    seeded: Seeded, program: Program
) -> None:
    """Logged as "Gentle stretch"; the app is now in Spanish. An id it no longer has (a
    deleted session of the patient's) keeps the name it was logged with."""
    now_names = {"gentle-stretch": "Estiramiento suave"}
    history = History(seeded.records, seeded.journal, program, NOW, current_names=now_names)
    newest = history.row(history.select(ALL)[0])
    assert newest.name == "Estiramiento suave"
    assert history.session_names["gentle-stretch"] == "Estiramiento suave"
    assert history.session_names["ice"] == "Ice"
