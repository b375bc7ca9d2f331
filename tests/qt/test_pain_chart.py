"""The pain chart draws the seeded trend, also into a never-shown page."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from hamtimer.core.pain import pain_trend
from hamtimer.qt import theme
from hamtimer.qt.pain_chart import pain_chart, render_chart
from tests.seed import CET, ONSET, TODAY, build


def test_a_chart_rendered_at_an_explicit_size_draws_the_pain_line(qapp: object) -> None:
    chart = pain_chart(pain_trend(build().journal, ONSET, TODAY, CET))
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    render_chart(chart, painter, QRectF(0, 0, 800, 400))
    painter.end()
    line = QColor(theme.current().chart_line).rgb()
    reds = sum(1 for x in range(0, 800, 2) for y in range(0, 400, 2) if image.pixel(x, y) == line)
    assert reds > 200  # the line and its dots, across the width
    assert chart.series()[0].count() == 22
