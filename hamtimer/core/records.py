"""One logged session: what the patient did, as stored in the log (schema v1)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate

RECORD_SCHEMA_VERSION = 1
RECORD_TYPE = "session"
MAX_PARAMETERS = 32
MAX_TEXT_LENGTH = 200
MAX_SECONDS = 7 * 24 * 3600.0
MAX_REPS = 1000
_NUMBER_TYPES = (int, float)  # a tuple: isinstance() with `int | float` is slower


# Why the app stopped a session, as the log stores it (in English: the log is a format);
# stop_reason_text shows it in the patient's language.
SHARP_PAIN = QT_TRANSLATE_NOOP("Records", "sharp pain")
STOPPED_BY_PATIENT = QT_TRANSLATE_NOOP("Records", "stopped by the patient")
KNOWN_STOP_REASONS = (
    SHARP_PAIN,
    STOPPED_BY_PATIENT,
    QT_TRANSLATE_NOOP("Records", "the window was closed"),
    QT_TRANSLATE_NOOP("Records", "hamtimer was quit"),
    QT_TRANSLATE_NOOP("Records", "the desktop session ended"),
)


def stop_reason_text(reason: str | None) -> str:
    """A logged stop reason as the patient reads it: the app's own reasons in their
    language, anything else as it was written."""
    if not reason:
        return ""
    return translate("Records", reason) if reason in KNOWN_STOP_REASONS else reason


class Outcome(Enum):
    COMPLETED = "completed"
    STOPPED = "stopped"


class RecordError(ValueError):
    """A record that does not follow the log format; the message names the field."""


@dataclass(frozen=True)
class SessionRecord:
    session_id: str
    session_name: str
    parameters: dict[str, float]
    started_at: datetime
    ended_at: datetime
    planned_active_s: float
    actual_active_s: float
    reps_planned: int
    reps_completed: int
    outcome: Outcome
    app_version: str
    stop_reason: str | None = None
    time_scale: float = 1.0
    schema_version: int = field(default=RECORD_SCHEMA_VERSION)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["type"] = RECORD_TYPE
        data["started_at"] = self.started_at.isoformat(timespec="seconds")
        data["ended_at"] = self.ended_at.isoformat(timespec="seconds")
        data["outcome"] = self.outcome.value
        return data

    @classmethod
    def from_json(cls, data: object) -> SessionRecord:
        """Validate a decoded JSON object; raise RecordError naming the first bad field."""
        if not isinstance(data, dict):
            raise RecordError("a record must be a JSON object")
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise RecordError("schema_version: missing or not an integer")
        if version > RECORD_SCHEMA_VERSION:
            raise FutureRecordError(f"schema_version {version} is newer than this app reads")
        if data.get("type") != RECORD_TYPE:
            raise RecordError(f"type: expected {RECORD_TYPE!r}")
        started = _timestamp(data, "started_at")
        ended = _timestamp(data, "ended_at")
        if ended < started:
            raise RecordError("ended_at: before started_at")
        try:
            outcome = Outcome(data.get("outcome"))
        except ValueError:
            raise RecordError("outcome: must be 'completed' or 'stopped'") from None
        reps_planned = _int(data, "reps_planned", 0, MAX_REPS)
        return cls(
            session_id=_text(data, "session_id"),
            session_name=_text(data, "session_name"),
            parameters=_parameters(data.get("parameters")),
            started_at=started,
            ended_at=ended,
            planned_active_s=_seconds(data, "planned_active_s"),
            actual_active_s=_seconds(data, "actual_active_s"),
            reps_planned=reps_planned,
            reps_completed=_int(data, "reps_completed", 0, reps_planned),
            outcome=outcome,
            app_version=_text(data, "app_version"),
            stop_reason=_optional_text(data, "stop_reason"),
            time_scale=_number(data, "time_scale", 0.001, 1e6),
            schema_version=version,
        )


def started_since(records: Sequence[SessionRecord], since: datetime) -> list[SessionRecord]:
    """The sessions that started at or after `since`, oldest first, read from the end: the log
    is in the order sessions ended, so years of history cost nothing. The scan stops at the
    first session that started before `since`."""
    found = []
    for record in reversed(records):
        if record.started_at < since:
            break
        found.append(record)
    return found[::-1]


class FutureRecordError(RecordError):
    """A record written by a newer hamtimer: kept on disk, not shown."""


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT_LENGTH:
        raise RecordError(f"{name}: must be text of 1–{MAX_TEXT_LENGTH} characters")
    return value


def _optional_text(data: dict[str, Any], name: str) -> str | None:
    return None if data.get(name) is None else _text(data, name)


def _number(data: dict[str, Any], name: str, low: float, high: float) -> float:
    return _checked_number(data.get(name), name, low, high)


def _checked_number(value: object, name: str, low: float, high: float) -> float:
    """A number within finite bounds, so never NaN or infinite (both fail the comparison)."""
    if isinstance(value, bool) or not isinstance(value, _NUMBER_TYPES):
        raise RecordError(f"{name}: must be a number")
    if not low <= value <= high:
        raise RecordError(f"{name}: {value} is outside {low}–{high}")
    return float(value)


def _seconds(data: dict[str, Any], name: str) -> float:
    return _number(data, name, 0.0, MAX_SECONDS)


def _int(data: dict[str, Any], name: str, low: int, high: int) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RecordError(f"{name}: must be a whole number from {low} to {high}")
    return value


def _timestamp(data: dict[str, Any], name: str) -> datetime:
    value = data.get(name)
    if not isinstance(value, str) or len(value) > 40:
        raise RecordError(f"{name}: must be an ISO 8601 timestamp")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise RecordError(f"{name}: {value!r} is not an ISO 8601 timestamp") from None
    if parsed.utcoffset() is None:
        raise RecordError(f"{name}: {value!r} has no UTC offset")
    return parsed


def _parameters(value: object) -> dict[str, float]:
    if not isinstance(value, dict) or len(value) > MAX_PARAMETERS:
        raise RecordError(f"parameters: must be an object of at most {MAX_PARAMETERS} numbers")
    result: dict[str, float] = {}
    for key, number in value.items():
        if not isinstance(key, str) or len(key) > MAX_TEXT_LENGTH:
            raise RecordError("parameters: names must be short text")
        checked = _checked_number(number, key, -1e9, 1e9)
        result[key] = int(number) if isinstance(number, int) else checked
    return result
