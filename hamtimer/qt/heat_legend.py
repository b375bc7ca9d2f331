"""The calendar's legend: what each colour, number and mark means, drawn as the calendar
draws them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from hamtimer.core.history_days import Level
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.qt import theme
from hamtimer.qt.heat_map import RING, paint_corner, paint_today_ring


class LegendSwatch(QWidget):
    """A small cell painted as the calendar paints one: a level, the sharp-pain corner, today."""

    def __init__(self, kind: Level | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As large as its sample ('3/3') needs: it grows with the text."""
        metrics = self.fontMetrics()
        return QSize(max(40, metrics.horizontalAdvance("3/3") + 16), max(26, metrics.height() + 10))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        colours = theme.current()
        level = self._kind if isinstance(self._kind, Level) else Level.NONE
        look = colours.heat[level]
        inset = RING + 1 if self._kind == "today" else 0  # room for the ring around it
        cell = self.rect().adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(QColor(colours.heat_border), 1))
        painter.setBrush(QColor(look.background))
        painter.drawRect(cell.adjusted(0, 0, -1, -1))
        if self._kind == "sharp pain":
            paint_corner(painter, cell, look.foreground)
        elif self._kind == "today":
            paint_today_ring(painter, cell)
        else:
            painter.setPen(QColor(look.foreground))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, LEGEND_SAMPLES[level])
        painter.end()


LEGEND_SAMPLES = {Level.ALL: "3/3", Level.HALF: "2/3", Level.SOME: "1/3", Level.NONE: "0/3",
                  Level.NO_TARGETS: "–"}  # fmt: skip
LEGEND: tuple[tuple[Level | str, str], ...] = (
    (Level.ALL, QT_TRANSLATE_NOOP("HeatLegend", "Every target met")),
    (Level.HALF, QT_TRANSLATE_NOOP("HeatLegend", "Half or more")),
    (Level.SOME, QT_TRANSLATE_NOOP("HeatLegend", "Less than half")),
    (Level.NONE, QT_TRANSLATE_NOOP("HeatLegend", "None met")),
    ("sharp pain", QT_TRANSLATE_NOOP("HeatLegend", "Stopped for sharp pain")),
    ("today", QT_TRANSLATE_NOOP("HeatLegend", "Today")),
)


def heat_legend(parent: QWidget | None = None) -> QWidget:
    """What the colours and marks mean, in two rows under the calendar."""
    legend = QWidget(parent)
    legend.setAccessibleName(translate("HeatLegend", "Calendar legend"))
    grid = QGridLayout(legend)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(6)
    for number, (kind, words) in enumerate(LEGEND):
        row, column = divmod(number, 3)
        swatch = LegendSwatch(kind, legend)
        grid.addWidget(swatch, row, column * 2, Qt.AlignmentFlag.AlignVCenter)  # its own size
        label = QLabel(translate("HeatLegend", words), legend)
        label.setWordWrap(True)  # long languages at large text: two lines, not a wider page
        grid.addWidget(label, row, column * 2 + 1)
    grid.setColumnStretch(5, 1)
    return legend
