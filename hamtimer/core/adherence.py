"""Adherence: for each day, the stage the patient was in, its targets and what was done.

A day's stage is the last stage the patient confirmed by the end of that day (the journal's
stage entries); before any, the program's first stage. A day's adherence is the share of its
targets met, each target counting at most its number (a third bridge hold does not make up
for a missed windmill).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from operator import attrgetter

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
        return targets_met(self.targets, self.done)

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
    timeline = StageTimeline(journal, program, zone)
    return {day: timeline.stage_on(day) for day in _days(first, last)}


def targets_met(targets: Mapping[str, int], done: Mapping[str, int]) -> int:
    """Targets met, each counting at most its number."""
    return sum(min(done.get(session_id, 0), count) for session_id, count in targets.items())


class StageTimeline:
    """A day's stage: the last stage the patient confirmed by the end of that day; before
    any, the program's first stage. A binary search in the few stage changes the journal
    holds, so that 100,000 days of history cost no more than a handful."""

    def __init__(
        self, journal: Sequence[JournalEntry], program: Program, zone: tzinfo | None
    ) -> None:
        known = {stage.id for stage in program.stages}
        changes = sorted(
            (e for e in journal if e.kind is EntryKind.STAGE and e.code in known),
            key=attrgetter("at"),  # two changes on one day: the later one holds
        )
        self._days = [entry.at.astimezone(zone).date() for entry in changes]
        self._stages = [str(entry.code) for entry in changes]
        self._first = program.stages[0].id
        self._targets = {stage.id: stage.targets for stage in program.stages}
        self._due = {stage.id: sum(stage.targets.values()) for stage in program.stages}

    def stage_on(self, day: date) -> str:
        position = bisect_right(self._days, day)
        return self._stages[position - 1] if position else self._first

    def targets(self, stage_id: str) -> dict[str, int]:
        return self._targets[stage_id]

    def due(self, stage_id: str) -> int:
        return self._due[stage_id]

    def met(self, stage_id: str, done: dict[str, int]) -> int:
        return targets_met(self._targets[stage_id], done)


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
