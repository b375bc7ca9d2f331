"""One row of the session table, in the words the patient reads, and the journal facts it needs.

The journal is read once into `JournalLinks` (pain before and after, and sharp-pain stops,
keyed by the session they belong to: session id and start instant), so a row costs one
dictionary look-up however long the journal is. Rows are formatted only when shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from hamtimer.core.i18n import format_date, format_number, format_short_date, format_time, translate
from hamtimer.core.journal import EntryKind, JournalEntry, PainContext
from hamtimer.core.plan import format_duration
from hamtimer.core.records import SHARP_PAIN, Outcome, SessionRecord, stop_reason_text

# English names, for code that draws them itself; text goes through hamtimer.core.i18n.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MISSING = "–"

SessionKey = tuple[str, datetime]


@dataclass(frozen=True)
class JournalLinks:
    """What the journal says about sessions and days, read in one pass.

    before, after: the pain rated just before and just after a session, by (id, start);
    sharp_pain: the sessions stopped for sharp pain; sharp_pain_days: the local days of
    those stops (of the session, or of the entry when it names none); ratings: every pain
    rating by the local day it was given on, as hamtimer.core.pain.ratings_by_day.
    """

    before: dict[SessionKey, int] = field(default_factory=dict)
    after: dict[SessionKey, int] = field(default_factory=dict)
    sharp_pain: set[SessionKey] = field(default_factory=set)
    sharp_pain_days: set[date] = field(default_factory=set)
    ratings: dict[date, list[int]] = field(default_factory=dict)

    def is_sharp_pain(self, record: SessionRecord) -> bool:
        return (record.session_id, record.started_at) in self.sharp_pain


def link_journal(journal: Iterable[JournalEntry], zone: tzinfo | None) -> JournalLinks:
    """One pass over the journal; a later rating of the same session and context wins.

    Written as one loop with local names: it runs once per journal entry, 200,000 times
    for 100,000 sessions, and a call or an Enum look-up per entry doubles its cost.
    """
    links = JournalLinks()
    before, after, ratings = links.before, links.after, links.ratings
    pain_kind, sharp_kind = EntryKind.PAIN, EntryKind.SHARP_PAIN
    before_context, after_context = PainContext.BEFORE, PainContext.AFTER
    for entry in journal:
        rating = entry.rating
        if entry.kind is pain_kind and rating is not None:
            day = entry.at.astimezone(zone).date()
            if day in ratings:
                ratings[day].append(rating)
            else:
                ratings[day] = [rating]
            if entry.session_id is None or entry.session_started_at is None:
                continue
            if entry.context is before_context:
                before[entry.session_id, entry.session_started_at] = rating
            elif entry.context is after_context:
                after[entry.session_id, entry.session_started_at] = rating
        elif entry.kind is sharp_kind:
            _take_sharp_pain(links, entry, zone)
    return links


def _take_sharp_pain(links: JournalLinks, entry: JournalEntry, zone: tzinfo | None) -> None:
    if entry.session_id is not None and entry.session_started_at is not None:
        links.sharp_pain.add((entry.session_id, entry.session_started_at))
    stopped_at = entry.session_started_at or entry.at
    links.sharp_pain_days.add(stopped_at.astimezone(zone).date())


@dataclass(frozen=True)
class SessionRow:
    date: str  # "Wed 25 Nov 2026"
    time: str  # "09:00", local
    name: str
    outcome: str  # "Completed" or "Stopped"
    reps: str  # "3 of 3", or "–" for a session without repetitions (ice)
    active: str  # "36 s", or "10 s of 36 s" when stopped short
    pain: str  # "6 → 5", "– → 8", or "–"
    note: str  # why it stopped
    sharp_pain: bool

    def cells(self) -> tuple[str, ...]:
        return (
            self.date,
            self.time,
            self.name,
            self.outcome,
            self.reps,
            self.active,
            self.pain,
            self.note,
        )


def session_row(
    record: SessionRecord, links: JournalLinks, zone: tzinfo | None, name: str | None = None
) -> SessionRow:
    """The record's row; `name` is the session's name now, when the app still has it."""
    start = record.started_at.astimezone(zone)
    key = (record.session_id, record.started_at)
    sharp = links.is_sharp_pain(record)
    return SessionRow(
        date=day_text(start.date()),
        time=format_time(start.time()),
        name=record.session_name if name is None else name,
        outcome=outcome_text(record.outcome),
        reps=translate("HistoryRows", "{done} of {planned}").format(
            done=format_number(record.reps_completed), planned=format_number(record.reps_planned)
        )
        if record.reps_planned > 1
        else MISSING,
        active=_active(record),
        pain=_pain(links.before.get(key), links.after.get(key)),
        note=stop_reason_text(record.stop_reason or (SHARP_PAIN if sharp else "")),
        sharp_pain=sharp,
    )


def outcome_text(outcome: Outcome) -> str:
    """'Completed' or 'Stopped', in the patient's language."""
    if outcome is Outcome.COMPLETED:
        return translate("HistoryRows", "Completed")
    return translate("HistoryRows", "Stopped")


def day_text(day: date) -> str:
    """'Wed 25 Nov 2026', in the patient's language (hamtimer.core.i18n)."""
    return format_date(day)


def short_day_text(day: date) -> str:
    """'25 Nov', in the patient's language."""
    return format_short_date(day)


def _active(record: SessionRecord) -> str:
    done = format_duration(record.actual_active_s)
    if record.outcome is Outcome.COMPLETED or record.actual_active_s >= record.planned_active_s:
        return done
    return translate("HistoryRows", "{done} of {planned}").format(
        done=done, planned=format_duration(record.planned_active_s)
    )


def _pain(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return MISSING
    shown_before = MISSING if before is None else format_number(before)
    shown_after = MISSING if after is None else format_number(after)
    return f"{shown_before} → {shown_after}"
