"""A problem shown beside the field it belongs to: red, word-wrapped, hidden when empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #B3261E;"  # 6.5:1 on the default light window colour


class ErrorLabel(QLabel):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show `message`, or hide when it is empty; never shows a stale one."""
        self.setText(message)
        self.setVisible(bool(message))
