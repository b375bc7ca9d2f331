"""The pain trend chart (QtCharts), for the history view and the clinician report.

QtCharts is imported only by this module, and this module only when a chart is first shown.
A chart drawn into a PDF is rendered through its own scene at an explicit size: a QChartView
that was never shown has no size and collapses. Its colours are the theme's (the window's,
and again when the theme changes); a chart for print is given the light theme.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, QRectF, QSizeF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from hamtimer.core.pain import PainTrend
from hamtimer.qt import theme
from hamtimer.qt.theme_colours import Theme


def pain_chart(
    trend: PainTrend,
    title: str = "Pain, 0–10 (mean of the day's ratings)",
    colours: Theme | None = None,
) -> QChart:
    """The chart in `colours`; None: the window's theme, followed when it changes."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    line, dots = QLineSeries(), QScatterSeries()
    dots.setMarkerSize(7)
    for day, mean in trend.points:
        x = _msecs(day)
        line.append(x, mean)
        dots.append(x, mean)
    chart.addSeries(line)
    chart.addSeries(dots)
    days = QDateTimeAxis()
    days.setFormat("d MMM")
    days.setTickCount(min(8, max(2, (trend.last - trend.first).days + 1)))
    days.setRange(_qdate(trend.first), _qdate(trend.last))
    scale = QValueAxis()
    scale.setRange(0, 10)
    scale.setTickCount(6)
    scale.setLabelFormat("%d")
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(scale, Qt.AlignmentFlag.AlignLeft)
    for series in (line, dots):
        series.attachAxis(days)
        series.attachAxis(scale)
    colour_chart(chart, colours or theme.current())
    if colours is None:
        theme.on_change(chart, lambda new: colour_chart(chart, new))
    return chart


def colour_chart(chart: QChart, colours: Theme) -> None:
    """The line in the theme's chart colour, the text and axes in its text colour."""
    text, grid = QColor(colours.window_text), QColor(colours.chart_grid)
    chart.setBackgroundBrush(QBrush(QColor(colours.base)))
    chart.setTitleBrush(QBrush(text))
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(text))
        axis.setLinePenColor(text)
        axis.setGridLineColor(grid)
    line, dots = chart.series()
    assert isinstance(line, QLineSeries) and isinstance(dots, QScatterSeries)
    line.setPen(QPen(QColor(colours.chart_line), 2.5))
    dots.setColor(QColor(colours.chart_line))
    dots.setBorderColor(QColor(colours.chart_line))


def render_chart(
    chart: QChart, painter: QPainter, target: QRectF, font: QFont | None = None
) -> None:
    """Draw a chart that was never shown into `target` (e.g. on a PDF page)."""
    if font is not None:
        chart.setTitleFont(font)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(target.width(), target.height()))
    scene.setSceneRect(QRectF(0, 0, target.width(), target.height()))
    scene.render(painter, target, scene.sceneRect())
    scene.removeItem(chart)


def _msecs(day: date) -> float:
    return float(_qdate(day).toMSecsSinceEpoch())


def _qdate(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
