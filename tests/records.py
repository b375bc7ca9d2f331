"""The one way tests build a session record: a completed bridge hold, changed as needed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

from hamtimer.core.records import Outcome, SessionRecord

CET = timezone(timedelta(hours=1))


def a_session(started_at: datetime | None = None, **changes: Any) -> SessionRecord:
    """A completed 2-minute bridge-hold session, 10:00 CET on 25 November 2026 by default."""
    started = started_at or datetime(2026, 11, 25, 10, 0, tzinfo=CET)
    record = SessionRecord(
        session_id="bridge-hold",
        session_name="Bridge hold",
        parameters={"hold_s": 12, "reps": 3},
        started_at=started,
        ended_at=started + timedelta(minutes=2),
        planned_active_s=36.0,
        actual_active_s=36.0,
        reps_planned=3,
        reps_completed=3,
        outcome=Outcome.COMPLETED,
        app_version="0.1.0",
    )
    return replace(record, **changes)
