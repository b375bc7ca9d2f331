"""The clinician report's data for a range of days: sessions, days, totals, pain, red flags
and notes, computed from what the patient logged. Plain Python; the CSV and the PDF only
format it (docs/REPORTS.md).

Sessions run with --time-scale (demos, tests) are not real rehab and are left out, with a
note saying how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from hamtimer.core import red_flags
from hamtimer.core.adherence import DayAdherence, daily_adherence
from hamtimer.core.i18n import plural, translate
from hamtimer.core.journal import JournalEntry, PainContext
from hamtimer.core.pain import PainTrend, pain_trend, ratings_by_day, window_mean
from hamtimer.core.program import Program
from hamtimer.core.records import Outcome, SessionRecord
from hamtimer.core.report_notes import Flag, Note, flags_raised, notes_in, session_pain
from hamtimer.core.report_range import DateRange, first_logged_day
from hamtimer.core.report_sources import ReportSources

WEEK_DAYS = 7


@dataclass(frozen=True)
class ReportHeader:
    app_version: str
    generated_at: datetime
    span: DateRange
    onset: date | None
    stage_name: str


@dataclass(frozen=True)
class SessionRow:
    started_at: datetime  # in the report's time zone
    ended_at: datetime
    session_id: str
    session_name: str
    stage_name: str
    outcome: Outcome
    reps_completed: int
    reps_planned: int
    planned_active_s: float
    actual_active_s: float
    pain_before: int | None
    pain_after: int | None
    stop_reason: str | None


@dataclass(frozen=True)
class DayRow:
    day: date
    stage_name: str
    completed: int  # every completed session that day, targeted or not
    met: int
    due: int
    pain_mean: float | None


@dataclass(frozen=True)
class WeekPain:
    first: date
    last: date
    mean: float | None
    ratings: int


@dataclass(frozen=True)
class Totals:
    completed: int
    stopped: int
    met: int
    due: int
    first_week: WeekPain
    last_week: WeekPain


@dataclass(frozen=True)
class Report:
    header: ReportHeader
    sessions: tuple[SessionRow, ...]
    days: tuple[DayRow, ...]
    totals: Totals
    trend: PainTrend
    flags_raised: tuple[Flag, ...]
    flags_holding: tuple[Flag, ...]
    flags_as_of: datetime
    notes: tuple[Note, ...]
    data_notes: tuple[str, ...]  # what could not be read or was left out


def real_sessions(records: Sequence[SessionRecord]) -> list[SessionRecord]:
    """The sessions done at real speed (no --time-scale demo runs)."""
    return [record for record in records if record.time_scale == 1]


def build_report(
    sources: ReportSources,
    program: Program,
    span: DateRange,
    now: datetime,
    zone: tzinfo | None,
    app_version: str,
) -> Report:
    """Everything the report shows; `zone` None is the computer's local time."""
    real = real_sessions(sources.records)
    in_span = [r for r in real if r.started_at.astimezone(zone).date() in span]
    days = _day_rows(real, sources, program, span, zone)
    stage_of = {row.day: row.stage_name for row in days}
    as_of = _as_of(span.last, now, zone)
    return Report(
        header=ReportHeader(
            app_version,
            now,
            span,
            sources.state.onset,
            _stage_name(program, sources.state.stage_id),
        ),
        sessions=tuple(_session_rows(in_span, sources.journal, stage_of, zone)),
        days=tuple(days),
        totals=_totals(in_span, days, sources.journal, span, zone),
        trend=pain_trend(sources.journal, span.first, span.last, zone),
        flags_raised=flags_raised(sources.journal, span, zone),
        flags_holding=_flags_holding(sources, as_of),
        flags_as_of=as_of,
        notes=notes_in(sources.journal, real, program, span, zone),
        data_notes=(*sources.problems, *_demo_note(sources.records, span, zone)),
    )


def _day_rows(
    real: list[SessionRecord],
    sources: ReportSources,
    program: Program,
    span: DateRange,
    zone: tzinfo | None,
) -> list[DayRow]:
    """One row a day from the start of rehab (the onset or the first logged session,
    whichever is earlier) within the range: before it nothing was due."""
    starts = [d for d in (sources.state.onset, first_logged_day(real, zone)) if d is not None]
    first = max(span.first, min(starts)) if starts else span.first
    if first > span.last:
        return []
    adherence = daily_adherence(real, sources.journal, program, first, span.last, zone)
    means = dict(pain_trend(sources.journal, first, span.last, zone).points)
    return [_day_row(day, program, means.get(day.day)) for day in adherence]


def _day_row(day: DayAdherence, program: Program, pain_mean: float | None) -> DayRow:
    completed = sum(day.done.values())
    return DayRow(
        day.day, _stage_name(program, day.stage_id), completed, day.met, day.due, pain_mean
    )


def _session_rows(
    records: list[SessionRecord],
    journal: Sequence[JournalEntry],
    stage_of: dict[date, str],
    zone: tzinfo | None,
) -> list[SessionRow]:
    pain = session_pain(journal)
    rows = []
    for record in records:
        ratings = pain.get((record.session_id, record.started_at), {})
        started = record.started_at.astimezone(zone)
        rows.append(
            SessionRow(
                started_at=started,
                ended_at=record.ended_at.astimezone(zone),
                session_id=record.session_id,
                session_name=record.session_name,
                stage_name=stage_of.get(started.date(), ""),
                outcome=record.outcome,
                reps_completed=record.reps_completed,
                reps_planned=record.reps_planned,
                planned_active_s=record.planned_active_s,
                actual_active_s=record.actual_active_s,
                pain_before=ratings.get(PainContext.BEFORE),
                pain_after=ratings.get(PainContext.AFTER),
                stop_reason=record.stop_reason,
            )
        )
    return rows


def _totals(
    records: list[SessionRecord],
    days: list[DayRow],
    journal: Sequence[JournalEntry],
    span: DateRange,
    zone: tzinfo | None,
) -> Totals:
    completed = sum(1 for r in records if r.outcome is Outcome.COMPLETED)
    ratings = ratings_by_day(journal, zone)
    week = timedelta(days=WEEK_DAYS - 1)
    first_week = (span.first, min(span.first + week, span.last))
    last_week = (max(span.last - week, span.first), span.last)
    return Totals(
        completed=completed,
        stopped=len(records) - completed,
        met=sum(day.met for day in days),
        due=sum(day.due for day in days),
        first_week=WeekPain(*first_week, *window_mean(ratings, *first_week)),
        last_week=WeekPain(*last_week, *window_mean(ratings, *last_week)),
    )


def _flags_holding(sources: ReportSources, as_of: datetime) -> tuple[Flag, ...]:
    """The red flags that held at the end of the range, judged on what was known then."""
    known = [entry for entry in sources.journal if entry.at <= as_of]
    held = red_flags.evaluate(sources.state.onset, known, as_of)
    return tuple(Flag(None, flag.code, flag.text()) for flag in held)


def _as_of(last: date, now: datetime, zone: tzinfo | None) -> datetime:
    """Now for a range that ends today; otherwise the last second of its last day."""
    if last >= now.astimezone(zone).date():
        return now
    end = datetime.combine(last, time(23, 59, 59))
    return end.replace(tzinfo=zone) if zone is not None else end.astimezone()


def _stage_name(program: Program, stage_id: str) -> str:
    try:
        return program.stage(stage_id).name
    except KeyError:
        return stage_id  # a stage a newer program knows: its id is still informative


def _demo_note(records: Sequence[SessionRecord], span: DateRange, zone: tzinfo | None) -> list[str]:
    demos = [
        r for r in records if r.time_scale != 1 and r.started_at.astimezone(zone).date() in span
    ]
    if not demos:
        return []
    note = plural(
        len(demos),
        translate(
            "Report",
            "{n} demo session (timers run faster with --time-scale) left out: not real rehab.",
        ),
        translate(
            "Report",
            "{n} demo sessions (timers run faster with --time-scale) left out: not real rehab.",
        ),
    )
    return [note]
