"""Digits that fill their space, so the time can be read from across a room.

A new second repaints only the one or two characters that changed, never the whole widget
or its parents' backgrounds. (Glyphs this big are past Qt's glyph cache: drawing the text
filled every glyph's outline, over the whole widget, each second.)

A countdown of minutes (M:SS, e.g. a 15-minute ice) goes further: each character stands in
a slot of its own, a QLabel showing a pixmap of it rendered once per size and colours, so a
new second only swaps a pixmap and Qt repaints the slot in C++. A countdown of seconds
changes size and colours too often for pixmaps to pay off, and on a very large screen they
would take too much memory (PIXMAP_BUDGET_BYTES); the widget then draws the characters
itself, still only where they changed.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from hamtimer.core.i18n import translate
from hamtimer.qt import theme

FILL_RATIO = 0.92  # of the widget's height or width, whichever binds first
MIN_STRETCH = 62  # % of the font's width: how far condensed digits may go to grow taller
INK_MARGIN = 1  # pixels kept around each glyph's ink, for its antialiased edge
PIXMAP_BUDGET_BYTES = 10 * 1024 * 1024  # "9:59" full screen at 1920×1080: 8.9 MiB for 0-9 and ":"
DIGITS = "0123456789"


@dataclass(frozen=True)
class PlacedGlyph:
    """One character of the shown text and the slot it is drawn in, in widget pixels."""

    char: str
    cell: QRect


class GlyphMetrics:
    """The digits' font at one pixel size; what is measured of each character is kept."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self._metrics = QFontMetricsF(font)
        self.cap_height = self._metrics.capHeight() or self._metrics.height()
        self._advances: dict[str, float] = {}
        self._cells: dict[str, QRect] = {}

    def advance(self, text: str) -> float:
        """Characters set side by side: digits are tabular, and nothing between is kerned."""
        return sum(self._advance(char) for char in text)

    def ink_cell(self, char: str) -> QRect:
        """The whole pixels around a character's ink, relative to its pen position."""
        cell = self._cells.get(char)
        if cell is None:
            ink = self._metrics.tightBoundingRect(char)
            left, top = math.floor(ink.left()) - INK_MARGIN, math.floor(ink.top()) - INK_MARGIN
            right = math.ceil(ink.right()) + INK_MARGIN
            bottom = math.ceil(ink.bottom()) + INK_MARGIN
            cell = self._cells[char] = QRect(left, top, max(1, right - left), max(1, bottom - top))
        return cell

    def slot_cell(self, char: str) -> QRect:
        """A digit's slot holds any digit, so it keeps its place as the digits change."""
        if char not in DIGITS:
            return self.ink_cell(char)
        slot = self._cells.get("digit slot")
        if slot is None:
            slot = QRect(self.ink_cell("0"))
            for digit in DIGITS[1:]:
                slot = slot.united(self.ink_cell(digit))
            self._cells["digit slot"] = slot
        return slot

    def _advance(self, char: str) -> float:
        advance = self._advances.get(char)
        if advance is None:
            advance = self._advances[char] = self._metrics.horizontalAdvance(char)
        return advance


class BigDigits(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor(theme.current().window_text)
        self._background = self.palette().color(QPalette.ColorRole.Window)
        self._colour_names = (self._colour.name(), self._background.name())
        self._sizes: dict[tuple[int, bool], tuple[int, int]] = {}  # pixel size, stretch
        self._stretch = 100
        self.condensed_allowed = False
        self._metrics: GlyphMetrics | None = None
        self._glyphs: list[PlacedGlyph] = []
        self._slots: list[QLabel] = []
        self._draws_itself = False  # no slot labels: seconds only, over budget, overlap
        self._pixmaps: dict[str, QPixmap] = {}
        self._pixmap_ratio = 1.0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        self.show_time(text, *self._colour_names)

    def set_colours(self, foreground: str, background: str) -> None:
        """The digits' colour and the background they stand on (the parent's, to match)."""
        self.show_time(self._text, foreground, background)

    def show_time(self, text: str, foreground: str, background: str) -> None:
        """Show `text` in these colours. Only what changes is repainted: once a second, the
        last digit or two; with new colours (a new phase), each character is drawn once."""
        recolour = (foreground, background) != self._colour_names
        if text == self._text and not recolour:
            return
        if recolour:
            self._colour_names = (foreground, background)
            self._colour, self._background = QColor(foreground), QColor(background)
            self._pixmaps.clear()
        before, self._text = self._text, text
        if text != before:
            self.setAccessibleName(translate("BigDigits", "Time left: {time}").format(time=text))
        if recolour or _shape(text) != _shape(before) or not self._glyphs:
            self._lay_out()
            return
        for index, (old, new) in enumerate(zip(before, text, strict=True)):
            if old != new:
                self._show(index, new)

    def glyphs(self) -> list[PlacedGlyph]:
        """Where each character of the text is drawn, in widget pixels."""
        return list(self._glyphs)

    def allow_condensed(self, allowed: bool) -> None:
        """Floor mode: when the width binds (a 14:59 on a wide screen is still short), draw
        the digits narrower, down to MIN_STRETCH, so that they can be taller."""
        self.condensed_allowed = allowed
        self._sizes.clear()
        self._lay_out()

    def digit_pixel_size(self) -> int:
        """The font size that makes the widest shown text fit; follows the window's size."""
        digits = len(self._text.replace(":", "").replace(" ", "")) or 2
        shape = (digits, ":" in self._text)
        fitted = self._sizes.get(shape)  # forgotten at each resize
        if fitted is None:
            widest = "0" * digits + (":" if shape[1] else "")
            by_width, by_height = self._fit(widest, 100)
            stretch = 100
            if self.condensed_allowed and by_width < by_height:
                stretch = max(MIN_STRETCH, int(100 * by_width / by_height))
                by_width, by_height = self._fit(widest, stretch)
            fitted = self._sizes[shape] = (max(12, int(min(by_width, by_height))), stretch)
        size, self._stretch = fitted
        return size

    def _fit(self, widest: str, stretch: int) -> tuple[float, float]:
        """The pixel sizes at which `widest` fills the width, and the cap height the height."""
        at_100 = GlyphMetrics(self._font(100, stretch))
        by_width = self.width() * FILL_RATIO / max(at_100.advance(widest), 1) * 100
        by_height = self.height() * FILL_RATIO / max(at_100.cap_height, 1) * 100
        return by_width, by_height

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """The background, and the characters when there are no slot labels to show them."""
        if self.devicePixelRatioF() != self._pixmap_ratio:  # moved to a denser screen
            self._pixmaps.clear()
            self._lay_out()
        area = event.rect()
        painter = QPainter(self)
        painter.fillRect(area, self._background)
        if self._draws_itself:
            for glyph in self._glyphs:
                if glyph.cell.intersects(area):
                    self._draw(painter, glyph.char, glyph.cell.topLeft())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._sizes.clear()
        self._lay_out()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._sizes.clear()
            self._metrics = None
            self._lay_out()

    def _lay_out(self) -> None:
        """Place a slot for each character, centring the digits' cap height (not the line
        box) so they can fill the widget; then show them."""
        metrics = self._metrics_at(self.digit_pixel_size())
        x = (self.width() - metrics.advance(self._text)) / 2
        baseline = round((self.height() + metrics.cap_height) / 2)
        self._glyphs = []
        for char in self._text:
            pen = QPoint(round(x), baseline)
            self._glyphs.append(PlacedGlyph(char, metrics.slot_cell(char).translated(pen)))
            x += metrics.advance(char)
        self._pixmap_ratio = self.devicePixelRatioF()
        minutes = ":" in self._text
        self._draws_itself = not minutes or self._slots_overlap() or self._over_budget()
        while not self._draws_itself and len(self._slots) < len(self._glyphs):
            self._slots.append(_slot_label(self))
        for index, glyph in enumerate(self._glyphs):
            if not self._draws_itself:
                self._slots[index].setGeometry(glyph.cell)
                self._slots[index].show()
            self._show(index, glyph.char)
        for label in self._slots[0 if self._draws_itself else len(self._glyphs) :]:
            label.hide()
        self.update()

    def _show(self, index: int, char: str) -> None:
        glyph = self._glyphs[index] = PlacedGlyph(char, self._glyphs[index].cell)
        if self._draws_itself:
            self.update(glyph.cell)
        else:
            self._slots[index].setPixmap(self._pixmap(char))

    def _slots_overlap(self) -> bool:
        cells = [glyph.cell for glyph in self._glyphs]
        return any(a.intersects(b) for a, b in itertools.pairwise(cells))

    def _over_budget(self) -> bool:
        """Whether the ten digits' pixmaps, and the other characters', would be too big."""
        metrics, ratio = self._laid_out_metrics(), self._pixmap_ratio
        cells = [metrics.slot_cell(char) for char in set(self._text + DIGITS)]
        used = sum(cell.width() * cell.height() * 4 * ratio * ratio for cell in cells)
        return used > PIXMAP_BUDGET_BYTES

    def _metrics_at(self, pixel_size: int) -> GlyphMetrics:
        metrics = self._metrics
        wanted = (pixel_size, self._stretch)
        if metrics is None or (metrics.font.pixelSize(), metrics.font.stretch()) != wanted:
            metrics = self._metrics = GlyphMetrics(self._font(pixel_size, self._stretch))
            self._pixmaps.clear()
        return metrics

    def _pixmap(self, char: str) -> QPixmap:
        """The character in its slot, on its background, rendered once."""
        pixmap = self._pixmaps.get(char)
        if pixmap is None:
            ratio = self._pixmap_ratio
            slot = self._laid_out_metrics().slot_cell(char)
            pixmap = self._pixmaps[char] = QPixmap(slot.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self._background)
            painter = QPainter(pixmap)
            self._draw(painter, char, QPoint(0, 0))
            painter.end()
        return pixmap

    def _draw(self, painter: QPainter, char: str, slot_corner: QPoint) -> None:
        """Draw a character whose slot has its top left corner at `slot_corner`."""
        metrics = self._laid_out_metrics()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(metrics.font)
        painter.setPen(self._colour)
        painter.drawText(QPointF(slot_corner - metrics.slot_cell(char).topLeft()), char)

    def _laid_out_metrics(self) -> GlyphMetrics:
        assert self._metrics is not None  # the text is laid out before it is painted
        return self._metrics

    def _font(self, pixel_size: int, stretch: int = 100) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixel_size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setStretch(stretch)
        return font


def _shape(text: str) -> str:
    """What the slots depend on: which characters are digits, not which digits."""
    return text.translate(_EVERY_DIGIT_AS_ZERO)


_EVERY_DIGIT_AS_ZERO = str.maketrans(DIGITS, "0" * len(DIGITS))


def _slot_label(parent: QWidget) -> QLabel:
    """A slot: it shows an opaque pixmap of its whole size, so nothing under it is painted."""
    label = QLabel(parent)
    label.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    return label
