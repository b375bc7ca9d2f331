"""Export the clinician report, from the command line or the window: read the data folder
without changing it, build the report, write the CSV or PDF atomically.

Exporting needs no lock: the log and journal are only ever appended to, so a reader beside
the running app sees whole lines (a line being written is judged like a torn one and left
out). Nothing in the data folder is written, repaired or moved (docs/REPORTS.md).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from hamtimer import APP_NAME, __version__
from hamtimer.core.program import ProgramError, load_program
from hamtimer.core.report import Report, build_report, real_sessions
from hamtimer.core.report_csv import write_csv
from hamtimer.core.report_range import DateRange, resolve_range
from hamtimer.core.report_sources import read_sources
from hamtimer.core.safe_files import QUARANTINE_MARK
from hamtimer.paths import DataPaths
from hamtimer.resources import resource_path

logger = logging.getLogger(__name__)

FORMATS = ("csv", "pdf")
_made_here: list[object] = []  # keeps a QApplication this module made alive


class ExportError(Exception):
    """The data could not be read or the report not written; the message is one line."""


@dataclass(frozen=True)
class ExportRequest:
    format: str  # one of FORMATS
    first: date | None  # None: the first logged day
    last: date | None  # None: today
    output: Path


@dataclass(frozen=True)
class ExportResult:
    output: Path
    sessions: int
    span: DateRange
    problems: tuple[str, ...]  # what could not be read or was left out

    def message(self) -> str:
        sessions = "1 session" if self.sessions == 1 else f"{self.sessions} sessions"
        return f"Wrote {sessions} from {self.span.first} to {self.span.last} to {self.output}"


def export_report(
    request: ExportRequest,
    data_dir: Path,
    now: datetime,
    zone: tzinfo | None = None,
    labels: tuple[str, str] = ("--from", "--to"),
) -> ExportResult:
    """Raises ReportRangeError for a range that cannot be reported, ExportError otherwise;
    either way nothing has been written."""
    refuse_data_file(request.output, data_dir)
    paths = DataPaths(data_dir)
    try:
        sources = read_sources(paths.log_file, paths.journal_file, paths.program_state_file)
        program = load_program(resource_path("program.json"))
    except OSError as error:
        raise ExportError(f"cannot read {_where(error, data_dir)}: {_reason(error)}") from error
    except ProgramError as error:
        raise ExportError(f"the built-in program cannot be used: {error}") from error
    today = now.astimezone(zone).date()
    span = resolve_range(
        request.first, request.last, real_sessions(sources.records), today, zone, labels
    )
    report = build_report(sources, program, span, now, zone, __version__)
    _write(request, report)
    return ExportResult(request.output, len(report.sessions), span, report.data_notes)


def refuse_data_file(output: Path, data_dir: Path) -> None:
    """An export must never overwrite the log, the journal or a kept copy of either."""
    paths = DataPaths(data_dir)
    own = {paths.log_file, paths.journal_file, paths.program_state_file, paths.settings_file}
    own.add(paths.lock_file)
    target = output.expanduser().resolve()
    inside = target.parent == data_dir.expanduser().resolve()
    if inside and (target.name in {p.name for p in own} or QUARANTINE_MARK in target.name):
        raise ExportError(f"{output} is one of hamtimer's data files; choose another name")


def ensure_application() -> object:
    """The QApplication a PDF needs (its chart is a graphics widget). The command line makes
    one on the offscreen platform, which needs no display and never aborts for want of one;
    inside the app, the app's own is used."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    if sys.platform not in ("darwin", "win32"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    application = QApplication([APP_NAME])
    _made_here.append(application)
    return application


def _write(request: ExportRequest, report: Report) -> None:
    try:
        if request.format == "csv":
            write_csv(report, request.output)
        else:
            ensure_application()
            from hamtimer.qt.report_pdf import write_pdf  # Qt loads only for a PDF

            write_pdf(report, request.output)
    except OSError as error:
        raise ExportError(f"cannot write {request.output}: {_reason(error)}") from error


def _where(error: OSError, data_dir: Path) -> str:
    return str(error.filename) if error.filename else f"the data folder {data_dir}"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
