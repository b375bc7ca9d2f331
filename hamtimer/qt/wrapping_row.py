"""A row of control groups that goes onto several lines when the width runs out.

At large text sizes and in long languages a row of labelled controls ("From [date] to
[date]  Session [list]  Show [list]") can be wider than the window; a page would then
scroll sideways. Here the groups stand side by side when they fit and one under the other
when they do not, and the row asks only for the width of its widest group.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QWidget


class WrappingRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout.addStretch(1)  # after the groups: they stay to the left
        self._groups: list[QHBoxLayout] = []

    def add_group(self) -> QHBoxLayout:
        """A new group, kept on one line, after the others."""
        group = QHBoxLayout()
        self._layout.insertLayout(len(self._groups), group)
        self._layout.setAlignment(group, Qt.AlignmentFlag.AlignLeft)
        self._groups.append(group)
        return group

    def is_one_line(self) -> bool:
        return self._layout.direction() is QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        widest = max((group.minimumSize().width() for group in self._groups), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        gaps = self._layout.spacing() * max(len(self._groups) - 1, 0)
        one_line = sum(group.sizeHint().width() for group in self._groups) + gaps
        direction = QBoxLayout.Direction
        wanted = (
            direction.LeftToRight if event.size().width() >= one_line else direction.TopToBottom
        )
        if self._layout.direction() != wanted:
            self._layout.setDirection(wanted)
