"""Tabs tall enough for accents: Fusion draws the tabs not chosen 2 pixels lower, inside a
rect only as tall as the text, which cut the dots off "Übungen" and the accent off "Él"."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar


class AccentSafeTabBar(QTabBar):
    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 (Qt's name)
        size = super().tabSizeHint(index)
        return QSize(size.width(), size.height() + self.fontMetrics().height() // 4)
