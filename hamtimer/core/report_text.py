"""The report's words and table cells, as the PDF prints them; kept apart from the drawing
so they can be read and tested without Qt.

Dates are written in English whatever the computer's locale (Qt sets the C library's
locale, which would change strftime's %a and %b): the rest of the report is English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hamtimer.core.records import Outcome
from hamtimer.core.report import DayRow, Report, SessionRow, WeekPain
from hamtimer.core.report_csv import seconds
from hamtimer.core.report_notes import Flag

TITLE = "hamtimer — rehab report"
DISCLAIMER = (
    "hamtimer is not a diagnosis or a substitute for a clinician. This report shows what the "
    "patient logged in the app: sessions, pain ratings (0 = no pain, 10 = worst) and notes."
)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


SESSION_LEGEND = (
    "Reps and active seconds: done of planned. Pain: before → after the session, 0–10. "
    "Sessions stopped early are marked."
)
DAY_LEGEND = (
    "Targets: the sessions the day's stage asks for, each counted at most as often as asked. "
    "Days with a target missed are marked. Pain: mean of the day's ratings."
)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    marked: frozenset[int] = frozenset()  # rows to make stand out


def day_text(day: date, weekday: bool = False) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_DAYS[day.weekday()]} {text}" if weekday else text


def time_text(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def span_text(report: Report) -> str:
    span = report.header.span
    days = "1 day" if span.day_count == 1 else f"{span.day_count} days"
    return f"{day_text(span.first)} – {day_text(span.last)} ({days})"


def header_facts(report: Report) -> list[tuple[str, str]]:
    header = report.header
    generated = header.generated_at
    offset = generated.strftime("%z")
    return [
        ("Period", span_text(report)),
        ("Pain started", day_text(header.onset) if header.onset else "not entered"),
        ("Current stage", header.stage_name),
        (
            "Generated",
            f"{day_text(generated.date())} {time_text(generated)} "
            f"(UTC{offset[:3]}:{offset[3:]}) by hamtimer {header.app_version}",
        ),
    ]


def summary_facts(report: Report) -> list[tuple[str, str]]:
    totals = report.totals
    adherence = "no daily targets in this period"
    if totals.due:
        share = round(100 * totals.met / totals.due)
        adherence = f"{totals.met} of {totals.due} daily targets met ({share}%)"
    return [
        ("Adherence", adherence),
        ("Sessions", f"{totals.completed} completed, {totals.stopped} stopped early"),
        ("Pain, first week", _week_pain(totals.first_week)),
        ("Pain, last week", _week_pain(totals.last_week)),
    ]


def flag_lines(report: Report) -> list[str]:
    """Red flags holding at the end of the range first, then those raised during it."""
    as_of = day_text(report.flags_as_of.date())
    lines = [f"Holding on {as_of}: {flag.text}" for flag in report.flags_holding]
    lines += [_raised(flag) for flag in report.flags_raised]
    return lines or [f"No red flags were raised in this period, and none hold on {as_of}."]


def day_table(report: Report) -> Table:
    return Table(
        ("Date", "Stage", "Sessions done", "Targets met", "Pain"),
        [_day_cells(row) for row in report.days],
        frozenset(i for i, row in enumerate(report.days) if row.met < row.due),
    )


def session_table(report: Report) -> Table:
    return Table(
        ("Date", "Time", "Session", "Outcome", "Reps", "Active s", "Pain", "Stop reason"),
        [_session_cells(row) for row in report.sessions],
        frozenset(i for i, row in enumerate(report.sessions) if row.outcome is Outcome.STOPPED),
    )


def note_table(report: Report) -> Table:
    return Table(
        ("When", "What", "Text"),
        [
            (f"{day_text(note.at.date())} {time_text(note.at)}", note.kind, note.text)
            for note in report.notes
        ],
    )


def _week_pain(week: WeekPain) -> str:
    days = f"{day_text(week.first)} – {day_text(week.last)}"
    if week.mean is None:
        return f"no ratings ({days})"
    ratings = "1 rating" if week.ratings == 1 else f"{week.ratings} ratings"
    return f"{week.mean:.1f} of 10 ({days}, {ratings})"


def _raised(flag: Flag) -> str:
    when = day_text(flag.at.date()) if flag.at else ""
    return f"Raised {when}: {flag.text}"


def _day_cells(row: DayRow) -> tuple[str, ...]:
    met = f"{row.met} of {row.due}" if row.due else "—"
    pain = f"{row.pain_mean:.1f}" if row.pain_mean is not None else ""
    return (day_text(row.day, weekday=True), row.stage_name, str(row.completed), met, pain)


def _session_cells(row: SessionRow) -> tuple[str, ...]:
    outcome = "completed" if row.outcome is Outcome.COMPLETED else "stopped"
    active = f"{seconds(row.actual_active_s)} of {seconds(row.planned_active_s)}"
    return (
        day_text(row.started_at.date(), weekday=True),
        time_text(row.started_at),
        row.session_name,
        outcome,
        f"{row.reps_completed} of {row.reps_planned}",
        active,
        f"{_rating(row.pain_before)} → {_rating(row.pain_after)}",
        row.stop_reason or "",
    )


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)
