"""The window's "Export report…": choose a format and the days, then a file; the report is
written by the same code as `hamtimer export` (hamtimer/export.py).

The three questions (options, file, result) are functions passed in, so tests answer them
without a dialog ever opening.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_date, plural, translate
from hamtimer.core.report_range import ReportRangeError
from hamtimer.export import ExportError, ExportRequest, ExportResult, export_report

logger = logging.getLogger(__name__)

FORMAT_CHOICES = (
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF report, to print or send")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV table, one row per session")),
)
FILE_FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF report (*.pdf)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV table (*.csv)"),
}


@dataclass(frozen=True)
class ExportChoice:
    format: str
    first: date | None  # None: from the first logged session
    last: date


class ExportDialog(QDialog):
    """Format, first day (or the first logged session) and last day (at most today)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export a report for your clinician"))
        self.format_box = QComboBox(self)
        for value, label in FORMAT_CHOICES:
            self.format_box.addItem(translate("ExportDialog", label), value)
        self.from_start = QCheckBox(
            translate("ExportDialog", "From the first logged session"), self
        )
        self.from_start.setChecked(True)
        self.first_edit = self._date_edit(today)
        self.last_edit = self._date_edit(today)
        self.problem = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ExportDialog", "Export…")
        )
        self._lay_out()
        self._wire()
        self._check()

    def choice(self) -> ExportChoice | None:
        """What was chosen, or None while the first day is after the last."""
        first = None if self.from_start.isChecked() else _day(self.first_edit.date())
        last = _day(self.last_edit.date())
        if first is not None and first > last:
            return None
        return ExportChoice(str(self.format_box.currentData()), first, last)

    def _date_edit(self, today: date) -> QDateEdit:
        edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        for label, field in (
            (translate("ExportDialog", "Format"), self.format_box),
            (translate("ExportDialog", "From"), self.first_edit),
            (translate("ExportDialog", "To"), self.last_edit),
        ):
            field.setAccessibleName(label)  # its own name, not only its label's
            form.addRow(label, field)
        form.insertRow(1, "", self.from_start)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.from_start.toggled.connect(self._check)
        self.first_edit.dateChanged.connect(self._check)
        self.last_edit.dateChanged.connect(self._check)

    def _check(self) -> None:
        self.first_edit.setEnabled(not self.from_start.isChecked())
        valid = self.choice() is not None
        self.problem.setText(
            "" if valid else translate("ExportDialog", "The first day is after the last day.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)


AskOptions = Callable[[QWidget, date], ExportChoice | None]
ChooseFile = Callable[[QWidget, str, str], Path | None]
Tell = Callable[[QWidget, str, bool], None]


def ask_with_dialog(parent: QWidget, today: date) -> ExportChoice | None:
    dialog = ExportDialog(today, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_file_with_dialog(parent: QWidget, suggested: str, file_format: str) -> Path | None:
    """The save dialog (it asks before replacing a file); the format's suffix is added if
    the name has none."""
    start = str(Path.home() / suggested)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ExportDialog", "Save the report"),
        start,
        translate("ExportDialog", FILE_FILTERS[file_format]),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(f".{file_format}")


def tell_with_message_box(parent: QWidget, message: str, is_error: bool) -> None:
    """Plain text: a file name or a note is never taken for markup."""
    icon = QMessageBox.Icon.Warning if is_error else QMessageBox.Icon.Information
    box = QMessageBox(icon, "hamtimer", message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def export_from_window(
    parent: QWidget,
    data_dir: Path,
    now: Callable[[], datetime],
    *,
    ask: AskOptions = ask_with_dialog,
    choose_file: ChooseFile = choose_file_with_dialog,
    tell: Tell = tell_with_message_box,
) -> ExportResult | None:
    """Ask, export and say what happened; None when cancelled or when it failed (shown)."""
    current = now()
    choice = ask(parent, current.date())
    if choice is None:
        return None
    path = choose_file(parent, suggested_name(choice), choice.format)
    if path is None:
        return None
    request = ExportRequest(choice.format, choice.first, choice.last, path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        labels = (translate("ExportDialog", "From"), translate("ExportDialog", "To"))
        result = export_report(request, data_dir, current, None, labels=labels)
    except (ExportError, ReportRangeError) as error:
        logger.error("export failed: %s", error)
        not_written = translate("ExportDialog", "The report was not written: {reason}")
        tell(parent, not_written.format(reason=error), True)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    tell(parent, "\n\n".join([written_text(result), *result.problems]), False)
    return result


def written_text(result: ExportResult) -> str:
    """What was written, where, for the patient: 'Wrote 59 sessions from … to … to PATH.'"""
    sessions = plural(
        result.sessions,
        translate("ExportDialog", "{n} session"),
        translate("ExportDialog", "{n} sessions"),
    )
    return translate("ExportDialog", "Wrote {sessions} from {first} to {last} to {path}.").format(
        sessions=sessions,
        first=format_date(result.span.first),
        last=format_date(result.span.last),
        path=result.output,
    )


def suggested_name(choice: ExportChoice) -> str:
    start = f"{choice.first}-to-" if choice.first else "to-"
    return f"hamtimer-report-{start}{choice.last}.{choice.format}"


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
