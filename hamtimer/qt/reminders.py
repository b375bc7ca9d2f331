"""Reminders, assembled: the scheduler and its service, the tray, desktop notifications, the
in-app banner and the close-to-tray policy, built once by the composition root.

Everything that can start a session (the tray menu, a clicked reminder, the banner) arrives
as one signal, start_requested(str), for the window to act on.

Wiring, in the composition root: build Reminders with the program, the loaded program
state, the sessions, `lambda: window.log_store.records`, the wall clock from
`hamtimer.core.accelerated_wall.reminder_wall(clock, time_scale)`, `ProgramStore.save` and
`app.quit`; connect start_requested and show_requested to what shows the window (and starts
the session), problem to the window's problem list, and the runner's ended to
session_ended; put `banner` on the Today page; let the window's closeEvent ask
`close_policy`; call `app.setQuitOnLastWindowClosed(not tray.available)` and `start()`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon

from hamtimer.core.i18n import translate
from hamtimer.core.program import Program, Stage
from hamtimer.core.program_store import ProgramState
from hamtimer.core.records import Outcome, SessionRecord
from hamtimer.core.reminders import Reminder, ReminderScheduler, settings_for
from hamtimer.core.session import SessionDefinition
from hamtimer.qt.close_to_tray import ClosePolicy
from hamtimer.qt.notifications import DBusNotifier, Notifier
from hamtimer.qt.reminder_banner import ReminderBanner
from hamtimer.qt.reminder_service import ReminderService
from hamtimer.qt.tray import ReminderTray
from hamtimer.qt.waker import Waker

logger = logging.getLogger(__name__)

QUICK_STARTS = ("ice", "bridge-hold")  # the tray menu's Start entries, when the sessions exist


class Reminders(QObject):
    """Signals:
    start_requested(str): start this session, showing the window first.
    show_requested(): show the window (the tray icon, "Show hamtimer").
    problem(str): a sentence for the window's list of problems.
    """

    start_requested = Signal(str)
    show_requested = Signal()
    problem = Signal(str)

    def __init__(
        self,
        *,
        program: Program,
        state: ProgramState,
        sessions: Mapping[str, SessionDefinition],
        records: Callable[[], Sequence[SessionRecord]],
        wall_now: Callable[[], datetime],
        save_state: Callable[[ProgramState], None],
        quit_app: Callable[[], None],
        icon: QIcon,
        time_scale: float = 1.0,
        tray_available: bool | None = None,
        notifier: Notifier | None = None,
        waker: Waker | None = None,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._program = program
        self._state = state
        self._save_state = save_state
        stage = self._stage(state)
        self.scheduler = ReminderScheduler(settings_for(state, stage), sessions, wall_now(), zone)
        self.service = ReminderService(self.scheduler, wall_now, records, waker, time_scale, self)
        starts = [(i, sessions[i].name) for i in QUICK_STARTS if i in sessions]
        self.tray = ReminderTray(icon, starts, tray_available, self)
        self.notifier = notifier or self._default_notifier()
        self.banner = ReminderBanner()
        self.close_policy = ClosePolicy(
            tray_available=self.tray.available,
            keep_in_tray=lambda: self._state.keep_in_tray,
            hint_shown=state.tray_hint_shown,
            tell=self.tray.tell,
            remember_hint=self._remember_hint,
            quit_app=quit_app,
        )
        self._wire()

    @property
    def state(self) -> ProgramState:
        return self._state

    def start(self) -> None:
        """Show the tray icon (if there is a tray) and begin checking."""
        self.tray.show()
        self.service.start()

    def stop(self) -> None:
        self.service.stop()
        self.tray.hide()

    def set_state(self, state: ProgramState) -> None:
        """The patient changed their stage, onset or reminder choices."""
        self._state = state
        self.service.configure(settings_for(state, self._stage(state)))

    def session_ended(self, record: SessionRecord) -> None:
        """A session was logged: it may answer the banner and move the next ice reminder."""
        if record.outcome is Outcome.COMPLETED:
            self.banner.clear_if_for(record.session_id)
        self.service.check()

    def _show(self, reminder: Reminder) -> None:
        self.banner.show_reminder(reminder)
        if not self.notifier.notify(reminder):
            logger.info("reminder %s shown in the window only", reminder.key)

    def _default_notifier(self) -> Notifier:
        if self.tray.available:
            return self.tray
        dbus = DBusNotifier(parent=self)
        dbus.failed.connect(self.problem)
        return dbus

    def _wire(self) -> None:
        self.service.due.connect(self._show)
        self.service.failed.connect(self.problem)
        self.banner.start_requested.connect(self.start_requested)
        self.tray.start_requested.connect(self.start_requested)
        self.tray.show_requested.connect(self.show_requested)
        self.tray.quit_requested.connect(self.close_policy.quit)
        if self.notifier is not self.tray:
            self.notifier.start_requested.connect(self.start_requested)

    def _stage(self, state: ProgramState) -> Stage:
        try:
            return self._program.stage(state.stage_id)
        except KeyError:
            first = self._program.stages[0]
            logger.warning("unknown stage %r: reminders follow %s", state.stage_id, first.id)
            return first

    def _remember_hint(self) -> None:
        self._state = replace(self._state, tray_hint_shown=True)
        try:
            self._save_state(self._state)
        except OSError as error:
            logger.error("could not save the program state: %s", error)
            self.problem.emit(
                translate("Reminders", "Your program file could not be saved ({reason}).").format(
                    reason=error.strerror or error
                )
            )
