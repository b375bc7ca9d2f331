"""Keyboard focus for a patient who uses only the keyboard: Tab goes everywhere and leaves
every list and table, and a thick ring shows where it has gone.

The style's own focus mark (Fusion: a 1-pixel tint of the border) is easy to miss, and on
the runner's coloured backgrounds it vanishes. The ring is drawn in the palette's highlight
colour, with a thin line of the highlighted-text colour inside it, so it shows on light and
dark palettes and on every phase colour; it restyles no widget.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFocusFrame,
    QMainWindow,
    QWidget,
)

RING_WIDTH = 3  # pixels of highlight; the style lets the frame reach 2 pixels outside


def tab_leaves_tables(root: QWidget) -> None:
    """Qt's tables move from cell to cell with Tab, and so keep Tab from ever leaving them;
    here the arrow keys move within a list or table, and Tab goes on to the next control."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


class FocusRing(QFocusFrame):
    """The ring itself; Qt keeps it just outside its widget, above it, as it moves."""

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        half = RING_WIDTH / 2
        outer = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), RING_WIDTH))
        painter.drawRoundedRect(outer, 4, 4)
        inner = outer.adjusted(half + 0.5, half + 0.5, -half - 0.5, -half - 0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.HighlightedText), 1))
        painter.drawRoundedRect(inner, 3, 3)


class FocusRingFollower(QObject):
    """Moves the ring to each widget of `window` that gets the focus. The ring lives in the
    widget's parent, so it goes when that parent goes; a new one is made when needed."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.ring: FocusRing | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = self.ring if self.ring is not None and shiboken6.isValid(self.ring) else None
        if new is not None and new.window() is self._window and new is not self._window:
            self.ring = ring or FocusRing(self._window)
            self.ring.setWidget(new)
        elif ring is not None:  # the focus left the window: the ring goes, until it is back
            ring.deleteLater()
            self.ring = None
