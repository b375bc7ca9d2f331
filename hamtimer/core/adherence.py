"""Adherence: for each day, the stage the patient was in, its targets and what was done.

A day's stage is the last stage the patient confirmed by the end of that day (the journal's
stage entries); before any, the program's first stage. A day's adherence is the share of its
targets met, each target counting at most its number (a third bridge hold does not make up
for a missed windmill).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from hamtimer.core.journal import EntryKind, JournalEntry
from hamtimer.core.program import Program
from hamtimer.core.records import Outcome, SessionRecord


@dataclass(frozen=True)
class DayAdherence:
    day: date
    stage_id: str
    targets: dict[str, int]
    done: dict[str, int]  # completed sessions by id, all of them, not only targeted ones

    @property
    def met(self) -> int:
        return sum(min(self.done.get(sid, 0), count) for sid, count in self.targets.items())

    @property
    def due(self) -> int:
        return sum(self.targets.values())

    @property
    def ratio(self) -> float | None:
        """0.0–1.0, or None on a day with no targets."""
        return self.met / self.due if self.due else None


def completed_by_day(
    records: Iterable[SessionRecord], zone: tzinfo | None
) -> dict[date, Counter[str]]:
    days: dict[date, Counter[str]] = defaultdict(Counter)
    for record in records:
        if record.outcome is Outcome.COMPLETED:
            days[record.started_at.astimezone(zone).date()][record.session_id] += 1
    return dict(days)


def stages_by_day(
    journal: Sequence[JournalEntry], program: Program, first: date, last: date, zone: tzinfo | None
) -> dict[date, str]:
    moves = sorted(
        (e for e in journal if e.kind is EntryKind.STAGE and e.code and _known(program, e.code)),
        key=lambda e: e.at,
    )  # in time order: two moves on one day end in the later one
    changes = [(e.at.astimezone(zone).date(), str(e.code)) for e in moves]
    stage, index, result = program.stages[0].id, 0, {}
    for day in _days(first, last):
        while index < len(changes) and changes[index][0] <= day:
            stage, index = changes[index][1], index + 1
        result[day] = stage
    return result


def daily_adherence(
    records: Iterable[SessionRecord],
    journal: Sequence[JournalEntry],
    program: Program,
    first: date,
    last: date,
    zone: tzinfo | None,
) -> list[DayAdherence]:
    """One entry per day from `first` to `last` inclusive."""
    done = completed_by_day(records, zone)
    stages = stages_by_day(journal, program, first, last, zone)
    return [
        DayAdherence(day, stages[day], program.stage(stages[day]).targets, dict(done.get(day, {})))
        for day in _days(first, last)
    ]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _known(program: Program, stage_id: str) -> bool:
    return any(stage.id == stage_id for stage in program.stages)
