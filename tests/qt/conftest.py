"""A main window built from fakes: a fake clock, a hand-fired waker, a silent sound player."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hamtimer.core.clock import FakeClock
from hamtimer.core.events import RunState
from hamtimer.core.journal_store import JournalStore
from hamtimer.core.log_store import LogStore
from hamtimer.core.patient_program import PatientProgram
from hamtimer.core.program import load_program
from hamtimer.core.program_store import ProgramStore
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.core.settings_store import Settings, SettingsStore
from hamtimer.qt.main_window import MainWindow
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.runner import SessionRunner
from hamtimer.qt.sound import SilentPlayer
from hamtimer.qt.sound_controls import SoundControls
from hamtimer.qt.sound_cues import CueChooser
from hamtimer.resources import resource_path
from tests import seed

from .fakes import ErrorSink, FakeWaker, ScriptedAnswers


def a_program(data_dir: Path, log_store: LogStore) -> PatientProgram:
    """The real program over the data folder's journal and state, both empty at first."""
    journal = JournalStore(data_dir / "journal.jsonl")
    journal.load()
    store = ProgramStore(data_dir / "program-state.json")
    return PatientProgram(
        load_program(resource_path("program.json")),
        store, store.load()[0], journal,
        load_builtin_sessions(resource_path("sessions")), lambda: log_store.records,
    )  # fmt: skip


@dataclass
class Harness:
    window: MainWindow
    clock: FakeClock
    waker: FakeWaker
    player: SilentPlayer
    log_store: LogStore
    answers: ScriptedAnswers
    errors: ErrorSink

    def run_until(self, done: Callable[[], bool], max_wakes: int = 10_000) -> int:
        """Let time pass exactly as far as each wake-up asked, firing it, until `done()`."""
        for wakes in range(max_wakes):
            if done():
                return wakes
            assert self.waker.delay_s is not None, "the runner stopped asking to be woken"
            self.clock.advance(self.waker.delay_s)
            self.waker.fire()
        raise AssertionError("did not finish")

    def run_to_end(self) -> int:
        runner = self.window.runner
        return self.run_until(lambda: not runner.is_under_way)

    @property
    def state(self) -> RunState | None:
        engine = self.window.runner.engine
        return engine.state if engine else None


@pytest.fixture
def harness(qtbot: QtBot, data_dir: Path) -> Harness:
    return make_harness(qtbot, data_dir, FakeClock())


@pytest.fixture
def seeded_harness(qtbot: QtBot, data_dir: Path) -> Harness:
    """The window on the seeded three weeks, at 14:30 on 25 November 2026, on Today."""
    seed.write(data_dir)
    made = make_harness(qtbot, data_dir, FakeClock(seed.NOW))
    made.window.tabs.setCurrentWidget(made.window.today_view)
    return made


def make_harness(
    qtbot: QtBot,
    data_dir: Path,
    clock: FakeClock,
    answers: ScriptedAnswers | None = None,
    **window_options: Any,
) -> Harness:
    """The window on fakes; `window_options` go to MainWindow (the patient's sessions)."""
    waker = FakeWaker()
    player = SilentPlayer()
    log_store = LogStore(data_dir / "log.jsonl")
    log_store.load()
    answers = answers or ScriptedAnswers()
    errors = ErrorSink()
    window = MainWindow(
        sessions=load_builtin_sessions(resource_path("sessions")),
        runner=SessionRunner(clock, waker, "test"),
        log_store=log_store,
        cues=CueChooser(player),
        sound_controls=SoundControls(
            player, Preferences(SettingsStore(data_dir / "s.json"), Settings())
        ),
        clock=clock,
        program=a_program(data_dir, log_store),
        confirm=answers,
        show_error=errors,
        **{name: make(answers, errors) for name, make in window_options.items()},
    )
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.home)  # most tests start from the Exercises page
    window.show()
    qtbot.waitExposed(window)
    return Harness(window, clock, waker, player, log_store, answers, errors)
