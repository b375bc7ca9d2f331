"""The session table: a model over the filtered sessions that formats a row only when shown.

A log of 100,000 sessions is handed over as a list; Qt asks for the rows on screen, and
only those are put in words (hamtimer.core.history_rows), a few thousand at most kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hamtimer.core.history import History
from hamtimer.core.history_rows import SessionRow
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_date, format_time, translate
from hamtimer.core.records import SessionRecord
from hamtimer.qt import theme

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryTable", "Date"),
    QT_TRANSLATE_NOOP("HistoryTable", "Time"),
    QT_TRANSLATE_NOOP("HistoryTable", "Session"),
    QT_TRANSLATE_NOOP("HistoryTable", "Outcome"),
    QT_TRANSLATE_NOOP("HistoryTable", "Reps"),
    QT_TRANSLATE_NOOP("HistoryTable", "Active"),
    QT_TRANSLATE_NOOP("HistoryTable", "Pain\nbefore → after"),
    QT_TRANSLATE_NOOP("HistoryTable", "Note"),
)
# The widest text each column is likely to hold, to size it without measuring every row
# (the date and time are put in the patient's format when the table is made).
WIDEST_DAY, WIDEST_TIME = date(2026, 9, 30), time(0, 0)
WIDEST = ("Banded hamstring flexion", "Completed", "10 of 10", "10 s of 36 s", "10 → 10", "")
CENTRED = {1, 4, 6}
MAX_CACHED_ROWS = 4000

AnyIndex = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: History | None = None
        self._records: Sequence[SessionRecord] = ()
        self._rows: dict[int, SessionRow] = {}
        self.formatted = 0  # rows put in words since the last show(): for tests and benches

    def show(self, history: History, records: Sequence[SessionRecord]) -> None:
        self.beginResetModel()
        self._history, self._records = history, records
        self._rows.clear()
        self.formatted = 0
        self.endResetModel()

    def row(self, number: int) -> SessionRow:
        row = self._rows.get(number)
        if row is None:
            assert self._history is not None
            if len(self._rows) >= MAX_CACHED_ROWS:
                self._rows.clear()
            row = self._rows[number] = self._history.row(self._records[number])
            self.formatted += 1
        return row

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.row(index.row()).cells()[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in CENTRED:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and self.row(index.row()).sharp_pain:
            return QColor(theme.current().alert_text)
        return None

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("HistoryTable", COLUMNS[section])
        return None


def session_table(model: SessionTableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only table over `model`, its columns sized from sample text, not from rows."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(translate("HistoryTable", "Sessions"))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    metrics = QFontMetrics(table.font())
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    samples = (format_date(WIDEST_DAY), format_time(WIDEST_TIME), *WIDEST)
    for column, (title, sample) in enumerate(zip(COLUMNS, samples, strict=True)):
        words = [*translate("HistoryTable", title).splitlines(), sample]
        table.setColumnWidth(column, max(metrics.horizontalAdvance(w) for w in words) + 16)
    return table
