"""Reminders built as the app builds them, from fakes: a fake clock, a hand-fired waker, a
notifier that only remembers, and a log and program file that live in memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtGui import QIcon

from hamtimer.core.clock import FakeClock
from hamtimer.core.program_store import ProgramState
from hamtimer.core.records import SessionRecord
from hamtimer.qt.notifications import Notifier
from hamtimer.qt.reminders import Reminders
from tests.core.reminder_drive import PROGRAM, SESSIONS
from tests.qt.fakes import FakeWaker
from tests.qt.reminder_fakes import FakeNotifier
from tests.records import CET


@dataclass
class Setup:
    reminders: Reminders
    clock: FakeClock
    waker: FakeWaker
    records: list[SessionRecord]
    saved: list[ProgramState] = field(default_factory=list)
    quits: int = 0
    save_error: OSError | None = None

    def save(self, state: ProgramState) -> None:
        if self.save_error is not None:
            raise self.save_error
        self.saved.append(state)

    def quit(self) -> None:
        self.quits += 1

    def run_until(self, end: datetime) -> int:
        """Let time pass as far as each wake-up asked, firing it, until `end`; the wakes."""
        wakes = 0
        while self.clock.wall_now() < end:
            assert self.waker.delay_s is not None, "the service stopped asking to be woken"
            self.clock.advance(self.waker.delay_s)
            self.waker.fire()
            wakes += 1
        return wakes


def build(
    state: ProgramState,
    start: datetime,
    notifier: Notifier | None = None,
    tray_available: bool = False,
    real_notifier: bool = False,
) -> Setup:
    """`notifier` defaults to a FakeNotifier; `real_notifier`: the tray or D-Bus, as chosen."""
    if notifier is None and not real_notifier:
        notifier = FakeNotifier()
    clock = FakeClock(start, zone=CET)
    waker = FakeWaker()
    records: list[SessionRecord] = []
    holder: list[Setup] = []
    reminders = Reminders(
        program=PROGRAM,
        state=state,
        sessions=SESSIONS,
        records=lambda: records,
        wall_now=clock.wall_now,
        save_state=lambda s: holder[0].save(s),
        quit_app=lambda: holder[0].quit(),
        icon=QIcon(),
        tray_available=tray_available,
        notifier=notifier,
        waker=waker,
        zone=CET,
    )
    holder.append(Setup(reminders, clock, waker, records))
    return holder[0]
