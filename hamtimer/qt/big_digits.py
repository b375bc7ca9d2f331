"""Digits that fill their space, so the time can be read from across a room."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FILL_RATIO = 0.92  # of the widget's height or width, whichever binds first


class BigDigits(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("#1A1A1A")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Repaint only when the shown text changes: once a second, not once a tick."""
        if text != self._text:
            self._text = text
            self.setAccessibleName(f"Time left: {text}")
            self.update()

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self._colour:
            self._colour = QColor(colour)
            self.update()

    def digit_pixel_size(self) -> int:
        """The font size that makes the widest shown text fit; follows the window's size."""
        font = self._font(100)
        metrics = QFontMetricsF(font)
        sample = self._text.replace(":", "").replace(" ", "") or "00"
        width_at_100 = metrics.horizontalAdvance(
            "0" * len(sample) + (":" if ":" in self._text else "")
        )
        height_at_100 = metrics.capHeight() or metrics.height()
        by_width = self.width() * FILL_RATIO / max(width_at_100, 1) * 100
        by_height = self.height() * FILL_RATIO / max(height_at_100, 1) * 100
        return max(12, int(min(by_width, by_height)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        font = self._font(self.digit_pixel_size())
        metrics = QFontMetricsF(font)
        # Centre the digits' cap height, not the line box, so they can fill the widget.
        x = (self.width() - metrics.horizontalAdvance(self._text)) / 2
        y = (self.height() + metrics.capHeight()) / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(self._colour)
        painter.drawText(QPointF(x, y), self._text)

    def _font(self, pixel_size: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixel_size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        return font
