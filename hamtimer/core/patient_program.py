"""The patient's program as one object for the window: where they are, what today asks,
what they may move to, which red flags hold; and every change they make, journaled."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from hamtimer.core import red_flags
from hamtimer.core.journal import EntryKind, JournalEntry, PainContext, pain
from hamtimer.core.journal_store import JournalStore
from hamtimer.core.program import Offer, Program, Stage
from hamtimer.core.program_store import ProgramState, ProgramStore, check_onset
from hamtimer.core.records import SHARP_PAIN, Outcome, SessionRecord, started_since
from hamtimer.core.session import SessionDefinition
from hamtimer.core.today import TodayItem, completed_on, today_plan

logger = logging.getLogger(__name__)

ICE_ID = "ice"


@dataclass(frozen=True)
class Overview:
    """Everything the Today page shows, derived at one instant."""

    stage: Stage
    onset: date | None
    items: tuple[TodayItem, ...]
    offer: Offer | None
    flags: tuple[red_flags.RedFlag, ...]
    rice_today: tuple[str, ...]
    wants_morning_rating: bool
    earlier: tuple[Stage, ...]


class PatientProgram:
    """Owns the program state and the journal for the window; raises OSError subclasses
    (JournalWriteError, OSError from the state file) for the window to show."""

    def __init__(
        self,
        program: Program,
        state_store: ProgramStore,
        state: ProgramState,
        journal: JournalStore,
        sessions: Mapping[str, SessionDefinition],
        records: Callable[[], Sequence[SessionRecord]],
    ) -> None:
        self.program = program
        self._state_store = state_store
        self.state = (
            state
            if _known(program, state.stage_id)
            else replace(state, stage_id=program.stages[0].id)
        )
        self.journal = journal
        self._sessions = sessions
        self._records = records
        self.state_listeners: list[Callable[[ProgramState], None]] = []  # e.g. reminders

    @property
    def stage(self) -> Stage:
        return self.program.stage(self.state.stage_id)

    def overview(self, now: datetime) -> Overview:
        entries = self.journal.entries
        records = self._recent_records(now)
        names = {session_id: d.name for session_id, d in self._sessions.items()}
        return Overview(
            stage=self.stage,
            onset=self.state.onset,
            items=tuple(today_plan(self.stage.targets, self._sessions, records, now)),
            offer=self.program.offer(
                self.state.stage_id, self.state.onset, records, entries, now, names
            ),
            flags=tuple(red_flags.evaluate(self.state.onset, entries, now)),
            rice_today=self._rice_on(now.date(), now),
            wants_morning_rating=self._wants_morning_rating(records, now),
            earlier=self.program.earlier_than(self.state.stage_id),
        )

    # -- changes the patient makes ------------------------------------------------------

    def set_onset(self, onset: date, now: datetime) -> None:
        self._save(replace(self.state, onset=check_onset(onset, now.date())))

    def move_to(self, stage_id: str, now: datetime, how: str) -> None:
        """Confirmed by the patient: the next stage offered, or any earlier one."""
        self.program.stage(stage_id)
        self._save(replace(self.state, stage_id=stage_id))
        self.journal.append(JournalEntry(EntryKind.STAGE, now, code=stage_id, detail=how))

    def rate(
        self,
        rating: int,
        context: PainContext,
        now: datetime,
        session_id: str | None = None,
        session_started_at: datetime | None = None,
    ) -> None:
        """A 0–10 pain rating; before and after ones name their session."""
        self.journal.append(pain(now, rating, context, session_id, session_started_at))

    def note(self, kind: EntryKind, now: datetime, detail: str | None = None) -> None:
        """A re-injury, symptoms limiting daily life, or a note for the clinician."""
        self.journal.append(JournalEntry(kind, now, detail=detail))

    def sharp_pain(self, record: SessionRecord) -> None:
        self.journal.append(
            JournalEntry(EntryKind.SHARP_PAIN, record.ended_at, session_id=record.session_id,
                         session_started_at=record.started_at, detail=SHARP_PAIN)
        )  # fmt: skip

    def tick_rice(self, items: Sequence[str], now: datetime) -> None:
        entry = JournalEntry(EntryKind.RICE, now, day=now.date(), items=tuple(items))
        self.journal.append(entry)

    def log_new_flags(self, now: datetime) -> list[red_flags.RedFlag]:
        """Write the red flags raised since they were last written (at most weekly)."""
        entries = self.journal.entries
        fresh = red_flags.to_log(red_flags.evaluate(self.state.onset, entries, now), entries, now)
        for flag in fresh:
            self.journal.append(JournalEntry(EntryKind.RED_FLAG, now, code=flag.code,
                                             detail=flag.text()))  # fmt: skip
            logger.warning("red flag raised: %s", flag.code)
        return fresh

    # -- internals ----------------------------------------------------------------------

    def save_state(self, state: ProgramState) -> None:
        """Write the state (raises OSError) and tell whoever follows it."""
        self._state_store.save(state)
        self.state = state
        for listener in self.state_listeners:
            listener(state)

    def _save(self, state: ProgramState) -> None:
        self.save_state(state)

    def _recent_records(self, now: datetime) -> list[SessionRecord]:
        """The sessions the rules can look at, read from the log's end (a day of slack)."""
        midnight = datetime.combine(now.date(), datetime.min.time(), now.tzinfo)
        return started_since(
            self._records(), midnight - timedelta(self.program.days_of_records + 1)
        )

    def _rice_on(self, day: date, now: datetime) -> tuple[str, ...]:
        ticks = [e for e in self.journal.entries if e.kind is EntryKind.RICE and e.day == day]
        return ticks[-1].items if ticks else ()

    def _wants_morning_rating(self, records: Sequence[SessionRecord], now: datetime) -> bool:
        """Yes when yesterday had an exercise and today has no morning-after rating yet."""
        today = now.date()
        rated = any(
            e.context is PainContext.MORNING_AFTER and e.at.astimezone(now.tzinfo).date() == today
            for e in self.journal.entries
        )
        yesterday = completed_on(records, today - timedelta(days=1), now)
        exercised = any(
            r.session_id != ICE_ID and r.outcome is Outcome.COMPLETED for r in yesterday
        )
        return exercised and not rated


def _known(program: Program, stage_id: str) -> bool:
    return any(stage.id == stage_id for stage in program.stages)
