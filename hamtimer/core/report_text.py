"""The report's words and table cells, as the PDF prints them; kept apart from the drawing
so they can be read and tested without Qt.

The report follows the app's language: words through `translate`, dates, times and numbers
through hamtimer.core.i18n's formats (the hooks the app installs decide; English with none).
The CSV export (report_csv) stays a data format: English column names, ISO dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hamtimer.core.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_number,
    format_short_date,
    format_time,
    plural,
    translate,
)
from hamtimer.core.records import Outcome, stop_reason_text
from hamtimer.core.report import DayRow, Report, SessionRow, WeekPain
from hamtimer.core.report_notes import Flag

# Marked here; title(), disclaimer(), session_legend() and day_legend() translate them.
TITLE = QT_TRANSLATE_NOOP("ReportText", "hamtimer — rehab report")
DISCLAIMER = QT_TRANSLATE_NOOP(
    "ReportText",
    "hamtimer is not a diagnosis or a substitute for a clinician. This report shows what the "
    "patient logged in the app: sessions, pain ratings (0 = no pain, 10 = worst) and notes.",
)
SESSION_LEGEND = QT_TRANSLATE_NOOP(
    "ReportText",
    "Reps and active seconds: done of planned. Pain: before → after the session, 0–10. "
    "Sessions stopped early are marked.",
)
DAY_LEGEND = QT_TRANSLATE_NOOP(
    "ReportText",
    "Targets: the sessions the day's stage asks for, each counted at most as often as asked. "
    "Days with a target missed are marked. Pain: mean of the day's ratings.",
)


def title() -> str:
    return translate("ReportText", TITLE)


def disclaimer() -> str:
    return translate("ReportText", DISCLAIMER)


def session_legend() -> str:
    return translate("ReportText", SESSION_LEGEND)


def day_legend() -> str:
    return translate("ReportText", DAY_LEGEND)


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    marked: frozenset[int] = frozenset()  # rows to make stand out


def day_text(day: date, weekday: bool = False) -> str:
    """'4 Nov 2026', or 'Wed 4 Nov 2026' with the weekday, in the patient's language."""
    if weekday:
        return format_date(day)
    return translate("ReportText", "{day_and_month} {year}").format(
        day_and_month=format_short_date(day), year=day.year
    )


def time_text(moment: datetime) -> str:
    return format_time(moment.time())


def span_text(report: Report) -> str:
    span = report.header.span
    return plural(
        span.day_count,
        translate("ReportText", "{first} – {last} ({n} day)"),
        translate("ReportText", "{first} – {last} ({n} days)"),
        first=day_text(span.first),
        last=day_text(span.last),
    )


def header_facts(report: Report) -> list[tuple[str, str]]:
    header = report.header
    generated = header.generated_at
    offset = generated.strftime("%z")
    onset = day_text(header.onset) if header.onset else translate("ReportText", "not entered")
    made = translate("ReportText", "{day} {time} (UTC{offset}) by hamtimer {version}").format(
        day=day_text(generated.date()),
        time=time_text(generated),
        offset=f"{offset[:3]}:{offset[3:]}",
        version=header.app_version,
    )
    return [
        (translate("ReportText", "Period"), span_text(report)),
        (translate("ReportText", "Pain started"), onset),
        (translate("ReportText", "Current stage"), header.stage_name),
        (translate("ReportText", "Generated"), made),
    ]


def summary_facts(report: Report) -> list[tuple[str, str]]:
    totals = report.totals
    adherence = translate("ReportText", "no daily targets in this period")
    if totals.due:
        adherence = plural(
            totals.due,
            translate("ReportText", "{met} of {n} daily target met ({share}%)"),
            translate("ReportText", "{met} of {n} daily targets met ({share}%)"),
            met=format_number(totals.met),
            share=format_number(round(100 * totals.met / totals.due)),
        )
    sessions = translate("ReportText", "{completed} completed, {stopped} stopped early").format(
        completed=format_number(totals.completed), stopped=format_number(totals.stopped)
    )
    return [
        (translate("ReportText", "Adherence"), adherence),
        (translate("ReportText", "Sessions"), sessions),
        (translate("ReportText", "Pain, first week"), _week_pain(totals.first_week)),
        (translate("ReportText", "Pain, last week"), _week_pain(totals.last_week)),
    ]


def flag_lines(report: Report) -> list[str]:
    """Red flags holding at the end of the range first, then those raised during it."""
    as_of = day_text(report.flags_as_of.date())
    holding = translate("ReportText", "Holding on {day}: {flag}")
    lines = [holding.format(day=as_of, flag=flag.text) for flag in report.flags_holding]
    lines += [_raised(flag) for flag in report.flags_raised]
    none = translate(
        "ReportText", "No red flags were raised in this period, and none hold on {day}."
    )
    return lines or [none.format(day=as_of)]


def day_table(report: Report) -> Table:
    return Table(
        (
            translate("ReportText", "Date"),
            translate("ReportText", "Stage"),
            translate("ReportText", "Sessions done"),
            translate("ReportText", "Targets met"),
            translate("ReportText", "Pain"),
        ),
        [_day_cells(row) for row in report.days],
        frozenset(i for i, row in enumerate(report.days) if row.met < row.due),
    )


def session_table(report: Report) -> Table:
    return Table(
        (
            translate("ReportText", "Date"),
            translate("ReportText", "Time"),
            translate("ReportText", "Session"),
            translate("ReportText", "Outcome"),
            translate("ReportText", "Reps"),
            translate("ReportText", "Active s"),
            translate("ReportText", "Pain"),
            translate("ReportText", "Stop reason"),
        ),
        [_session_cells(row) for row in report.sessions],
        frozenset(i for i, row in enumerate(report.sessions) if row.outcome is Outcome.STOPPED),
    )


def note_table(report: Report) -> Table:
    when = translate("ReportText", "{day} {time}")
    return Table(
        (
            translate("ReportText", "When"),
            translate("ReportText", "What"),
            translate("ReportText", "Text"),
        ),
        [
            (
                when.format(day=day_text(note.at.date()), time=time_text(note.at)),
                note.kind,
                note.text,
            )
            for note in report.notes
        ],
    )


def _week_pain(week: WeekPain) -> str:
    first, last = day_text(week.first), day_text(week.last)
    if week.mean is None:
        return translate("ReportText", "no ratings ({first} – {last})").format(
            first=first, last=last
        )
    return plural(
        week.ratings,
        translate("ReportText", "{mean} of 10 ({first} – {last}, {n} rating)"),
        translate("ReportText", "{mean} of 10 ({first} – {last}, {n} ratings)"),
        mean=format_number(week.mean, 1),
        first=first,
        last=last,
    )


def _raised(flag: Flag) -> str:
    when = day_text(flag.at.date()) if flag.at else ""
    return translate("ReportText", "Raised {day}: {flag}").format(day=when, flag=flag.text)


def _of(done: str, planned: str) -> str:
    return translate("ReportText", "{done} of {planned}").format(done=done, planned=planned)


def _day_cells(row: DayRow) -> tuple[str, ...]:
    met = _of(format_number(row.met), format_number(row.due)) if row.due else "—"
    pain = format_number(row.pain_mean, 1) if row.pain_mean is not None else ""
    return (day_text(row.day, weekday=True), row.stage_name, format_number(row.completed), met,
            pain)  # fmt: skip


def _session_cells(row: SessionRow) -> tuple[str, ...]:
    if row.outcome is Outcome.COMPLETED:
        outcome = translate("ReportText", "completed")
    else:
        outcome = translate("ReportText", "stopped")
    return (
        day_text(row.started_at.date(), weekday=True),
        time_text(row.started_at),
        row.session_name,
        outcome,
        _of(format_number(row.reps_completed), format_number(row.reps_planned)),
        _of(_seconds(row.actual_active_s), _seconds(row.planned_active_s)),
        f"{_rating(row.pain_before)} → {_rating(row.pain_after)}",
        stop_reason_text(row.stop_reason),
    )


def _seconds(value: float) -> str:
    """36.0 → "36", 12.25 → "12.3", as report_csv.seconds but in the patient's locale."""
    rounded = round(value, 1)
    return format_number(rounded, 0 if rounded.is_integer() else 1)


def _rating(value: int | None) -> str:
    return "–" if value is None else format_number(value)
