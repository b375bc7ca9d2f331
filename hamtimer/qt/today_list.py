"""Today's sessions from the log, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtWidgets import QListWidget, QWidget

from hamtimer.core.plan import format_duration
from hamtimer.core.records import Outcome, SessionRecord

EMPTY_TEXT = "Nothing logged today yet."


def describe(record: SessionRecord) -> str:
    start = record.started_at.astimezone()
    outcome = "done" if record.outcome is Outcome.COMPLETED else "stopped"
    held = format_duration(record.actual_active_s)
    if record.reps_planned > 1:
        detail = f"{record.reps_completed}/{record.reps_planned} reps, {held} held"
    else:
        detail = f"{held} of ice" if record.session_id == "ice" else f"{held} held"
    return f"{start:%H:%M}  {record.session_name} — {outcome}, {detail}"


def todays(records: Iterable[SessionRecord], now: datetime) -> list[SessionRecord]:
    today = now.astimezone().date()
    return [r for r in records if r.started_at.astimezone().date() == today]


class TodayList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Today's sessions")
        self.show_records([])

    def show_records(self, records: list[SessionRecord]) -> None:
        self.clear()
        lines = [describe(r) for r in sorted(records, key=lambda r: r.started_at, reverse=True)]
        self.addItems(lines or [EMPTY_TEXT])

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]
