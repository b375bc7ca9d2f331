"""A problem shown beside the field it belongs to: red, word-wrapped, hidden when empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from hamtimer.qt import theme


class ErrorLabel(QLabel):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        theme.restyle(self, lambda colours: f"color: {colours.alert_text};")
        self.hide()

    def show_message(self, message: str) -> None:
        """Show `message`, or hide when it is empty; never shows a stale one."""
        self.setText(message)
        self.setVisible(bool(message))
