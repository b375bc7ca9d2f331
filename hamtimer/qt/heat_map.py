"""The calendar: one cell per day, weeks as rows like a wall calendar, coloured by the share
of the day's targets met and always carrying the number ('2/3') too, so colour is never the
only cue. A red corner triangle marks a day with a session stopped for sharp pain; today is
ringed. When the range has more weeks than fit, the last weeks of the range are shown. The
colours are the theme's (hamtimer.qt.theme); the cells grow with the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
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
from hamtimer.core.history_rows import day_text, short_day_text
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_weekday, plural, translate
from hamtimer.qt import theme

PREFERRED_MAX_WEEKS = 4  # more when the page is taller; leaves room for the table
GAP = 4  # between cells: today's ring is drawn in it, on the window's colour
RING = 3  # today's ring, in pixels
MIN_CELL_W, MAX_CELL_W = 46, 76  # at least; wider for larger text (cell_limits)


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
        (min_w, min_h), _ = self._limits()
        width = self._label_width() + 7 * (max(64, min_w + 18) + GAP)
        return QSize(width, self._header_height() + rows * (min_h + 10))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        (min_w, min_h), _ = self._limits()
        return QSize(self._label_width() + 7 * (min_w + GAP), self._header_height() + 2 * min_h)

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
        for cell in self._cells:
            if cell.summary is not None and cell.summary.day == self._history_today():
                paint_today_ring(painter, cell.rect)
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
        (_, min_h), _ = self._limits()
        return max(1, (self.height() - self._header_height()) // (min_h + GAP))

    def _cell_size(self, rows: int) -> tuple[int, int]:
        (min_w, min_h), (max_w, max_h) = self._limits()
        width = (self.width() - self._label_width()) // 7 - GAP
        height = (self.height() - self._header_height()) // max(rows, 1) - GAP
        return max(min_w, min(max_w, width)), max(min_h, min(max_h, height))

    def _limits(self) -> tuple[tuple[int, int], tuple[int, int]]:
        return cell_limits(self.font())

    def _in_range(self, day: date) -> bool:
        return self._first <= day <= self._last

    def _label_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(short_day_text(date(2026, 9, 30))) + 12

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _paint_weekdays(self, painter: QPainter) -> None:
        painter.setPen(QColor(theme.current().muted_text))
        for cell in self._cells[:7]:
            top = QRect(cell.rect.left(), 0, cell.rect.width(), self._header_height() - 4)
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, format_weekday(cell.day))
        for cell in self._cells[::7]:
            label = QRect(0, cell.rect.top(), self._label_width() - 8, cell.rect.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, align, short_day_text(cell.day))

    def _paint_cell(self, painter: QPainter, cell: HeatCell) -> None:
        rect, summary, colours = cell.rect, cell.summary, theme.current()
        if summary is None:  # outside the history or the range: a dotted outline, no fill
            painter.setPen(QPen(QColor(colours.muted_text), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            self._paint_day_number(painter, cell, QColor(colours.muted_text))
            return
        look = colours.heat[summary.level]
        painter.setPen(QPen(QColor(colours.heat_border), 1))
        painter.setBrush(QColor(look.background))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        self._paint_day_number(painter, cell, QColor(look.foreground))
        painter.setPen(QColor(look.foreground))
        painter.setFont(_bold(self.font()))
        number = rect.adjusted(0, rect.height() // 3, 0, 0)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, summary.short_text())
        painter.setFont(self.font())
        if summary.sharp_pain:
            paint_corner(painter, rect, look.foreground)

    def _paint_day_number(self, painter: QPainter, cell: HeatCell, colour: QColor) -> None:
        painter.setPen(colour)
        painter.setFont(small_font(self.font()))
        label = str(cell.day.day) if cell.day.day != 1 else short_day_text(cell.day)
        corner = cell.rect.adjusted(4, 2, -4, 0)
        painter.drawText(corner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.setFont(self.font())

    def _history_today(self) -> date | None:
        return self._history.today if self._history else None


def paint_corner(painter: QPainter, rect: QRect, edge: str) -> None:
    """The sharp-pain mark: a red triangle in the top-right corner (a shape, not only a hue),
    edged in the day's text colour so that it stands out from any fill."""
    size = max(10, rect.height() // 3)
    right, top = rect.right(), rect.top()
    triangle = QPolygon([QPoint(right - size, top), QPoint(right, top), QPoint(right, top + size)])
    painter.setPen(QPen(QColor(edge), 1))
    painter.setBrush(QColor(theme.current().sharp_pain))
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


def paint_today_ring(painter: QPainter, rect: QRect) -> None:
    """Today: a ring around the cell, in the gap between cells, on the window's colour."""
    painter.setPen(QPen(QColor(theme.current().today_ring), RING))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(-3, -3, 2, 2))


def small_font(font: QFont) -> QFont:
    """The day of the month in a cell's corner."""
    small = QFont(font)
    small.setPointSizeF(max(7.0, small.pointSizeF() * 0.75))
    return small


def cell_limits(font: QFont) -> tuple[tuple[int, int], tuple[int, int]]:
    """The smallest and largest cell, (width, height) each, for text in `font`: room for the
    day of the month ('1 Dec') above the count ('10/10')."""
    small, bold = QFontMetrics(small_font(font)), QFontMetrics(_bold(font))
    min_w = max(MIN_CELL_W, bold.horizontalAdvance("10/10") + 12)
    min_w = max(min_w, small.horizontalAdvance("30 Sep") + 12)
    min_h = small.height() + bold.height() + 8
    return (min_w, min_h), (max(MAX_CELL_W, min_w + 30), min_h + 12)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(first: date, last: date) -> int:
    return max(1, (_monday(last) - _monday(first)).days // 7 + 1)
