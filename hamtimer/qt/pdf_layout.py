"""Lays blocks of text, tables and drawings down A4 pages, breaking pages where needed.

Layout and painting are separate passes: blocks are measured and placed first, so the
footer of every page can say "page 2 of 5" when the pages are painted. A table repeats its
header row on each page it continues on; a heading never ends a page alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from hamtimer.core.i18n import format_number, translate
from hamtimer.core.report_text import Table

Paint = Callable[[QPainter], None]
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
ONE_LINE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
INK, GREY, RULE = QColor("#1A1A1A"), QColor("#555555"), QColor("#999999")
STRIPE, MARK = QColor("#F1F1F1"), QColor("#FBDADA")
GAP = 6.0
CELL_PAD = 4.0
FOOTER_H = 22.0


@dataclass(frozen=True)
class Fonts:
    body: QFont
    bold: QFont
    small: QFont
    heading: QFont
    title: QFont


def fonts(family: str = "") -> Fonts:
    def make(points: float, bold: bool = False) -> QFont:
        font = QFont(family) if family else QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    return Fonts(make(9.5), make(9.5, True), make(8.0), make(12.5, True), make(18.0, True))


class PageFlow:
    """Places blocks top to bottom on pages of `device`'s paintable size."""

    def __init__(self, device: QPagedPaintDevice, text_fonts: Fonts) -> None:
        self._device = device
        self.fonts = text_fonts
        self.width = float(device.width())
        self._bottom = float(device.height()) - FOOTER_H
        self.pages: list[list[Paint]] = [[]]
        self._y = 0.0

    # -- blocks --------------------------------------------------------------------------

    def text(self, text: str, font: QFont, colour: QColor = INK) -> None:
        height = self._text_height(text, font, self.width)
        y = self._room(height)
        rect = QRectF(0, y, self.width, height)
        self._add(lambda p: _draw_text(p, rect, text, font, colour, WRAP))
        self._y += height + GAP / 2

    def heading(self, text: str, keep_with: float = 90.0) -> None:
        """A heading kept on the page with `keep_with` of what follows it."""
        height = self._text_height(text, self.fonts.heading, self.width)
        self._room(height + keep_with)
        self._y += GAP
        self.text(text, self.fonts.heading)

    def facts(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Bold labels in a column as wide as the longest, each with its value beside it."""
        metrics = QFontMetricsF(self.fonts.bold, self._device)
        label_width = max(metrics.horizontalAdvance(label) for label, _ in pairs) + 3 * GAP
        for label, value in pairs:
            height = self._text_height(value, self.fonts.body, self.width - label_width)
            y = self._room(height)
            label_rect = QRectF(0, y, label_width, height)
            value_rect = QRectF(label_width, y, self.width - label_width, height)
            self._add(partial(_draw_text, rect=label_rect, text=label, font=self.fonts.bold))
            self._add(partial(_draw_text, rect=value_rect, text=value, font=self.fonts.body))
            self._y += height + 2

    def callout(self, text: str, font: QFont, colour: QColor, fill: QColor) -> None:
        """A paragraph on a tinted band with a thick bar at its left: hard to miss."""
        inner = self.width - 3 * CELL_PAD - 4
        height = self._text_height(text, font, inner) + 2 * CELL_PAD
        y = self._room(height)
        band = QRectF(0, y, self.width, height)
        text_rect = QRectF(4 + 2 * CELL_PAD, y + CELL_PAD, inner, height - 2 * CELL_PAD)
        self._add(lambda p: _draw_band(p, band, colour, fill))
        self._add(lambda p: _draw_text(p, text_rect, text, font, INK, WRAP))
        self._y += height + GAP / 2

    def drawing(self, height: float, draw: Callable[[QPainter, QRectF], None]) -> None:
        y = self._room(height)
        rect = QRectF(0, y, self.width, height)
        self._add(lambda p: draw(p, rect))
        self._y += height + GAP

    def table(self, table: Table, widths: Sequence[float], wrap_last: bool = False) -> None:
        """Rows of cells; `widths` are shares of the page width. Cells too long for one line
        are cut with an ellipsis, except the last column's when `wrap_last`."""
        columns = _columns(widths, self.width)
        font = self.fonts.small
        line = QFontMetricsF(font, self._device).height() + 2 * CELL_PAD
        self._room(2 * line)
        self._header_row(table.headers, columns, line)
        for index, cells in enumerate(table.rows):
            height = self._row_height(cells, columns, line) if wrap_last else line
            if self._y + height > self._bottom:
                self.new_page()
                self._header_row(table.headers, columns, line)
            fill = MARK if index in table.marked else STRIPE if index % 2 else None
            self._row(cells, columns, height, fill, wrap_last=wrap_last)
        self._y += GAP

    def space(self, height: float) -> None:
        self._y += height

    def new_page(self) -> None:
        self.pages.append([])
        self._y = 0.0

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, footer: str, new_page: Callable[[], bool]) -> None:
        """Paint every page with its footer; `new_page` is the device's newPage."""
        count = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            if number > 1 and not new_page():
                raise OSError("the PDF writer could not start a new page")
            for paint in page:
                paint(painter)
            page_of = translate("PdfLayout", "{footer} · page {number} of {count}")
            self._footer(
                painter,
                page_of.format(
                    footer=footer, number=format_number(number), count=format_number(count)
                ),
            )

    # -- internals -----------------------------------------------------------------------

    def _room(self, height: float) -> float:
        """The y at which a block of `height` starts: here, or on a new page."""
        if self._y > 0 and self._y + height > self._bottom:
            self.new_page()
        return self._y

    def _add(self, paint: Paint) -> None:
        self.pages[-1].append(paint)

    def _text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self._device)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()

    def _row_height(
        self, cells: Sequence[str], columns: list[tuple[float, float]], line: float
    ) -> float:
        width = columns[-1][1]
        wrapped = self._text_height(cells[-1], self.fonts.small, width - 2 * CELL_PAD)
        return max(line, wrapped + 2 * CELL_PAD)

    def _header_row(
        self, headers: Sequence[str], columns: list[tuple[float, float]], h: float
    ) -> None:
        y = self._y
        font = QFont(self.fonts.small)
        font.setBold(True)
        self._add(lambda p: _draw_cells(p, headers, columns, y, h, font, None, rule=True))
        self._y += h

    def _row(
        self,
        cells: Sequence[str],
        columns: list[tuple[float, float]],
        height: float,
        fill: QColor | None,
        *,
        wrap_last: bool,
    ) -> None:
        y, font = self._y, self.fonts.small
        self._add(lambda p: _draw_cells(p, cells, columns, y, height, font, fill, wrap=wrap_last))
        self._y += height

    def _footer(self, painter: QPainter, text: str) -> None:
        rect = QRectF(0, self._bottom + FOOTER_H / 2, self.width, FOOTER_H / 2)
        painter.setPen(QPen(RULE, 0.5))
        painter.drawLine(QPointF(0, rect.top() - 2), QPointF(self.width, rect.top() - 2))
        _draw_text(painter, rect, text, self.fonts.small, GREY, ONE_LINE)


def _columns(widths: Sequence[float], total: float) -> list[tuple[float, float]]:
    scale = total / sum(widths)
    columns, x = [], 0.0
    for share in widths:
        columns.append((x, share * scale))
        x += share * scale
    return columns


def _draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    colour: QColor = INK,
    flags: int = WRAP,
) -> None:
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, flags, text)


def _draw_band(painter: QPainter, rect: QRectF, colour: QColor, fill: QColor) -> None:
    painter.fillRect(rect, fill)
    painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour)


def _draw_cells(
    painter: QPainter,
    cells: Sequence[str],
    columns: list[tuple[float, float]],
    y: float,
    height: float,
    font: QFont,
    fill: QColor | None,
    *,
    rule: bool = False,
    wrap: bool = False,
) -> None:
    if fill is not None:
        painter.fillRect(QRectF(0, y, columns[-1][0] + columns[-1][1], height), fill)
    metrics = QFontMetricsF(font, painter.device())
    for index, ((x, width), text) in enumerate(zip(columns, cells, strict=True)):
        inner = QRectF(x + CELL_PAD, y + CELL_PAD, width - 2 * CELL_PAD, height - 2 * CELL_PAD)
        if wrap and index == len(cells) - 1:
            _draw_text(painter, inner, text, font, INK, WRAP)
            continue
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        _draw_text(painter, inner, shown, font, INK, ONE_LINE)
    if rule:
        painter.setPen(QPen(RULE, 0.8))
        right = columns[-1][0] + columns[-1][1]
        painter.drawLine(QPointF(0, y + height), QPointF(right, y + height))
