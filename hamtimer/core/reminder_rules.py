"""The pure rules behind reminders: local clock times, the 48-hour ice window, what today's
log says is done, and the words a patient reads. See docs/REMINDERS.md.

Clock times are compared as local wall-clock readings ("is it 18:00 here yet?"), so they
follow daylight-saving changes; intervals (ice every 3 hours, the 48 hours) are real hours.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from hamtimer.core.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_number,
    format_time,
    translate,
)
from hamtimer.core.records import Outcome, SessionRecord, started_since
from hamtimer.core.session import SessionDefinition

ICE_SESSION_ID = "ice"
ICE_WINDOW = timedelta(hours=48)
RECORD_LOOKBACK = timedelta(days=3)  # the log is read from its end back this far
DEFAULT_ICE_TEXT = QT_TRANSLATE_NOOP("ReminderRules", "Ice time: 15–20 minutes, wrapped in a towel")


def local_reading(moment: datetime, zone: tzinfo | None) -> datetime:
    """What a clock on the wall shows at `moment`: naive local time."""
    local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    return local.replace(tzinfo=None)


def as_moment(reading: datetime, zone: tzinfo | None) -> datetime:
    """The instant a wall clock shows `reading` (naive local time), timezone-aware."""
    return reading.replace(tzinfo=zone) if zone is not None else reading.astimezone()


def clock_slots(times: Sequence[str], day: date) -> list[datetime]:
    """The readings "HH:MM" on `day`, earliest first."""
    return sorted(datetime.combine(day, time.fromisoformat(text)) for text in times)


def ice_window(onset: date, zone: tzinfo | None) -> tuple[datetime, datetime]:
    """The first 48 hours: from 00:00 local on the day the pain started, 48 real hours on.

    The patient gives a day, not an hour, so the hours count from that day's start: the
    same rule by which the program offers the next stage (hours_since_onset).
    """
    start = as_moment(datetime.combine(onset, time()), zone)
    return start, start + ICE_WINDOW


def recent_completed(records: Sequence[SessionRecord], now: datetime) -> list[SessionRecord]:
    """Completed sessions that started in the last few days, read from the log's end."""
    recent = started_since(records, now - RECORD_LOOKBACK)
    return [record for record in recent[::-1] if record.outcome is Outcome.COMPLETED]


def done_on(records: Sequence[SessionRecord], day: date, zone: tzinfo | None) -> Counter[str]:
    """How many times each session was completed on the local day `day`."""
    return Counter(r.session_id for r in records if local_reading(r.started_at, zone).date() == day)


def last_ice_end(records: Sequence[SessionRecord]) -> datetime | None:
    ends = [r.ended_at for r in records if r.session_id == ICE_SESSION_ID]
    return max(ends, default=None)


def exercise_targets(targets: Mapping[str, int]) -> dict[str, int]:
    """A stage's exercises: its targets other than ice, in the stage's order."""
    return {k: v for k, v in targets.items() if k != ICE_SESSION_ID and v > 0}


def next_exercise(
    targets: Mapping[str, int], known: Mapping[str, SessionDefinition], done: Counter[str]
) -> tuple[str, int, int] | None:
    """(session id, done, target) of the first exercise not done enough today, or None."""
    for session_id, target in exercise_targets(targets).items():
        if session_id in known and done[session_id] < target:
            return session_id, done[session_id], target
    return None


def exercise_text(definition: SessionDefinition, done: int, target: int) -> tuple[str, str]:
    """The notification's title and body, in the patient's language."""
    title = translate("ReminderRules", "{session} time ({number} of {target} today)").format(
        session=definition.name,
        number=format_number(done + 1),
        target=format_number(target),
    )
    body = translate("ReminderRules", "{title}. Stop at the first nagging pain.")
    return title, body.format(title=definition.title)


def ice_text(
    definition: SessionDefinition | None, every_h: int, ends: datetime, zone: tzinfo | None
) -> tuple[str, str]:
    title = translate("ReminderRules", DEFAULT_ICE_TEXT)
    minutes = _parameter_range(definition, "minutes")
    if minutes is not None:
        title = translate(
            "ReminderRules", "Ice time: {low}–{high} minutes, wrapped in a towel"
        ).format(low=format_number(minutes[0]), high=format_number(minutes[1]))
    end = local_reading(ends, zone)
    body = translate(
        "ReminderRules",
        "Every {hours} hours in the first 48 hours after the pain started; these reminders "
        "stop by themselves on {day} at {time}.",
    ).format(
        hours=format_number(every_h), day=format_date(end.date()), time=format_time(end.time())
    )
    return title, body


def _parameter_range(definition: SessionDefinition | None, name: str) -> tuple[int, int] | None:
    if definition is None:
        return None
    for parameter in definition.parameters:
        if parameter.name == name:
            return parameter.low, parameter.high
    return None


def slot_key(kind: str, reading: datetime) -> str:
    """'exercise@2026-11-25T18:00': one key per reminder, in local wall-clock terms."""
    return f"{kind}@{reading:%Y-%m-%dT%H:%M}"
