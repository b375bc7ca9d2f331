"""The patient's journal beside the session log: pain ratings, re-injuries, red flags raised,
stage changes and the daily RICE checklist (journal.jsonl, schema v1; docs/log-format.md).

Each entry is appended once and never changed; a later entry supersedes an earlier one
where that makes sense (the last RICE entry of a day is that day's checklist).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from hamtimer.core.records import RecordError, _optional_text, _timestamp

JOURNAL_SCHEMA_VERSION = 1
MAX_RATING = 10
MAX_DETAIL_CHARS = 2000
RICE_ITEMS = ("rest", "ice", "compression", "elevation")


class EntryKind(Enum):
    PAIN = "pain"  # a 0–10 rating
    SHARP_PAIN = "sharp_pain"  # a session stopped for sharp pain
    REINJURY = "reinjury"  # the patient marked a re-injury
    LIMITS_DAILY_LIFE = "limits_daily_life"  # the patient said symptoms limit daily activities
    RED_FLAG = "red_flag"  # a red flag was raised; code and reasons
    STAGE = "stage"  # the patient moved to stage `code`
    RICE = "rice"  # the RICE items ticked on `day`
    NOTE = "note"  # a note for the clinician


class PainContext(Enum):
    BEFORE = "before"  # just before a session
    AFTER = "after"  # just after a session
    MORNING_AFTER = "morning_after"  # the morning after exercising
    CHECK_IN = "check_in"  # any other time


class FutureEntryError(RecordError):
    """An entry written by a newer hamtimer: kept on disk, not used."""


@dataclass(frozen=True)
class JournalEntry:
    kind: EntryKind
    at: datetime
    rating: int | None = None
    context: PainContext | None = None
    session_id: str | None = None
    session_started_at: datetime | None = None
    code: str | None = None
    detail: str | None = None
    day: date | None = None
    items: tuple[str, ...] = ()
    schema_version: int = JOURNAL_SCHEMA_VERSION

    def __post_init__(self) -> None:
        _check_kind_fields(self)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema_version": self.schema_version,
            "type": self.kind.value,
            "at": self.at.isoformat(timespec="seconds"),
        }
        optional = {
            "rating": self.rating,
            "context": self.context.value if self.context else None,
            "session_id": self.session_id,
            "session_started_at": _iso(self.session_started_at),
            "code": self.code,
            "detail": self.detail,
            "day": self.day.isoformat() if self.day else None,
            "items": list(self.items) if self.kind is EntryKind.RICE else None,
        }
        data.update({key: value for key, value in optional.items() if value is not None})
        return data

    @classmethod
    def from_json(cls, data: object) -> JournalEntry:
        """Validate a decoded JSON object; raise RecordError naming the first bad field."""
        if not isinstance(data, dict):
            raise RecordError("an entry must be a JSON object")
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise RecordError("schema_version: missing or not a whole number from 1")
        if version > JOURNAL_SCHEMA_VERSION:
            raise FutureEntryError(f"schema_version {version} is newer than this app reads")
        try:
            kind = EntryKind(data.get("type"))
        except ValueError:
            raise RecordError(f"type: {data.get('type')!r} is not a journal entry") from None
        return cls(
            kind=kind,
            at=_timestamp(data, "at"),
            rating=_rating(data.get("rating")),
            context=_context(data.get("context")),
            session_id=_optional_text(data, "session_id"),
            session_started_at=(
                _timestamp(data, "session_started_at") if "session_started_at" in data else None
            ),
            code=_optional_text(data, "code"),
            detail=_detail(data.get("detail")),
            day=_day(data.get("day")),
            items=_items(data.get("items")) if kind is EntryKind.RICE else (),
            schema_version=version,
        )


def pain(
    at: datetime,
    rating: int,
    context: PainContext,
    session_id: str | None = None,
    session_started_at: datetime | None = None,
) -> JournalEntry:
    return JournalEntry(
        EntryKind.PAIN, at, rating, context, session_id, session_started_at=session_started_at
    )


def _check_kind_fields(entry: JournalEntry) -> None:
    if entry.at.utcoffset() is None:
        raise RecordError("at: needs a UTC offset")
    if entry.kind is EntryKind.PAIN and (entry.rating is None or entry.context is None):
        raise RecordError("a pain entry needs a rating and a context")
    if entry.kind in (EntryKind.RED_FLAG, EntryKind.STAGE) and not entry.code:
        raise RecordError(f"a {entry.kind.value} entry needs a code")
    if entry.kind is EntryKind.RICE and entry.day is None:
        raise RecordError("a RICE entry needs a day")
    if entry.rating is not None:
        _rating(entry.rating)
    _detail(entry.detail)


def _detail(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value or len(value) > MAX_DETAIL_CHARS:
        raise RecordError(f"detail: must be text of 1–{MAX_DETAIL_CHARS} characters")
    return value


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _rating(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RATING:
        raise RecordError(f"rating: must be a whole number from 0 to {MAX_RATING}")
    return value


def _context(value: object) -> PainContext | None:
    if value is None:
        return None
    try:
        return PainContext(value)
    except ValueError:
        allowed = ", ".join(c.value for c in PainContext)
        raise RecordError(f"context: must be one of {allowed}") from None


def _day(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise RecordError("day: must be a date like 2026-11-25")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RecordError(f"day: {value!r} is not a date") from None


def _items(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(item in RICE_ITEMS for item in value):
        raise RecordError(f"items: must be a list of {', '.join(RICE_ITEMS)}")
    return tuple(item for item in RICE_ITEMS if item in value)
