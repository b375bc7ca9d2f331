"""The report as a printable A4 PDF (QPdfWriter): header, disclaimer, red flags, summary,
pain chart, then the day-by-day table, the sessions and the notes (docs/REPORTS.md).

The PDF is made in memory and written atomically, so an error never leaves a partial
file. Needs a QApplication (the chart is a graphics widget); the caller makes one.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCharts import QDateTimeAxis
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

from hamtimer import __version__
from hamtimer.core import report_text as words
from hamtimer.core.i18n import translate
from hamtimer.core.report import Report
from hamtimer.core.safe_files import atomic_write_bytes
from hamtimer.qt.pain_chart import pain_chart, render_chart
from hamtimer.qt.pdf_layout import GAP, GREY, PageFlow, fonts
from hamtimer.qt.theme_colours import LIGHT

logger = logging.getLogger(__name__)

# 96 dpi: the resolution QtCharts lays its labels out at, so the chart's text fits its axes.
RESOLUTION_DPI = 96
MARGINS_MM = QMarginsF(16, 14, 16, 10)
CHART_HEIGHT = 250.0
LONG_RANGE_DAYS = 180
RED, RED_FILL = QColor("#C62828"), QColor("#FDECEA")
CALM, CALM_FILL = QColor("#2E7D32"), QColor("#EDF7EE")
NOTE, NOTE_FILL = QColor("#8D6E00"), QColor("#FFF8E1")
DAY_WIDTHS = (17, 41, 14, 14, 8)
SESSION_WIDTHS = (17, 7, 24, 11, 8, 11, 8, 14)
NOTE_WIDTHS = (19, 12, 69)


def render_pdf(report: Report) -> bytes:
    """The whole PDF document. Raises OSError if Qt cannot write it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    flow = PageFlow(writer, fonts())
    _compose(flow, report)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start the PDF")
    try:
        footer = translate("ReportPdf", "{title} · {span}").format(
            title=words.title(), span=words.span_text(report)
        )
        flow.paint(painter, footer, writer.newPage)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_pdf(report: Report, path: Path) -> None:
    """Replace `path` atomically with the report; raises OSError."""
    atomic_write_bytes(path, render_pdf(report))


def _writer(buffer: QBuffer) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(words.title())
    writer.setCreator(f"hamtimer {__version__}")
    return writer


def _compose(flow: PageFlow, report: Report) -> None:
    flow.text(words.title(), flow.fonts.title)
    flow.facts(words.header_facts(report))
    flow.space(GAP)
    flow.callout(words.disclaimer(), flow.fonts.body, GREY, QColor("#F4F4F4"))
    _red_flags(flow, report)
    flow.heading(translate("ReportPdf", "Summary"))
    flow.facts(words.summary_facts(report))
    if report.data_notes:
        flow.heading(translate("ReportPdf", "About the data"))
        for line in report.data_notes:
            flow.callout(line, flow.fonts.body, NOTE, NOTE_FILL)
    _chart(flow, report)
    _tables(flow, report)


def _red_flags(flow: PageFlow, report: Report) -> None:
    flow.heading(translate("ReportPdf", "Red flags: when to see a professional"))
    if not report.flags_holding and not report.flags_raised:
        (line,) = words.flag_lines(report)
        flow.callout(line, flow.fonts.body, CALM, CALM_FILL)
        return
    for line in words.flag_lines(report):
        flow.callout(line, flow.fonts.bold, RED, RED_FILL)


def _chart(flow: PageFlow, report: Report) -> None:
    flow.heading(translate("ReportPdf", "Pain trend"), keep_with=CHART_HEIGHT)
    trend = report.trend
    if not trend.points:
        flow.text(translate("ReportPdf", "No pain ratings in this period."), flow.fonts.body)
        return
    if trend.first == trend.last:  # an axis needs two distinct ends
        day = timedelta(days=1)
        trend = replace(trend, first=trend.first - day, last=trend.last + day)
    chart = pain_chart(trend, colours=LIGHT)  # printed: always light
    if (trend.last - trend.first).days > LONG_RANGE_DAYS:  # "d MMM" would repeat over years
        for axis in chart.axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QDateTimeAxis):
                axis.setFormat("MMM yyyy")

    def draw(painter: QPainter, rect: QRectF) -> None:
        render_chart(chart, painter, rect, flow.fonts.bold)

    flow.drawing(CHART_HEIGHT, draw)


def _tables(flow: PageFlow, report: Report) -> None:
    flow.heading(translate("ReportPdf", "Day by day"))
    if report.days:
        flow.text(words.day_legend(), flow.fonts.small, GREY)
        flow.table(words.day_table(report), DAY_WIDTHS)
    else:
        flow.text(translate("ReportPdf", "Nothing was due in this period."), flow.fonts.body)
    flow.heading(translate("ReportPdf", "Sessions"))
    if report.sessions:
        flow.text(words.session_legend(), flow.fonts.small, GREY)
        flow.table(words.session_table(report), SESSION_WIDTHS)
    else:
        flow.text(
            translate("ReportPdf", "No sessions were logged in this period."), flow.fonts.body
        )
    flow.heading(translate("ReportPdf", "Notes and events"))
    if report.notes:
        flow.table(words.note_table(report), NOTE_WIDTHS, wrap_last=True)
    else:
        flow.text(translate("ReportPdf", "No notes in this period."), flow.fonts.body)
