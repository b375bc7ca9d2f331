"""The composition root: builds the real clock, stores, sound and window, then runs Qt."""

from __future__ import annotations

import logging
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from hamtimer import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
from hamtimer.cli import Options
from hamtimer.core.clock import Clock, ScaledClock, SystemClock
from hamtimer.core.log_store import LoadReport, LogLoading, LogStore, LogWriteError
from hamtimer.core.pending_spill import adopt, spill
from hamtimer.core.session import SessionDefinition
from hamtimer.core.settings_store import SettingsStore
from hamtimer.paths import DataPaths, spill_dirs
from hamtimer.qt.log_loading import DeferredLogLoad
from hamtimer.qt.main_window import MainWindow
from hamtimer.qt.runner import SessionRunner
from hamtimer.qt.single_instance import InstanceServer
from hamtimer.qt.sound import LazySoundPlayer
from hamtimer.qt.sound_controls import SoundControls
from hamtimer.qt.sound_cues import CueChooser
from hamtimer.qt.today_list import recent_cutoff
from hamtimer.qt.unix_signals import SignalBridge
from hamtimer.qt.waker import QtWaker
from hamtimer.resources import resource_path

logger = logging.getLogger(__name__)


def make_clock(time_scale: float) -> Clock:
    clock = SystemClock()
    return clock if time_scale == 1 else ScaledClock(clock, time_scale)


def run_app(options: Options, paths: DataPaths, sessions: dict[str, SessionDefinition]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    window = build_window(app, options, paths, sessions)
    instance_server = InstanceServer(paths.data_dir, app)
    instance_server.requested.connect(lambda request: _take_request(window, request))
    signals = SignalBridge(app)
    signals.received.connect(lambda number: _close_on_signal(window, number))
    app.aboutToQuit.connect(lambda: window.shutdown("hamtimer was quit"))
    # Logging out: the desktop asks every app to save before it ends them.
    app.commitDataRequest.connect(lambda _manager: window.shutdown("the desktop session ended"))
    window.show()
    if options.start:
        start_id = options.start
        QTimer.singleShot(0, lambda: window.start_session(start_id))
    code = app.exec()
    signals.close()
    _flush_pending(window.log_store)
    return code


def build_window(
    app: QApplication, options: Options, paths: DataPaths, sessions: dict[str, SessionDefinition]
) -> MainWindow:
    clock = make_clock(options.time_scale)
    log_store = LogStore(paths.log_file)
    problems: list[str] = []
    loading: LogLoading | None = None
    try:  # today's sessions now; the whole log after the first paint (_load_the_rest)
        loading = log_store.begin_load(recent_since=recent_cutoff(clock.wall_now()))
    except OSError as e:
        problems.append(f"Your session log could not be read ({e}). New sessions are kept.")
    settings_store = SettingsStore(paths.settings_file)
    settings, settings_problem = settings_store.load()
    if settings_problem:
        problems.append(settings_problem)
    player = LazySoundPlayer(app)  # QtMultimedia loads at the first cue, not before the window
    window = MainWindow(
        sessions=sessions,
        runner=SessionRunner(clock, QtWaker(app), __version__, options.time_scale, app),
        log_store=log_store,
        cues=CueChooser(player, app),
        sound_controls=SoundControls(player, settings_store, settings, app),
        clock=clock,
    )
    if options.time_scale != 1:
        window.setWindowTitle(f"hamtimer — timers {options.time_scale:g}× faster (demo)")
    for problem in problems:
        window.add_problem(problem)
    if loading is not None:
        _load_the_rest(window, loading)
    return window


def _load_the_rest(window: MainWindow, loading: LogLoading) -> None:
    """Read the whole log once the window has painted; then say what it found, add what
    an earlier run could not write, and show today's list from every record."""
    deferred = DeferredLogLoad(loading, window)  # the window owns it
    deferred.finished.connect(lambda report: _on_log_loaded(window, report))
    deferred.failed.connect(window.add_problem)


def _on_log_loaded(window: MainWindow, report: LoadReport) -> None:
    message = report.message()
    if message:
        window.add_problem(message)
    for problem in _adopt_spilled(window.log_store):
        window.add_problem(problem)
    window.refresh_today()


def _take_request(window: MainWindow, request: dict[str, str | None]) -> None:
    """A later launch asked for this: show the window and start the session if free."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    start = request.get("start")
    logger.info("request from a later launch: %s", request)
    if start in window.sessions and not window.runner.is_under_way:
        window.show_home()
        window.start_session(str(start))


def _close_on_signal(window: MainWindow, number: int) -> None:
    window.shutdown(f"hamtimer was ended by {signal.Signals(number).name}")
    window.close()


def _adopt_spilled(log_store: LogStore) -> list[str]:
    """Sessions an earlier run could not write go into the log now."""
    try:
        adopted = adopt(log_store, spill_dirs())
    except OSError as e:  # LogWriteError, or a spill folder that cannot be listed
        return [str(e)]
    messages = list(adopted.problems)
    if adopted.sessions:
        messages.append(
            f"{adopted.sessions} session(s) that could not be written last time "
            "are now in your log."
        )
    return messages


def _flush_pending(log_store: LogStore) -> None:
    """At quit: write what is pending, or keep it where the next start will find it."""
    if not log_store.pending:
        return
    try:
        log_store.flush_pending()
        return
    except LogWriteError as e:
        print(f"{APP_NAME}: {e}", file=sys.stderr)
    try:
        kept_at = spill(log_store, spill_dirs())
        print(f"{APP_NAME}: the session is kept at {kept_at} until the log can take it")
    except OSError as e:
        print(f"{APP_NAME}: {e}", file=sys.stderr)
