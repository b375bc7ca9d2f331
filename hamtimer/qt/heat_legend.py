"""The calendar's legend: what each colour, number and mark means, drawn as the calendar
draws them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from hamtimer.core.history_days import Level
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.qt.heat_map import BORDER, LOOK, TODAY_BORDER, paint_corner


class LegendSwatch(QWidget):
    """A small cell painted as the calendar paints one: a level, the sharp-pain corner, today."""

    def __init__(self, kind: Level | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setFixedSize(40, 26)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 0, -1, -1)
        level = self._kind if isinstance(self._kind, Level) else Level.NONE
        fill, text = LOOK[level]
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.setBrush(QColor(fill))
        painter.drawRect(rect)
        if self._kind == "sharp pain":
            paint_corner(painter, self.rect())
        elif self._kind == "today":
            painter.setPen(QPen(QColor(TODAY_BORDER), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QColor(text))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, LEGEND_SAMPLES[level])
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
        grid.addWidget(LegendSwatch(kind, legend), row, column * 2)
        grid.addWidget(QLabel(translate("HeatLegend", words), legend), row, column * 2 + 1)
    grid.setColumnStretch(5, 1)
    return legend
