"""The journal as the report shows it: red flags raised, notes and events, and the pain
ratings given before and after each session."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from hamtimer.core.i18n import format_number, translate
from hamtimer.core.journal import EntryKind, JournalEntry, PainContext
from hamtimer.core.program import Program
from hamtimer.core.records import SessionRecord
from hamtimer.core.report_range import DateRange

SessionKey = tuple[str, datetime]  # (session id, started at): how the journal names a session


@dataclass(frozen=True)
class Flag:
    """A red flag: raised on a day (from the journal), or holding (`at` is None)."""

    at: datetime | None
    code: str
    text: str


@dataclass(frozen=True)
class Note:
    at: datetime
    kind: str  # "Note", "Re-injury", ... in the patient's language: what is read first
    text: str


def session_pain(journal: Iterable[JournalEntry]) -> dict[SessionKey, dict[PainContext, int]]:
    """Every session's before and after ratings, found in one pass (the last one given wins,
    as in pain.session_ratings)."""
    found: dict[SessionKey, dict[PainContext, int]] = {}
    for entry in journal:
        if (
            entry.kind is EntryKind.PAIN
            and entry.session_id is not None
            and entry.session_started_at is not None
            and entry.context is not None
            and entry.rating is not None
        ):
            key = (entry.session_id, entry.session_started_at)
            found.setdefault(key, {})[entry.context] = entry.rating
    return found


def flags_raised(
    journal: Iterable[JournalEntry], span: DateRange, zone: tzinfo | None
) -> tuple[Flag, ...]:
    return tuple(
        Flag(entry.at.astimezone(zone), entry.code or "", entry.detail or entry.code or "")
        for entry in _in_span(journal, span, zone)
        if entry.kind is EntryKind.RED_FLAG
    )


def notes_in(
    journal: Iterable[JournalEntry],
    records: Sequence[SessionRecord],
    program: Program,
    span: DateRange,
    zone: tzinfo | None,
) -> tuple[Note, ...]:
    """Notes, re-injuries, stops for sharp pain, limits on daily life and stage changes."""
    names = {record.session_id: record.session_name for record in records}
    notes = []
    for entry in _in_span(journal, span, zone):
        text = _note_text(entry, names, program)
        if text is not None:
            notes.append(Note(entry.at.astimezone(zone), *text))
    return tuple(notes)


def _note_text(
    entry: JournalEntry, names: dict[str, str], program: Program
) -> tuple[str, str] | None:
    detail = entry.detail or ""
    if entry.kind is EntryKind.NOTE:
        return translate("ReportNotes", "Note"), detail
    if entry.kind is EntryKind.REINJURY:
        return translate("ReportNotes", "Re-injury"), detail or translate(
            "ReportNotes", "marked by the patient"
        )
    if entry.kind is EntryKind.LIMITS_DAILY_LIFE:
        return translate("ReportNotes", "Daily life"), _limits_text(detail)
    if entry.kind is EntryKind.SHARP_PAIN:
        return translate("ReportNotes", "Sharp pain"), _sharp_pain_text(entry, names)
    if entry.kind is EntryKind.STAGE:
        return translate("ReportNotes", "Stage"), _stage_text(program, entry.code or "")
    return None


def _sharp_pain_text(entry: JournalEntry, names: dict[str, str]) -> str:
    session = names.get(entry.session_id or "", entry.session_id or "")
    if not session:
        return translate("ReportNotes", "A session stopped for sharp pain")
    return translate("ReportNotes", "{session} stopped for sharp pain").format(session=session)


def _stage_text(program: Program, stage_id: str) -> str:
    try:
        stage = program.stage(stage_id)
    except KeyError:
        return translate("ReportNotes", "Moved to stage {stage}").format(stage=stage_id)
    return translate("ReportNotes", "Moved to stage {number}: {name}").format(
        number=format_number(stage.number), name=stage.name
    )


def _limits_text(detail: str) -> str:
    if detail:
        return translate("ReportNotes", "Symptoms limit daily activities: {detail}").format(
            detail=detail
        )
    return translate("ReportNotes", "Symptoms limit daily activities")


def _in_span(
    journal: Iterable[JournalEntry], span: DateRange, zone: tzinfo | None
) -> list[JournalEntry]:
    return [entry for entry in journal if entry.at.astimezone(zone).date() in span]
