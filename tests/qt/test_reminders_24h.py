"""A day in the tray, simulated: the real ReminderService, the banner and a notifier driven
by a fake clock through 24 hours in well under a second. Every reminder fires exactly once,
at its time, and memory does not grow. (The real process, sped up: bench/tray_24h.py.)
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from hamtimer.core.program_store import ProgramState
from hamtimer.core.reminders import Reminder
from hamtimer.qt.notifications import DBusNotifier
from tests.qt.private_bus import PrivateBus, needs_dbus
from tests.qt.reminder_fakes import FakeNotifier
from tests.qt.reminder_setup import Setup, build
from tests.records import CET, a_session

ONSET = date(2026, 11, 25)
# Day two of the pain: bridge holds at 09:00 and 18:00, and ice every 3 hours until the
# 48 hours are over (27 November, 00:00).
PATIENT = ProgramState(onset=ONSET, stage_id="isometric", ice_every_h=3)
START = datetime(2026, 11, 25, 8, 0, tzinfo=CET)
EXPECTED = [  # (shown at, key, title)
    ("25 08:00", "ice@2026-11-25T08:00", "Ice time: 15–20 minutes, wrapped in a towel"),
    ("25 09:00", "exercise@2026-11-25T09:00", "Bridge hold time (1 of 2 today)"),
    ("25 11:00", "ice@2026-11-25T11:00", "Ice time: 15–20 minutes, wrapped in a towel"),
    ("25 15:45", "ice@2026-11-25T15:45", "Ice time: 15–20 minutes, wrapped in a towel"),
    ("25 18:00", "exercise@2026-11-25T18:00", "Bridge hold time (2 of 2 today)"),
    ("25 18:45", "ice@2026-11-25T18:45", "Ice time: 15–20 minutes, wrapped in a towel"),
    ("25 21:45", "ice@2026-11-25T21:45", "Ice time: 15–20 minutes, wrapped in a towel"),
    ("26 00:45", "ice@2026-11-26T00:45", "Ice time: 15–20 minutes, wrapped in a towel"),
    ("26 03:45", "ice@2026-11-26T03:45", "Ice time: 15–20 minutes, wrapped in a towel"),
    ("26 06:45", "ice@2026-11-26T06:45", "Ice time: 15–20 minutes, wrapped in a towel"),
]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CET)


def live_a_day(setup: Setup) -> list[tuple[str, str, str]]:
    """08:00 to 08:00: a bridge hold at 10:00 and an ice at 12:30 are logged on the way."""
    fired: list[tuple[str, str, str]] = []

    def note(reminder: Reminder) -> None:
        shown = setup.clock.wall_now()
        fired.append((f"{shown:%d %H:%M}", reminder.key, reminder.title))

    setup.reminders.service.due.connect(note)
    setup.reminders.start()
    setup.run_until(at(25, 10, 2))
    log(setup, a_session(at(25, 10)))
    setup.run_until(at(25, 12, 46))
    ice = a_session(at(25, 12, 30), session_id="ice", session_name="Ice",
                    ended_at=at(25, 12, 45) + timedelta(seconds=15))  # fmt: skip
    log(setup, ice)
    setup.run_until(START + timedelta(hours=24))
    return fired


def log(setup: Setup, record: object) -> None:
    setup.records.append(record)  # type: ignore[arg-type]
    setup.reminders.session_ended(record)  # type: ignore[arg-type]


def test_24_hours_in_the_tray_fire_every_reminder_exactly_once_at_its_time(qtbot: QtBot) -> None:
    notifier = FakeNotifier()
    setup = build(PATIENT, START, notifier)
    started = time.perf_counter()
    fired = live_a_day(setup)
    assert time.perf_counter() - started < 1.0
    assert fired == EXPECTED
    assert [r.key for r in notifier.shown] == [key for _, key, _ in EXPECTED]
    assert setup.reminders.banner.title_label.text() == EXPECTED[-1][2]


def test_days_in_the_tray_do_not_grow_memory() -> None:
    """Days 3 and 4 (after two days, what is kept to refuse repeats is full): nothing more."""
    script = Path(__file__).with_name("memory_days.py")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=True
    )
    grown, wakes = (int(word) for word in result.stdout.split())
    assert wakes > 2 * 24 * 60 - 10  # it really checked every minute for two days
    assert grown < 8 * 1024, f"{grown} bytes more after {wakes} wakes"


@needs_dbus
def test_24_hours_without_a_tray_send_each_reminder_once_to_the_notification_server(
    qtbot: QtBot,
) -> None:
    from PySide6.QtDBus import QDBusConnection

    bus = PrivateBus()
    try:
        bus.start_server()
        connection = QDBusConnection.connectToBus(bus.address, "hamtimer-24h")
        setup = build(PATIENT, START, DBusNotifier(bus=connection))
        live_a_day(setup)
        received = [bus.server_call() for _ in EXPECTED]
        assert [(c["summary"], c["app_name"]) for c in received] == [
            (title, "hamtimer") for _, _, title in EXPECTED
        ]
        QDBusConnection.disconnectFromBus("hamtimer-24h")
    finally:
        bus.close()
