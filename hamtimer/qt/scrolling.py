"""A page part that scrolls up and down when it is taller than the window (large text, long
languages), with no frame: it looks like the page itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(content: QWidget, parent: QWidget, *, sideways: bool = False) -> QScrollArea:
    """`sideways`: a scroll bar too when the content is wider than the window (a page whose
    width tests watch for); otherwise the content always takes the window's width."""
    scroller = QScrollArea(parent)
    scroller.setWidget(content)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroller
