"""The window: it wires the views to the runner, the log and the sound, and owns the keys."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core.clock import Clock
from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from hamtimer.core.journal import PainContext
from hamtimer.core.log_store import LogStore, LogWriteError
from hamtimer.core.patient_program import PatientProgram
from hamtimer.core.plan import build_plan
from hamtimer.core.records import SHARP_PAIN, SessionRecord
from hamtimer.core.session import SessionDefinition, SessionError
from hamtimer.qt import theme
from hamtimer.qt.announcer import AccessibleAnnouncer, Announcements, Announcer
from hamtimer.qt.close_to_tray import ClosePolicy
from hamtimer.qt.done_view import DoneView
from hamtimer.qt.floor_mode import FloorMode
from hamtimer.qt.history_view import HistoryView
from hamtimer.qt.home_view import HomeView
from hamtimer.qt.keyboard_focus import FocusRingFollower, tab_leaves_tables
from hamtimer.qt.pain_strip import rating_for_key
from hamtimer.qt.program_controller import ProgramController
from hamtimer.qt.runner import SessionRunner
from hamtimer.qt.runner_view import RunnerView
from hamtimer.qt.session_menu import Dialogs, SessionMenu
from hamtimer.qt.sound_controls import SoundControls
from hamtimer.qt.sound_cues import CueChooser
from hamtimer.qt.tab_bar import AccentSafeTabBar
from hamtimer.qt.today_list import todays
from hamtimer.qt.today_view import TodayView
from hamtimer.qt.window_menus import WindowMenus

logger = logging.getLogger(__name__)

RETRY_PENDING_MS = 30_000
STOP_QUESTION = QT_TRANSLATE_NOOP(
    "MainWindow", "Stop this session? What you have done so far will be logged."
)


def problem_banner(parent: QWidget) -> QLabel:
    """The yellow note above every home tab: what went wrong and what was done about it."""
    banner = QLabel(parent)
    banner.setWordWrap(True)
    banner.setObjectName("banner")
    theme.restyle(
        banner,
        lambda colours: (
            f"QLabel#banner {{ background: {colours.problem.background};"
            f" color: {colours.problem.foreground}; padding: 8px;"
            f" border: 1px solid {colours.problem_border}; border-radius: 4px; }}"
        ),
    )
    banner.setAccessibleName(translate("MainWindow", "Problems"))
    banner.hide()
    return banner


def ask_with_message_box(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, "hamtimer", question)
    return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        sessions: Mapping[str, SessionDefinition],
        runner: SessionRunner,
        log_store: LogStore,
        cues: CueChooser,
        sound_controls: SoundControls,
        clock: Clock,
        program: PatientProgram,
        confirm: Callable[[QWidget, str], bool] = ask_with_message_box,
        show_error: Callable[[QWidget, str], None] | None = None,
        custom_store: CustomSessionStore | None = None,
        session_dialogs: Dialogs | None = None,
        announcer: Announcer | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("hamtimer")
        self.resize(960, 680)
        self._builtins = dict(sessions)
        self.custom_store = custom_store
        self.sessions = self._all_sessions()
        self.runner = runner
        self.log_store = log_store
        self._clock = clock
        self._confirm = confirm
        self._show_error = show_error or self._error_box
        self._problems: list[str] = []
        self._write_errors: list[str] = []  # the problems a successful retry clears
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_PENDING_MS)
        self.retry_timer.timeout.connect(self.retry_pending)
        self.home = HomeView(self.sessions, self)
        self.today_view = TodayView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabBar(AccentSafeTabBar(self.tabs))
        self.tabs.addTab(self.today_view, translate("MainWindow", "Today"))
        self.tabs.addTab(self.home, translate("MainWindow", "Exercises"))
        self.history_view = HistoryView(self)
        self.tabs.addTab(self.history_view, translate("MainWindow", "History"))
        self.tabs.currentChanged.connect(self.refresh_today)  # "today" may have moved on
        self.program = ProgramController(
            program,
            self.today_view,
            clock,
            lambda message: self._show_error(self, message),
            lambda question: self._confirm(self, question),
            self,
        )
        self.last_record: SessionRecord | None = None
        self.close_policy: ClosePolicy | None = None  # set when reminders keep a tray icon
        self.runner_view = RunnerView(self)
        self.done_view = DoneView(self)
        self.problems_banner = problem_banner(self)
        self.home_page = QWidget(self)
        home_layout = QVBoxLayout(self.home_page)
        home_layout.addWidget(self.problems_banner)
        home_layout.addWidget(self.tabs, stretch=1)
        self.stack = QStackedWidget(self)
        for page in (self.home_page, self.runner_view, self.done_view):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.status_note = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_note, 1)
        self.sound_controls = sound_controls
        sound_controls.attach(self.home.sound_row, self.status_note)
        self.cues = cues
        cues.attach(runner)
        self._wire()
        self._add_shortcuts()
        self.announcements = Announcements(announcer or AccessibleAnnouncer(self.runner_view), self)
        self.announcements.attach(runner)
        self.floor_mode = FloorMode(
            self, self.runner_view, runner, sound_controls.preferences, self.shortcuts
        )
        self.focus_ring = FocusRingFollower(self)
        tab_leaves_tables(self)
        self.menus = WindowMenus(
            self,
            log_store.path.parent,
            clock.wall_now,
            lambda: self.runner.is_under_way,
            self.quit,
            sound_controls.preferences,
        )
        self.session_menu = self._add_session_menu(session_dialogs)
        self.refresh_today()

    # -- actions ------------------------------------------------------------------------

    def start_session(self, session_id: str, values: Mapping[str, int] | None = None) -> None:
        if self.runner.is_under_way:
            return
        if session_id not in self.sessions:  # --start ID whose file went away since
            missing = translate("MainWindow", "There is no session '{id}' any more.")
            self._show_error(self, missing.format(id=session_id))
            return
        try:
            plan = build_plan(self.sessions[session_id], values)
        except SessionError as e:
            self._show_error(self, str(e))
            return
        self.stack.setCurrentWidget(self.runner_view)
        self.runner.start(plan)
        if self.session_menu:
            self.session_menu.set_busy(True)

    def request_stop(self) -> None:
        """Esc: stop a session under way (after asking), or leave the screen one is on."""
        if self.runner.is_under_way:
            question = translate("MainWindow", STOP_QUESTION)
            if self._confirm(self, question) and self.runner.is_under_way:
                self.runner.stop()
        elif self.stack.currentWidget() is self.done_view:
            self.show_home()
        elif self.isFullScreen():
            self.toggle_full_screen()

    def space_pressed(self) -> None:
        page = self.stack.currentWidget()
        if self.runner.is_under_way:
            self.runner.toggle_pause()
        elif page is self.home_page and self.tabs.currentWidget() is self.home:
            self.home.request_start()
        elif page is self.home_page:
            self._start_first_due()
        elif page is self.done_view:
            self.show_home()

    def stop_for_sharp_pain(self) -> None:
        """P, or the runner's button: stop at once, no question; the advice follows."""
        if self.runner.is_under_way:
            self.runner.stop(SHARP_PAIN)

    def rate_pain(self, rating: int) -> None:
        """A rating key: before the session in get ready, after it on the done screen, or
        the morning rating on Today."""
        page = self.stack.currentWidget()
        if page is self.runner_view and self.runner_view.pain_before.isVisible():
            self.runner_view.pain_before.choose(rating)
        elif page is self.done_view and self.last_record is not None:
            self.done_view.pain_after.choose(rating)
        elif page is self.home_page and self.today_view.morning.isVisible():
            self.today_view.morning.choose(rating)

    def toggle_full_screen(self) -> None:
        going_full = not self.isFullScreen()
        self.statusBar().setVisible(not going_full)
        self.showFullScreen() if going_full else self.showNormal()

    def quit(self) -> None:
        """Ctrl+Q: quit (also from the tray), which logs a session under way as stopped."""
        if self.close_policy is not None:
            self.close_policy.quit()
        else:
            self.close()

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home_page)

    def shutdown(self, reason: str) -> None:
        """Log a session under way as stopped (once), then let the window close."""
        if self.runner.is_under_way:
            self.runner.stop(reason)

    def add_problem(self, message: str) -> None:
        self._problems.append(message)
        self._show_problems()

    def retry_pending(self) -> None:
        """Every half minute after a failed write, try the pending sessions again."""
        try:
            written = self.log_store.flush_pending()
        except LogWriteError:
            return
        self.retry_timer.stop()
        self._problems = [p for p in self._problems if p not in self._write_errors]
        self._write_errors.clear()
        self._show_problems()
        saved = plural(
            written,
            translate("MainWindow", "{n} pending session saved"),
            translate("MainWindow", "{n} pending sessions saved"),
        )
        written_again = translate("MainWindow", "Your log is written again ({saved}).")
        self.status_note.setText(written_again.format(saved=saved))

    def _show_problems(self) -> None:
        self.problems_banner.setText("\n".join(self._problems))
        self.problems_banner.setVisible(bool(self._problems))

    def refresh_today(self) -> None:
        self.home.today.show_records(todays(self.log_store.records, self._clock.wall_now()))
        self.program.refresh()
        patient = self.program.program
        self.history_view.show_data(
            self.log_store.records, patient.journal.entries, patient.program,
            self._clock.wall_now(), patient.state.onset,
            {session_id: session.name for session_id, session in self.sessions.items()},
        )  # fmt: skip

    def _start_first_due(self) -> None:
        if self.today_view.due_ids:
            self.start_session(self.today_view.due_ids[0])

    def _rate_before(self, rating: int) -> None:
        engine = self.runner.engine
        if engine is None or engine.started_wall is None:
            return
        self._rate(rating, PainContext.BEFORE, engine.plan.definition.id, engine.started_wall)

    def _rate_after(self, rating: int) -> None:
        if self.last_record is not None:
            record = self.last_record
            self._rate(rating, PainContext.AFTER, record.session_id, record.started_at)
            self.refresh_today()

    def _rate(self, rating: int, context: PainContext, session_id: str, started: datetime) -> None:
        now = self._clock.wall_now()
        patient = self.program.program
        self.program.save(patient.rate, rating, context, now, session_id, started, refresh=False)

    # -- reactions ------------------------------------------------------------------------

    def reload_sessions(self, select: str = "") -> None:
        """The patient's sessions changed: list them again, selecting `select`."""
        self.sessions = self._all_sessions()
        self.home.set_sessions(self.sessions, select)
        if self.session_menu:
            self.session_menu.update_enabled()

    def _all_sessions(self) -> dict[str, SessionDefinition]:
        own = self.custom_store.sessions if self.custom_store else {}
        return {**self._builtins, **own}

    def _selected_session(self) -> SessionDefinition | None:
        return self.sessions.get(self.home.selected_id())

    def _add_session_menu(self, dialogs: Dialogs | None) -> SessionMenu | None:
        if self.custom_store is None:
            return None
        menu = SessionMenu(self, self.custom_store, self._selected_session, dialogs)
        menu.sessions_changed.connect(self.reload_sessions)
        menu.message.connect(self.status_note.setText)
        sessions_menu = self.menuBar().addMenu(translate("MainWindow", "&Sessions"))
        sessions_menu.addActions(menu.actions[:5])
        sessions_menu.addSeparator()
        sessions_menu.addActions(menu.actions[5:])
        self.home.add_session_buttons(menu.button_row(self.home))
        self.home.session_list.currentItemChanged.connect(menu.update_enabled)
        return menu

    def _on_ended(self, record: SessionRecord) -> None:
        if self.session_menu:
            self.session_menu.set_busy(False)
        try:
            self.log_store.append(record)
        except LogWriteError as e:
            logger.error("could not write the log: %s", e)
            self._write_errors.append(str(e))
            self.add_problem(str(e))
            self._show_error(self, str(e))
            self.retry_timer.start()
        self.last_record = record
        if record.stop_reason == SHARP_PAIN:
            self.program.save(self.program.program.sharp_pain, record, refresh=False)
        definition = self.sessions.get(record.session_id)
        if definition is not None:
            self.done_view.show_record(record, definition)
            self.stack.setCurrentWidget(self.done_view)
        self.refresh_today()
        logger.info("session logged: %s %s", record.session_id, record.outcome.value)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        policy = self.close_policy
        if policy is not None and policy.keep_running():
            event.ignore()
            self.hide()
            return
        self.shutdown("the window was closed")
        event.accept()
        if policy is not None:
            policy.closed()

    # -- wiring -------------------------------------------------------------------------

    def _wire(self) -> None:
        self.home.start_requested.connect(self.start_session)
        self.runner.changed.connect(self.runner_view.show_snapshot)
        self.runner.ended.connect(self._on_ended)
        self.runner_view.pause_clicked.connect(self.runner.toggle_pause)
        self.runner_view.skip_clicked.connect(self.runner.skip)
        self.runner_view.back_clicked.connect(self.runner.back)
        self.runner_view.stop_clicked.connect(self.request_stop)
        self.runner_view.full_screen_clicked.connect(self.toggle_full_screen)
        self.done_view.back_clicked.connect(self.show_home)
        self.runner_view.sharp_pain_clicked.connect(self.stop_for_sharp_pain)
        self.runner_view.pain_before.rated.connect(self._rate_before)
        self.done_view.pain_after.rated.connect(self._rate_after)
        self.today_view.start_requested.connect(self.start_session)

    def _add_shortcuts(self) -> None:
        keys: list[tuple[QKeySequence | Qt.Key, Callable[[], None]]] = [
            (Qt.Key.Key_Space, self.space_pressed),
            (Qt.Key.Key_Escape, self.request_stop),
            (Qt.Key.Key_Right, self.runner.skip),
            (Qt.Key.Key_Left, self.runner.back),
            (Qt.Key.Key_F, self.toggle_full_screen),
            (Qt.Key.Key_M, self.sound_controls.toggle_mute),
            (QKeySequence("Ctrl+Q"), self.quit),
            (Qt.Key.Key_P, self.stop_for_sharp_pain),
        ]
        for text in [*"0123456789", "+"]:
            rating = rating_for_key(text)
            assert rating is not None
            keys.append((QKeySequence(text), partial(self.rate_pain, rating)))
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    @staticmethod
    def _error_box(parent: QWidget, message: str) -> None:
        QMessageBox.warning(parent, "hamtimer", message)
