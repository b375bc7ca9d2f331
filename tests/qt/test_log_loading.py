"""A big log: the window shows today's sessions at once and reads the rest after painting."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.cli import Options
from hamtimer.core.log_store import LoadReport, encode_record
from hamtimer.core.records import SessionRecord
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.paths import DataPaths
from hamtimer.qt import log_loading
from hamtimer.qt.app import build_window
from hamtimer.qt.log_loading import DeferredLogLoad
from hamtimer.qt.main_window import MainWindow
from hamtimer.resources import resource_path
from tests.records import a_session

OLD_SESSIONS = 2000


def todays_start() -> datetime:
    return datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


def old_lines(count: int) -> list[bytes]:
    """Sessions every six hours, ending two days ago."""
    last = todays_start() - timedelta(days=2)
    return [encode_record(a_session(last - timedelta(hours=6 * n))) for n in range(count, 0, -1)]


def todays_sessions() -> list[SessionRecord]:
    return [a_session(todays_start() + timedelta(minutes=minute)) for minute in (1, 2, 3)]


def build(data_dir: Path, qtbot: QtBot) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sessions = load_builtin_sessions(resource_path("sessions"))
    window = build_window(app, Options(data_dir, None, 1.0), DataPaths(data_dir), sessions)
    qtbot.addWidget(window)
    return window


def show_and_wait_for_the_whole_log(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitUntil(lambda: window.log_store.is_loaded)


def test_the_first_window_lists_todays_sessions_before_the_whole_log_is_read(
    qtbot: QtBot, data_dir: Path
) -> None:
    today = todays_sessions()
    lines = [*old_lines(OLD_SESSIONS), *(encode_record(r) for r in today)]
    (data_dir / "log.jsonl").write_bytes(b"".join(lines))
    window = build(data_dir, qtbot)
    assert not window.log_store.is_loaded
    assert window.log_store.records == tuple(today)
    assert window.home.today.count() == 3
    show_and_wait_for_the_whole_log(window, qtbot)
    assert len(window.log_store.records) == OLD_SESSIONS + 3
    assert window.home.today.count() == 3


def test_the_whole_log_is_read_only_after_the_window_has_painted(
    qtbot: QtBot, data_dir: Path
) -> None:
    (data_dir / "log.jsonl").write_bytes(b"".join(old_lines(50)))
    window = build(data_dir, qtbot)
    QCoreApplication.processEvents()
    assert not window.log_store.is_loaded
    show_and_wait_for_the_whole_log(window, qtbot)
    assert len(window.log_store.records) == 50


def test_a_corrupt_line_in_the_middle_of_a_big_log_is_reported_after_the_deferred_load(
    qtbot: QtBot, data_dir: Path
) -> None:
    lines = old_lines(OLD_SESSIONS)
    good = b"".join(lines)
    original = b"".join(lines[:1000]) + b"\x00\xff this is not JSON\n" + b"".join(lines[1000:])
    (data_dir / "log.jsonl").write_bytes(original)
    window = build(data_dir, qtbot)
    assert window.problems_banner.isHidden()
    show_and_wait_for_the_whole_log(window, qtbot)
    [kept] = list(data_dir.glob("log.jsonl.unreadable-*"))
    assert kept.read_bytes() == original
    assert (data_dir / "log.jsonl").read_bytes() == good
    banner = window.problems_banner.text()
    assert "1 line of your session log could not be read" in banner and str(kept) in banner
    assert len(window.log_store.records) == OLD_SESSIONS


class EndlessLoading:
    """A LogLoading that never ends, counting its steps; or fails at its first step."""

    def __init__(self, error: OSError | None = None) -> None:
        self.steps = 0
        self.error = error
        self.done = False
        self.report: LoadReport | None = None

    def step(self, max_lines: int = 1000) -> bool:
        self.steps += 1
        if self.error is not None:
            raise self.error
        return False


class SteppedTime:
    """A monotonic clock that moves 1 ms each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 0.001
        return self.now


def test_each_turn_of_the_event_loop_reads_for_a_few_milliseconds_only(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    loading = EndlessLoading()
    deferred = DeferredLogLoad(loading, widget, now=SteppedTime())  # type: ignore[arg-type]
    deferred.read_slice()
    assert loading.steps == round(log_loading.SLICE_S / 0.001)


def test_a_log_that_cannot_be_read_to_its_end_is_reported(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    loading = EndlessLoading(OSError(5, "Input/output error"))
    deferred = DeferredLogLoad(loading, widget)  # type: ignore[arg-type]
    with qtbot.waitSignal(deferred.failed) as failed:
        widget.show()
    assert failed.args == [
        "Your session log could not be read (Input/output error). New sessions are kept."
    ]
    assert loading.steps == 1


def test_a_window_that_is_never_painted_still_reads_its_log(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log_loading, "UNPAINTED_START_MS", 0)
    widget = QWidget()
    qtbot.addWidget(widget)
    loading = EndlessLoading(OSError(5, "Input/output error"))
    deferred = DeferredLogLoad(loading, widget)  # type: ignore[arg-type]
    with qtbot.waitSignal(deferred.failed):
        pass  # never shown: the load starts when the fallback timer fires
    assert loading.steps == 1
