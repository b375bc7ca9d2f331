"""The calendar: one cell per day, weeks as rows like a wall calendar, coloured by the share
of the day's targets met and always carrying the number ('2/3') too, so colour is never the
only cue. A red corner triangle marks a day with a session stopped for sharp pain; today is
outlined. When the range has more weeks than fit, the last weeks of the range are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygon,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from hamtimer.core.history import History
from hamtimer.core.history_days import DaySummary, Level
from hamtimer.core.history_rows import WEEKDAYS, day_text, short_day_text
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, plural, translate

# (fill, text) for each level; greens from light to dark, so the order reads without hue.
LOOK = {
    Level.ALL: ("#1B5E20", "#FFFFFF"),
    Level.HALF: ("#66BB6A", "#000000"),
    Level.SOME: ("#C8E6C9", "#000000"),
    Level.NONE: ("#FFFFFF", "#000000"),
    Level.NO_TARGETS: ("#EEEEEE", "#424242"),
}
BORDER, TODAY_BORDER, SHARP_PAIN, MUTED = "#9E9E9E", "#0D47A1", "#C62828", "#757575"
PREFERRED_MAX_WEEKS = 4  # more when the page is taller; leaves room for the table
GAP, MIN_CELL_H, MAX_CELL_H, MIN_CELL_W, MAX_CELL_W = 4, 34, 46, 46, 76


@dataclass(frozen=True)
class HeatCell:
    day: date
    rect: QRect
    summary: DaySummary | None  # None: the day is outside the history (before it, or later)


class CalendarHeatMap(QWidget):
    """Signals:
    laid_out(): the cells were placed again (new days or a new size); hidden_weeks() may differ.
    """

    laid_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("CalendarHeatMap", "Calendar of the days' targets"))
        self.setMinimumSize(7 * MIN_CELL_W + 80, 2 * MIN_CELL_H + 40)
        self._history: History | None = None
        self._first = self._last = date.min
        self._cells: list[HeatCell] = []

    def show_range(self, history: History, first: date, last: date) -> None:
        self._history, self._first, self._last = history, first, last
        self.updateGeometry()  # the size hint follows the number of weeks
        self._lay_out()
        self.update()

    def cells(self) -> list[HeatCell]:
        return list(self._cells)

    def hidden_weeks(self) -> int:
        """Weeks of the range left out for lack of room (the earliest ones)."""
        return max(0, _weeks(self._first, self._last) - self.shown_weeks())

    def shown_weeks(self) -> int:
        return min(_weeks(self._first, self._last), self._rows_that_fit())

    def tooltip_at(self, point: QPoint) -> str:
        for cell in self._cells:
            if cell.rect.contains(point):
                return cell.summary.describe() if cell.summary else day_text(cell.day)
        return ""

    def summary_text(self) -> str:
        shown = [c.summary for c in self._cells if c.summary and self._in_range(c.day)]
        if not shown:
            return translate("CalendarHeatMap", "No days to show.")
        counts = {level: sum(1 for s in shown if s.level is level) for level in Level}
        parts = [_level_on_days(level, n) for level, n in counts.items() if n]
        text = translate("CalendarHeatMap", "{first} to {last}: {levels}.").format(
            first=day_text(shown[0].day), last=day_text(shown[-1].day), levels=", ".join(parts)
        )
        pains = [short_day_text(s.day) for s in shown if s.sharp_pain]
        if not pains:
            return text
        stopped = translate("CalendarHeatMap", "Stopped for sharp pain on {days}.")
        return f"{text} {stopped.format(days=', '.join(pains))}"

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = min(_weeks(self._first, self._last), PREFERRED_MAX_WEEKS)
        return QSize(self._label_width() + 7 * (64 + GAP), self._header_height() + rows * 44)

    # -- layout and painting --------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._lay_out()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_weekdays(painter)
        for cell in self._cells:
            self._paint_cell(painter, cell)
        painter.end()

    def _lay_out(self) -> None:
        self._cells = []
        if self._history is not None:
            self._place_cells(self._history)
        self.setAccessibleDescription(self.summary_text())
        self.laid_out.emit()

    def _place_cells(self, history: History) -> None:
        rows = min(_weeks(self._first, self._last), self._rows_that_fit())
        width, height = self._cell_size(rows)
        monday = _monday(self._last) - timedelta(weeks=rows - 1)
        in_history = {d.day: d for d in history.days(monday, monday + timedelta(rows * 7))}
        for row in range(rows):
            for column in range(7):
                day = monday + timedelta(weeks=row, days=column)
                x = self._label_width() + column * (width + GAP)
                y = self._header_height() + row * (height + GAP)
                summary = in_history.get(day) if self._in_range(day) else None
                self._cells.append(HeatCell(day, QRect(x, y, width, height), summary))

    def _rows_that_fit(self) -> int:
        return max(1, (self.height() - self._header_height()) // (MIN_CELL_H + GAP))

    def _cell_size(self, rows: int) -> tuple[int, int]:
        width = (self.width() - self._label_width()) // 7 - GAP
        height = (self.height() - self._header_height()) // max(rows, 1) - GAP
        return (
            max(MIN_CELL_W, min(MAX_CELL_W, width)),
            max(MIN_CELL_H, min(MAX_CELL_H, height)),
        )

    def _in_range(self, day: date) -> bool:
        return self._first <= day <= self._last

    def _label_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(short_day_text(date(2026, 9, 30))) + 12

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _paint_weekdays(self, painter: QPainter) -> None:
        painter.setPen(QColor(MUTED))
        for cell in self._cells[:7]:
            top = QRect(cell.rect.left(), 0, cell.rect.width(), self._header_height() - 4)
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, WEEKDAYS[cell.day.weekday()])
        for cell in self._cells[::7]:
            label = QRect(0, cell.rect.top(), self._label_width() - 8, cell.rect.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, align, short_day_text(cell.day))

    def _paint_cell(self, painter: QPainter, cell: HeatCell) -> None:
        rect, summary = cell.rect, cell.summary
        if summary is None:
            painter.setPen(QPen(QColor("#E0E0E0"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            self._paint_day_number(painter, cell, QColor("#BDBDBD"))
            return
        fill, text = LOOK[summary.level]
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.setBrush(QColor(fill))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        self._paint_day_number(painter, cell, QColor(text))
        painter.setPen(QColor(text))
        painter.setFont(_bold(self.font()))
        number = rect.adjusted(0, rect.height() // 3, 0, 0)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, summary.short_text())
        painter.setFont(self.font())
        if summary.sharp_pain:
            paint_corner(painter, rect)
        if summary.day == self._history_today():
            painter.setPen(QPen(QColor(TODAY_BORDER), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))

    def _paint_day_number(self, painter: QPainter, cell: HeatCell, colour: QColor) -> None:
        painter.setPen(colour)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.75))
        painter.setFont(small)
        label = str(cell.day.day) if cell.day.day != 1 else short_day_text(cell.day)
        corner = cell.rect.adjusted(4, 2, -4, 0)
        painter.drawText(corner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.setFont(self.font())

    def _history_today(self) -> date | None:
        return self._history.today if self._history else None


def paint_corner(painter: QPainter, rect: QRect) -> None:
    """The sharp-pain mark: a red triangle in the top-right corner (a shape, not only a hue)."""
    size = max(10, rect.height() // 3)
    right, top = rect.right(), rect.top()
    triangle = QPolygon([QPoint(right - size, top), QPoint(right, top), QPoint(right, top + size)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SHARP_PAIN))
    painter.drawPolygon(triangle)


# The levels' words in a sentence ("every target met on 18 days").
LEVEL_WORDS = {
    Level.ALL: QT_TRANSLATE_NOOP("CalendarHeatMap", "every target met"),
    Level.HALF: QT_TRANSLATE_NOOP("CalendarHeatMap", "half or more met"),
    Level.SOME: QT_TRANSLATE_NOOP("CalendarHeatMap", "less than half met"),
    Level.NONE: QT_TRANSLATE_NOOP("CalendarHeatMap", "none met"),
    Level.NO_TARGETS: QT_TRANSLATE_NOOP("CalendarHeatMap", "no targets"),
}


def _level_on_days(level: Level, count: int) -> str:
    days = plural(
        count, translate("CalendarHeatMap", "{n} day"), translate("CalendarHeatMap", "{n} days")
    )
    return translate("CalendarHeatMap", "{level} on {days}").format(
        level=translate("CalendarHeatMap", LEVEL_WORDS[level]), days=days
    )


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(first: date, last: date) -> int:
    return max(1, (_monday(last) - _monday(first)).days // 7 + 1)
