"""The in-app reminder: "Bridge hold time (1 of 2 today) — Start / Later", always shown in
the window whether or not a tray or notifications exist. Hidden until a reminder comes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hamtimer.core.i18n import translate
from hamtimer.core.reminders import Reminder
from hamtimer.qt import theme
from hamtimer.qt.theme_colours import Theme


def banner_style(colours: Theme) -> str:
    reminder = colours.reminder
    return (
        f"#reminderBanner {{ background: {reminder.background};"
        f" border: 2px solid {colours.reminder_border}; }}"
        f"#reminderBanner QLabel {{ color: {reminder.foreground}; }}"
    )


class ReminderBanner(QFrame):
    """Signals:
    start_requested(str): Start was chosen; the reminded session's id.
    dismissed(): Later was chosen.
    """

    start_requested = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        theme.restyle(self, banner_style)
        self.setAccessibleName(translate("ReminderBanner", "Reminder"))
        self.title_label = QLabel(self)
        self.title_label.setFont(theme.scaled_font(self.title_label.font(), 1.5, bold=True))
        self.title_label.setWordWrap(True)
        self.body_label = QLabel(self)
        self.body_label.setWordWrap(True)
        self.start_button = QPushButton(translate("ReminderBanner", "&Start"), self)
        self.later_button = QPushButton(translate("ReminderBanner", "&Later"), self)
        self.later_button.setAccessibleName(
            translate("ReminderBanner", "Later: hide this reminder")
        )
        for button in (self.start_button, self.later_button):
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_button.clicked.connect(self._start)
        self.later_button.clicked.connect(self._later)
        self._lay_out()
        self.reminder: Reminder | None = None
        self.hide()

    def show_reminder(self, reminder: Reminder) -> None:
        """Show `reminder`, replacing any shown before."""
        self.reminder = reminder
        self.title_label.setText(reminder.title)
        self.body_label.setText(reminder.body)
        self.setAccessibleDescription(
            translate("ReminderBanner", "{title}. {body}").format(
                title=reminder.title, body=reminder.body
            )
        )
        self.start_button.setAccessibleName(
            translate("ReminderBanner", "Start {session} now").format(session=reminder.session_name)
        )
        self.show()

    def clear(self) -> None:
        self.reminder = None
        self.hide()

    def clear_if_for(self, session_id: str) -> None:
        """A session was done another way: its reminder is answered."""
        if self.reminder is not None and self.reminder.session_id == session_id:
            self.clear()

    def _start(self) -> None:
        reminder = self.reminder
        self.clear()
        if reminder is not None:
            self.start_requested.emit(reminder.session_id)

    def _later(self) -> None:
        self.clear()
        self.dismissed.emit()

    def _lay_out(self) -> None:
        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.body_label)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.later_button)
