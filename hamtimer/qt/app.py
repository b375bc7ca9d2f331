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
from hamtimer.core.accelerated_wall import reminder_wall
from hamtimer.core.clock import Clock, ScaledClock, SystemClock
from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.i18n import plural, translate
from hamtimer.core.journal_store import JournalStore
from hamtimer.core.log_store import LoadReport, LogLoading, LogStore, LogWriteError
from hamtimer.core.patient_program import PatientProgram
from hamtimer.core.pending_spill import adopt, spill
from hamtimer.core.program import load_program
from hamtimer.core.program_store import ProgramStore
from hamtimer.core.session import SessionDefinition
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.core.settings_store import SettingsStore
from hamtimer.paths import DataPaths, spill_dirs
from hamtimer.qt import theme
from hamtimer.qt.cue_sound import CueSound
from hamtimer.qt.language import Language, choose_language, system_languages
from hamtimer.qt.log_loading import DeferredLogLoad
from hamtimer.qt.main_window import MainWindow
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.reminders import Reminders
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
    theme.follow_system(app)  # light, dark or high contrast, as the system is, also later
    settings_store = SettingsStore(paths.settings_file)
    settings, settings_problem = settings_store.load()
    language = Language(choose_language(settings.language, system_languages()))
    language.install(app)
    # The built-in sessions again, now in the patient's language (checked in English
    # before Qt loaded; a translation cannot change their numbers).
    sessions = load_builtin_sessions(resource_path("sessions"))
    preferences = Preferences(settings_store, settings, app)
    window = build_window(app, options, paths, sessions, preferences, language.code)
    for problem in (settings_problem, language.problem):
        if problem:
            window.add_problem(problem)
    reminders = build_reminders(app, window, options)
    instance_server = InstanceServer(paths.data_dir, app)
    instance_server.requested.connect(lambda request: _take_request(window, request))
    signals = SignalBridge(app)
    signals.received.connect(lambda number: _close_on_signal(window, number))
    app.aboutToQuit.connect(lambda: window.shutdown("hamtimer was quit"))
    # Logging out: the desktop asks every app to save before it ends them.
    app.commitDataRequest.connect(lambda _manager: window.shutdown("the desktop session ended"))
    window.show()
    reminders.start()
    if options.start:
        start_id = options.start
        QTimer.singleShot(0, lambda: window.start_session(start_id))
    code = app.exec()
    signals.close()
    _flush_pending(window.log_store)
    return code


def build_window(
    app: QApplication,
    options: Options,
    paths: DataPaths,
    sessions: dict[str, SessionDefinition],
    preferences: Preferences | None = None,
    language: str = "en",
) -> MainWindow:
    """The window on the real clock and files; the settings are read here unless given.
    `language` is the one the app installed: the voice speaks it."""
    clock = make_clock(options.time_scale)
    log_store = LogStore(paths.log_file)
    problems: list[str] = []
    if preferences is None:
        settings, settings_problem = SettingsStore(paths.settings_file).load()
        preferences = Preferences(SettingsStore(paths.settings_file), settings, app)
        problems.extend([settings_problem] if settings_problem else [])
    loading: LogLoading | None = None
    try:  # today's sessions now; the whole log after the first paint (_load_the_rest)
        loading = log_store.begin_load(recent_since=recent_cutoff(clock.wall_now()))
    except OSError as e:
        unread = translate(
            "App", "Your session log could not be read ({reason}). New sessions are kept."
        )
        problems.append(unread.format(reason=e))
    custom_store = CustomSessionStore(paths.sessions_dir, sessions)
    problems.extend(custom_store.load().problems)
    program = _patient_program(paths, sessions, log_store, problems)
    # QtMultimedia loads at the first cue, not before the window; the voice only if chosen.
    player = CueSound(LazySoundPlayer(app), language, preferences, app)
    window = MainWindow(
        sessions=sessions,
        custom_store=custom_store,
        runner=SessionRunner(clock, QtWaker(app), __version__, options.time_scale, app),
        log_store=log_store,
        cues=CueChooser(player, app),
        sound_controls=SoundControls(player, preferences, app),
        clock=clock,
        program=program,
    )
    if options.time_scale != 1:
        demo = translate("App", "hamtimer — timers {scale}× faster (demo)")
        window.setWindowTitle(demo.format(scale=f"{options.time_scale:g}"))
    for problem in problems:
        window.add_problem(problem)
    if loading is not None:
        _load_the_rest(window, loading)
    return window


def _patient_program(
    paths: DataPaths,
    sessions: dict[str, SessionDefinition],
    log_store: LogStore,
    problems: list[str],
) -> PatientProgram:
    """The program's stages (built in), the patient's place in it, and their journal."""
    state_store = ProgramStore(paths.program_state_file)
    state, state_problem = state_store.load()
    journal = JournalStore(paths.journal_file)
    try:
        journal_problem = journal.load()
    except OSError as e:
        unread = translate(
            "App", "Your journal could not be read ({reason}). New entries are kept."
        )
        journal_problem = unread.format(reason=e)
    problems.extend(p for p in (state_problem, journal_problem) if p)
    return PatientProgram(
        load_program(resource_path("program.json")),
        state_store, state, journal, sessions, lambda: log_store.records,
    )  # fmt: skip


def build_reminders(app: QApplication, window: MainWindow, options: Options) -> Reminders:
    """Reminders, the tray and notifications, following the patient's program state."""
    patient = window.program.program
    reminders = Reminders(
        program=patient.program,
        state=patient.state,
        sessions=window.sessions,
        records=lambda: window.log_store.records,
        wall_now=reminder_wall(make_clock(options.time_scale), options.time_scale),
        save_state=patient.save_state,
        quit_app=app.quit,
        icon=app.windowIcon(),
        time_scale=options.time_scale,
        parent=app,
    )
    patient.state_listeners.append(reminders.set_state)
    reminders.start_requested.connect(lambda sid: _take_request(window, {"start": sid}))
    reminders.show_requested.connect(lambda: _take_request(window, {"start": None}))
    reminders.problem.connect(window.add_problem)
    window.runner.ended.connect(reminders.session_ended)  # after the window's own handler
    window.close_policy = reminders.close_policy
    window.today_view.add_banner(reminders.banner)
    app.setQuitOnLastWindowClosed(not reminders.tray.available)
    return reminders


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
    """A later launch or a reminder asked for this: show the window and start the session."""
    if window.isHidden():
        window.show()
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
    window.quit()  # not close(): with a tray that would only hide the window


def _adopt_spilled(log_store: LogStore) -> list[str]:
    """Sessions an earlier run could not write go into the log now."""
    try:
        adopted = adopt(log_store, spill_dirs())
    except OSError as e:  # LogWriteError, or a spill folder that cannot be listed
        return [str(e)]
    messages = list(adopted.problems)
    if adopted.sessions:
        messages.append(
            plural(
                adopted.sessions,
                translate(
                    "App", "{n} session that could not be written last time is now in your log."
                ),
                translate(
                    "App", "{n} sessions that could not be written last time are now in your log."
                ),
            )
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
