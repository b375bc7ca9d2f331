"""A seeded three-week history: a patient who started on 4 November 2026 and is in the
resistance stage on 25 November. Tests of Today, history, red flags and the exports check
their numbers against the facts listed in SEEDED; scripts/screenshots.py shows it.

Run as a script to write it into a data folder: python -m tests.seed DATA_DIR
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hamtimer.core.journal import EntryKind, JournalEntry, PainContext, pain
from hamtimer.core.journal_store import JournalStore
from hamtimer.core.log_store import LogStore
from hamtimer.core.program_store import ProgramState, ProgramStore
from hamtimer.core.records import Outcome, SessionRecord

CET = timezone(timedelta(hours=1))
ONSET = date(2026, 11, 4)
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 14, 30, tzinfo=CET)

# (session id, name, active seconds, reps) for each kind of session in the history
KINDS = {
    "ice": ("Ice", 900.0, 1),
    "bridge-hold": ("Bridge hold", 36.0, 3),
    "windmill": ("Single-leg windmill", 60.0, 10),
    "gentle-stretch": ("Gentle stretch", 80.0, 4),
    "nordic-curl": ("Nordic curl", 15.0, 3),
    "banded-flexion": ("Banded hamstring flexion", 128.0, 32),
}
# The stage each day was in, by days since onset (from program.json's ids).
STAGE_FROM_DAY = {0: "rest-ice", 2: "isometric", 10: "mobility", 17: "resistance"}
# The sessions of each stage's day, at these hours.
DAY_SESSIONS = {
    "rest-ice": [("ice", 9), ("ice", 13), ("ice", 18)],
    "isometric": [("bridge-hold", 9), ("bridge-hold", 18)],
    "mobility": [("bridge-hold", 9), ("windmill", 9), ("gentle-stretch", 18)],
    "resistance": [("windmill", 9), ("gentle-stretch", 9), ("nordic-curl", 18),
                   ("banded-flexion", 18)],
}  # fmt: skip
MISSED = {(7, 18), (15, 18)}  # (day, hour) sessions the patient skipped
SHARP_PAIN_STOP = (13, "bridge-hold")  # the morning bridge hold of day 13 hurt
REINJURY_DAYS = (12, 19)  # two re-injuries marked: raises the reinjury red flag


def pain_on(day: int) -> int:
    """Pain falls from 6 to 1 over three weeks, with a bump after each re-injury."""
    base = max(1, 6 - day // 4)
    return min(10, base + (2 if day in (12, 13, 19, 20) else 0))


@dataclass(frozen=True)
class Seeded:
    """The facts the seeded history must show, computed from the tables above."""

    records: list[SessionRecord]
    journal: list[JournalEntry]
    state: ProgramState


def stage_on(day: int) -> str:
    return STAGE_FROM_DAY[max(d for d in STAGE_FROM_DAY if d <= day)]


def build() -> Seeded:
    records: list[SessionRecord] = []
    journal: list[JournalEntry] = []
    for day in range((TODAY - ONSET).days + 1):
        on = ONSET + timedelta(days=day)
        stage = stage_on(day)
        if day in STAGE_FROM_DAY:
            at = datetime.combine(on, datetime.min.time(), CET) + timedelta(hours=8)
            journal.append(JournalEntry(EntryKind.STAGE, at, code=stage, detail="confirmed"))
        if day and stage != "rest-ice":
            morning = datetime.combine(on, datetime.min.time(), CET) + timedelta(hours=8, minutes=5)
            journal.append(pain(morning, pain_on(day), PainContext.MORNING_AFTER))
        if stage == "rest-ice":
            at = datetime.combine(on, datetime.min.time(), CET) + timedelta(hours=20)
            journal.append(
                JournalEntry(EntryKind.RICE, at, day=on, items=("rest", "ice", "elevation"))
            )
        if day in REINJURY_DAYS:
            at = datetime.combine(on, datetime.min.time(), CET) + timedelta(hours=12)
            journal.append(JournalEntry(EntryKind.REINJURY, at, detail="slipped on the stairs"))
        for session_id, hour in DAY_SESSIONS[stage]:
            if (on == TODAY and hour > NOW.hour) or (day, hour) in MISSED:
                continue
            started = datetime.combine(on, datetime.min.time(), CET) + timedelta(hours=hour)
            record = _record(session_id, started, stopped=(day, session_id) == SHARP_PAIN_STOP)
            records.append(record)
            journal.append(pain(started, pain_on(day), PainContext.BEFORE, session_id, started))
            if record.outcome is Outcome.STOPPED:
                journal.append(
                    JournalEntry(EntryKind.SHARP_PAIN, record.ended_at, session_id=session_id,
                                 session_started_at=started, detail="sharp pain")
                )  # fmt: skip
            after = max(0, pain_on(day) - 1) if record.outcome is Outcome.COMPLETED else 8
            journal.append(pain(record.ended_at, after, PainContext.AFTER, session_id, started))
    records.sort(key=lambda r: r.started_at)
    journal.sort(key=lambda e: e.at)
    return Seeded(records, journal, ProgramState(onset=ONSET, stage_id=stage_on(21)))


def _record(session_id: str, started: datetime, *, stopped: bool) -> SessionRecord:
    name, active, reps = KINDS[session_id]
    duration = timedelta(seconds=active + 60 if session_id != "ice" else active + 15)
    if stopped:
        return SessionRecord(
            session_id, name, {}, started, started + timedelta(seconds=25), active, 10.0,
            reps, 1, Outcome.STOPPED, "0.1.0", stop_reason="sharp pain",
        )  # fmt: skip
    return SessionRecord(
        session_id, name, {}, started, started + duration, active, active, reps, reps,
        Outcome.COMPLETED, "0.1.0",
    )  # fmt: skip


def write(data_dir: Path) -> Seeded:
    """Write the seeded history into a data folder (which must hold no log yet)."""
    seeded = build()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = LogStore(data_dir / "log.jsonl")
    for record in seeded.records:
        log.append(record)
    journal = JournalStore(data_dir / "journal.jsonl")
    for entry in seeded.journal:
        journal.append(entry)
    ProgramStore(data_dir / "program-state.json").save(seeded.state)
    return seeded


if __name__ == "__main__":
    facts = write(Path(sys.argv[1]))
    print(f"{len(facts.records)} sessions and {len(facts.journal)} journal entries written")
