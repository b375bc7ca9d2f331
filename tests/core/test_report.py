"""The report's data from the seeded three weeks: sessions, days, totals, flags and notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hamtimer.core.journal import EntryKind, JournalEntry
from hamtimer.core.records import Outcome
from tests.reports import SESSIONS, SESSIONS_FROM_20TH, seeded_report, with_journal
from tests.seed import CET, ONSET, TODAY, build


def test_every_seeded_session_is_a_row_in_time_order_with_its_pain_before_and_after() -> None:
    report = seeded_report()
    assert len(report.sessions) == SESSIONS
    first, last = report.sessions[0], report.sessions[-1]
    assert (first.session_id, first.started_at) == ("ice", datetime(2026, 11, 4, 9, tzinfo=CET))
    assert (first.pain_before, first.pain_after) == (6, 5)
    assert (last.session_name, last.started_at.date()) == ("Gentle stretch", TODAY)
    assert (last.pain_before, last.pain_after) == (1, 0)
    assert first.stage_name == "First 48 hours: rest and RICE"


def test_the_session_stopped_for_sharp_pain_shows_its_reason_reps_and_pain() -> None:
    (stopped,) = [s for s in seeded_report().sessions if s.outcome is Outcome.STOPPED]
    assert stopped.started_at == datetime(2026, 11, 17, 9, tzinfo=CET)
    assert stopped.stop_reason == "sharp pain"
    assert (stopped.reps_completed, stopped.reps_planned) == (1, 3)
    assert (stopped.actual_active_s, stopped.planned_active_s) == (10.0, 36.0)
    assert (stopped.pain_before, stopped.pain_after) == (5, 8)


def test_the_totals_match_the_seeded_adherence_and_pain_that_fell() -> None:
    totals = seeded_report().totals
    assert (totals.met, totals.due) == (58, 63)
    assert (totals.completed, totals.stopped) == (58, 1)
    assert (totals.first_week.first, totals.first_week.last) == (ONSET, date(2026, 11, 10))
    assert (totals.last_week.first, totals.last_week.last) == (date(2026, 11, 19), TODAY)
    assert totals.first_week.mean is not None and totals.last_week.mean is not None
    assert round(totals.first_week.mean, 1) == 5.2 and round(totals.last_week.mean, 1) == 2.1


def test_one_day_row_per_day_with_its_stage_and_targets() -> None:
    days = seeded_report().days
    assert len(days) == 22
    missed = [d for d in days if d.met < d.due]
    assert [d.day.day for d in missed] == [11, 17, 19, 25]  # 25th: the evening is to come
    assert days[10].stage_name == "Mobility" and days[10].completed == 3
    assert days[0].pain_mean == 5.5


def test_from_the_20th_only_the_sessions_and_days_since_then_are_reported() -> None:
    report = seeded_report(first=date(2026, 11, 20))
    assert len(report.sessions) == SESSIONS_FROM_20TH
    assert report.sessions[0].started_at.date() == date(2026, 11, 20)
    assert [d.day.day for d in report.days] == [20, 21, 22, 23, 24, 25]
    assert report.totals.first_week.first == date(2026, 11, 20)


def test_the_reinjury_red_flag_holds_now_and_a_logged_flag_is_listed_with_its_text() -> None:
    raised = JournalEntry(
        EntryKind.RED_FLAG,
        datetime(2026, 11, 23, 12, 1, tzinfo=CET),
        code="reinjury",
        detail="You have been injured again more than once.",
    )
    report = seeded_report(seeded=with_journal(build(), raised))
    assert [flag.code for flag in report.flags_holding] == ["reinjury"]
    assert "2 re-injuries in the last 90 days" in report.flags_holding[0].text
    assert [(f.at, f.text) for f in report.flags_raised] == [(raised.at, raised.detail)]


def test_a_range_that_ends_before_the_second_reinjury_has_no_reinjury_flag() -> None:
    report = seeded_report(last=date(2026, 11, 20))
    assert report.flags_holding == ()
    assert report.flags_as_of == datetime(2026, 11, 20, 23, 59, 59, tzinfo=CET)


def test_notes_hold_reinjuries_the_sharp_pain_stop_stage_changes_and_the_patients_notes() -> None:
    note = JournalEntry(EntryKind.NOTE, datetime(2026, 11, 24, 20, tzinfo=CET), detail="stiff")
    notes = seeded_report(seeded=with_journal(build(), note)).notes
    kinds = [(n.at.day, n.kind, n.text) for n in notes if n.kind != "Stage"]
    assert kinds == [
        (16, "Re-injury", "slipped on the stairs"),
        (17, "Sharp pain", "Bridge hold stopped for sharp pain"),
        (23, "Re-injury", "slipped on the stairs"),
        (24, "Note", "stiff"),
    ]
    assert "Moved to stage 3: Mobility" in [n.text for n in notes]


def test_demo_sessions_are_left_out_and_counted_in_a_note() -> None:
    seeded = build()
    demo = replace(seeded.records[-1], time_scale=60.0, started_at=seeded.records[-1].started_at
                   + timedelta(minutes=30))  # fmt: skip
    report = seeded_report(seeded=replace(seeded, records=[*seeded.records, demo]))
    assert len(report.sessions) == SESSIONS
    assert report.data_notes == (
        "1 demo session (timers run faster with --time-scale) left out: not real rehab.",
    )


def test_the_header_names_the_range_onset_and_current_stage() -> None:
    header = seeded_report().header
    assert (header.span.first, header.span.last) == (ONSET, TODAY)
    assert header.onset == ONSET
    assert header.stage_name == "Resistance, once pain-free"
