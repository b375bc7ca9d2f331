"""Reminders: exercise at the patient's clock times, ice every few hours in the first 48.

The scheduler owns no timer. Whoever owns time asks it "what is due at T?" (`due`) and
"when is the next one?" (`next_due`), with T from the wall clock. Each reminder key is
handled once, so a wall clock set back does not repeat one, and the reminders missed while
the computer slept collapse into one per kind on waking. The rules: docs/REMINDERS.md.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum

from hamtimer.core import reminder_rules as rules
from hamtimer.core.i18n import translate
from hamtimer.core.program import Stage
from hamtimer.core.program_store import ProgramState
from hamtimer.core.records import SessionRecord
from hamtimer.core.session import SessionDefinition

logger = logging.getLogger(__name__)

LATE_TOLERANCE = timedelta(minutes=10)  # later than this, an ice reminder restarts the count
FORGET_AFTER = timedelta(days=2)  # handled keys older than this are dropped


class ReminderKind(Enum):
    EXERCISE = "exercise"
    ICE = "ice"


@dataclass(frozen=True)
class Reminder:
    key: str  # "exercise@2026-11-25T18:00", "ice@2026-11-25T15:00" (local wall time)
    kind: ReminderKind
    session_id: str  # the session a click starts
    session_name: str  # "Bridge hold"
    title: str  # "Bridge hold time (1 of 2 today)"
    body: str
    due: datetime  # when it was due (aware); it may be shown later, after a suspend


@dataclass(frozen=True)
class ReminderSettings:
    """What the program state and the stage ask for, resolved."""

    on: bool
    times: tuple[str, ...]  # "HH:MM", local wall-clock times
    targets: Mapping[str, int]  # the stage's sessions and times a day
    onset: date | None
    ice_every_h: int | None


def settings_for(state: ProgramState, stage: Stage) -> ReminderSettings:
    """The patient's choices where made, else the stage's defaults."""
    times = state.exercise_reminders
    every = state.ice_every_h
    return ReminderSettings(
        on=state.reminders_on,
        times=stage.exercise_reminders if times is None else times,
        targets=dict(stage.targets),
        onset=state.onset,
        ice_every_h=stage.ice_reminder_every_h if every is None else every,
    )


class ReminderScheduler:
    """Answers what is due at a wall time; remembers what it has handled."""

    def __init__(
        self,
        settings: ReminderSettings,
        sessions: Mapping[str, SessionDefinition],
        now: datetime,
        zone: tzinfo | None = None,
    ) -> None:
        """Clock times already past at `now` are not reminded of: hamtimer was not running."""
        self._sessions = sessions
        self._zone = zone  # None: this computer's local time zone
        self._handled: dict[str, datetime] = {}  # key → when it was due
        self._last_ice: datetime | None = None  # the anchor of the next ice reminder
        self.settings = settings
        self.configure(settings, now)

    @property
    def remembered(self) -> tuple[str, ...]:
        """The keys handled in the last two days (for logs and tests)."""
        return tuple(self._handled)

    def configure(self, settings: ReminderSettings, now: datetime) -> None:
        """New choices: clock times already past today are not reminded of now."""
        self.settings = settings
        reading = rules.local_reading(now, self._zone)
        for slot in rules.clock_slots(settings.times, reading.date()):
            if slot < reading:
                self._handle(rules.slot_key("exercise", slot), rules.as_moment(slot, self._zone))

    def due(self, now: datetime, records: Sequence[SessionRecord]) -> list[Reminder]:
        """The reminders to show at `now`, each returned once and then remembered."""
        if not self.settings.on:
            return []
        recent = rules.recent_completed(records, now)
        found = [self._due_exercise(now, recent), self._due_ice(now, recent)]
        self._forget_old(now)
        return [reminder for reminder in found if reminder is not None]

    def next_due(self, now: datetime, records: Sequence[SessionRecord]) -> datetime | None:
        """When the next reminder may be due (it may then be skipped as done), or None."""
        if not self.settings.on:
            return None
        recent = rules.recent_completed(records, now)
        candidates = [self._next_exercise_slot(now), self._next_ice(now, recent)]
        return min((c for c in candidates if c is not None), default=None)

    # -- exercise ---------------------------------------------------------------------

    def _due_exercise(self, now: datetime, recent: list[SessionRecord]) -> Reminder | None:
        readings = self._unhandled_slots(now)
        if not readings:
            return None
        *missed, latest = readings
        for reading in missed:
            logger.info(
                "reminder missed: %s (a later one is due)", rules.slot_key("exercise", reading)
            )
            self._handle(rules.slot_key("exercise", reading), now)
        key = rules.slot_key("exercise", latest)
        self._handle(key, rules.as_moment(latest, self._zone))
        done = rules.done_on(recent, latest.date(), self._zone)
        choice = rules.next_exercise(self.settings.targets, self._sessions, done)
        if choice is None:
            logger.info("reminder skipped: %s, today's exercises are done (%s)", key, dict(done))
            return None
        session_id, done_count, target = choice
        definition = self._sessions[session_id]
        title, body = rules.exercise_text(definition, done_count, target)
        due = rules.as_moment(latest, self._zone)
        return Reminder(key, ReminderKind.EXERCISE, session_id, definition.name, title, body, due)

    def _unhandled_slots(self, now: datetime) -> list[datetime]:
        """Today's clock times that have come and were not handled yet."""
        reading = rules.local_reading(now, self._zone)
        slots = rules.clock_slots(self.settings.times, reading.date())
        return [
            s for s in slots if s <= reading and rules.slot_key("exercise", s) not in self._handled
        ]

    def _next_exercise_slot(self, now: datetime) -> datetime | None:
        reading = rules.local_reading(now, self._zone)
        for day in (reading.date(), reading.date() + timedelta(days=1)):
            for slot in rules.clock_slots(self.settings.times, day):
                if rules.slot_key("exercise", slot) not in self._handled:
                    return max(now, rules.as_moment(slot, self._zone))
        return None

    # -- ice --------------------------------------------------------------------------

    def _due_ice(self, now: datetime, recent: list[SessionRecord]) -> Reminder | None:
        due = self._next_ice(now, recent)
        if due is None or due > now:
            return None
        every = self.settings.ice_every_h
        assert every is not None and self.settings.onset is not None  # _next_ice checked
        key = rules.slot_key("ice", rules.local_reading(due, self._zone))
        late = now - due > LATE_TOLERANCE
        self._last_ice = now if late else due  # late: the next one counts from now
        if key in self._handled:
            return None
        self._handle(key, due)
        if late:
            logger.info("reminder late: %s shown at %s", key, now.isoformat(timespec="seconds"))
        _, ends = rules.ice_window(self.settings.onset, self._zone)
        definition = self._sessions.get(rules.ICE_SESSION_ID)
        title, body = rules.ice_text(definition, every, ends, self._zone)
        name = definition.name if definition is not None else translate("Reminders", "Ice")
        return Reminder(key, ReminderKind.ICE, rules.ICE_SESSION_ID, name, title, body, due)

    def _next_ice(self, now: datetime, recent: list[SessionRecord]) -> datetime | None:
        """The next ice reminder inside the 48-hour window, or None once it has passed."""
        every, onset = self.settings.ice_every_h, self.settings.onset
        if every is None or onset is None:
            return None
        start, end = rules.ice_window(onset, self._zone)
        anchors = [a for a in (rules.last_ice_end(recent), self._last_ice) if a is not None]
        # With no ice logged and none reminded since hamtimer started, the first is due now.
        after = max(anchors) + timedelta(hours=every) if anchors else now
        due = max(start, after)
        return due if due < end and now < end else None

    # -- memory -----------------------------------------------------------------------

    def _handle(self, key: str, due: datetime) -> None:
        self._handled[key] = due

    def _forget_old(self, now: datetime) -> None:
        old = [key for key, due in self._handled.items() if now - due > FORGET_AFTER]
        for key in old:
            del self._handled[key]
