"""Drives a ReminderScheduler the way the reminder service does: it asks when the next one
is due, lets the fake clock run that far (at most a minute at a time), and asks what is due.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from hamtimer.core.clock import FakeClock
from hamtimer.core.program import load_program
from hamtimer.core.program_store import ProgramState
from hamtimer.core.records import SessionRecord
from hamtimer.core.reminder_rules import local_reading
from hamtimer.core.reminders import Reminder, ReminderScheduler, ReminderSettings, settings_for
from hamtimer.core.session import SessionDefinition
from hamtimer.resources import resource_path
from tests.core.helpers import builtin

CHECK_EVERY = timedelta(minutes=1)
PROGRAM = load_program(resource_path("program.json"))
SESSIONS: Mapping[str, SessionDefinition] = {
    "ice": builtin("ice"),
    "bridge-hold": builtin("bridge-hold"),
}


def settings(stage_id: str = "isometric", **changes: object) -> ReminderSettings:
    """The resolved settings of a patient in `stage_id`, with ProgramState fields changed."""
    state = replace(ProgramState(stage_id=stage_id), **changes)  # type: ignore[arg-type]
    return settings_for(state, PROGRAM.stage(stage_id))


@dataclass(frozen=True)
class Fired:
    shown_at: datetime  # local wall reading when the scheduler returned it
    reminder: Reminder

    @property
    def line(self) -> str:
        return f"{self.shown_at:%Y-%m-%d %H:%M} {self.reminder.key}"


class Drive:
    def __init__(
        self, wall_start: datetime, chosen: ReminderSettings, zone: tzinfo | None = None
    ) -> None:
        self.zone = zone or wall_start.tzinfo
        self.clock = FakeClock(wall_start, zone=self.zone)
        self.scheduler = ReminderScheduler(chosen, SESSIONS, wall_start, self.zone)
        self.records: list[SessionRecord] = []
        self.fired: list[Fired] = []

    def check(self) -> list[Reminder]:
        now = self.clock.wall_now()
        found = self.scheduler.due(now, self.records)
        reading = local_reading(now, self.zone)
        self.fired.extend(Fired(reading, reminder) for reminder in found)
        return found

    def run_for(self, span: timedelta, check_every: timedelta = CHECK_EVERY) -> list[str]:
        """Run `span` of awake time, checking as the service would; the lines fired."""
        before = len(self.fired)
        end = self.clock.wall_now() + span
        self.check()
        while (now := self.clock.wall_now()) < end:
            upcoming = self.scheduler.next_due(now, self.records)
            step = check_every if upcoming is None else min(check_every, upcoming - now)
            self.clock.advance(max(step, timedelta(seconds=1)).total_seconds())
            self.check()
        return [f.line for f in self.fired[before:]]


def day_lines(day: date, *times: str, kind: str = "exercise") -> list[str]:
    return [f"{day} {t} {kind}@{day}T{t}" for t in times]
