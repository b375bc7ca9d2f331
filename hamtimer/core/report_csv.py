"""The report as CSV: a header row, then one row per session (docs/REPORTS.md lists the
columns).

UTF-8 with a byte order mark, so Excel reads accents and dashes right (LibreOffice,
Numbers and Python's "utf-8-sig" read it too); rows end in CRLF as RFC 4180 asks. Text
that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hamtimer.core.report import Report, SessionRow
from hamtimer.core.safe_files import UTF8_BOM, atomic_write_bytes

COLUMNS = (
    "date",
    "start",
    "end",
    "session_id",
    "session",
    "stage",
    "outcome",
    "reps_done",
    "reps_planned",
    "active_s_planned",
    "active_s_actual",
    "pain_before",
    "pain_after",
    "stop_reason",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def report_csv(report: Report) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(session) for session in report.sessions)
    return UTF8_BOM + text.getvalue().encode("utf-8")


def write_csv(report: Report, path: Path) -> None:
    """Replace `path` atomically: a failure leaves no partial file. Raises OSError."""
    atomic_write_bytes(path, report_csv(report))


def _row(session: SessionRow) -> list[str]:
    return [
        session.started_at.date().isoformat(),
        session.started_at.isoformat(timespec="seconds"),
        session.ended_at.isoformat(timespec="seconds"),
        _text(session.session_id),
        _text(session.session_name),
        _text(session.stage_name),
        session.outcome.value,
        str(session.reps_completed),
        str(session.reps_planned),
        seconds(session.planned_active_s),
        seconds(session.actual_active_s),
        _rating(session.pain_before),
        _rating(session.pain_after),
        _text(session.stop_reason or ""),
    ]


def seconds(value: float) -> str:
    """36.0 → "36", 12.25 → "12.3": whole seconds plainly, otherwise one decimal."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.1f}"


def _rating(value: int | None) -> str:
    return "" if value is None else str(value)


def _text(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value
