"""Today's sessions from the log, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from PySide6.QtWidgets import QListWidget, QWidget

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_number, format_time, translate
from hamtimer.core.plan import format_duration
from hamtimer.core.records import Outcome, SessionRecord, started_since

EMPTY_TEXT = QT_TRANSLATE_NOOP("TodayList", "Nothing logged today yet.")


def describe(record: SessionRecord) -> str:
    start = record.started_at.astimezone()
    if record.outcome is Outcome.COMPLETED:
        outcome = translate("TodayList", "done")
    else:
        outcome = translate("TodayList", "stopped")
    held = format_duration(record.actual_active_s)
    if record.reps_planned > 1:
        detail = translate("TodayList", "{done}/{planned} reps, {held} held").format(
            done=format_number(record.reps_completed),
            planned=format_number(record.reps_planned),
            held=held,
        )
    elif record.session_id == "ice":
        detail = translate("TodayList", "{held} of ice").format(held=held)
    else:
        detail = translate("TodayList", "{held} held").format(held=held)
    return translate("TodayList", "{time}  {session} — {outcome}, {detail}").format(
        time=format_time(start.time()),
        session=record.session_name,
        outcome=outcome,
        detail=detail,
    )


def recent_cutoff(now: datetime) -> datetime:
    """How far back todays() looks: the start of yesterday (a day of slack for clock changes)."""
    return datetime.combine(now.astimezone().date(), time(), now.tzinfo) - timedelta(days=1)


def todays(records: Sequence[SessionRecord], now: datetime) -> list[SessionRecord]:
    """Today's sessions, read from the end of the log: years of history cost nothing.

    The log is in the order sessions ended; the scan stops at the first session that
    started before recent_cutoff(now).
    """
    today = now.astimezone().date()
    recent = started_since(records, recent_cutoff(now))
    return [record for record in recent if record.started_at.astimezone().date() == today]


class TodayList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("TodayList", "Today's sessions"))
        self.show_records([])

    def show_records(self, records: list[SessionRecord]) -> None:
        self.clear()
        lines = [describe(r) for r in sorted(records, key=lambda r: r.started_at, reverse=True)]
        self.addItems(lines or [translate("TodayList", EMPTY_TEXT)])

    def lines(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]
