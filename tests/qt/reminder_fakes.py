"""Test doubles for reminders: a notifier that only remembers, and a reminder to show."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from hamtimer.core.reminders import Reminder, ReminderKind
from tests.records import CET


class FakeNotifier(QObject):
    """Remembers each reminder it was asked to show; `click` plays the patient's click."""

    start_requested = Signal(str)

    def __init__(self, shows: bool = True) -> None:
        super().__init__()
        self.shows = shows
        self.shown: list[Reminder] = []

    def notify(self, reminder: Reminder) -> bool:
        self.shown.append(reminder)
        return self.shows

    def click(self) -> None:
        self.start_requested.emit(self.shown[-1].session_id)


def a_reminder(session_id: str = "bridge-hold", name: str = "Bridge hold") -> Reminder:
    return Reminder(
        key=f"exercise@2026-11-25T18:00-{session_id}",
        kind=ReminderKind.EXERCISE if session_id != "ice" else ReminderKind.ICE,
        session_id=session_id,
        session_name=name,
        title=f"{name} time (1 of 2 today)",
        body="Double Leg Isometric Hamstring Bridge Hold. Stop at the first nagging pain.",
        due=datetime(2026, 11, 25, 18, 0, tzinfo=CET),
    )
