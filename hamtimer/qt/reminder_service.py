"""The one bridge from the reminder scheduler to Qt: it wakes at the next due time, or within
a minute, asks what is due, and emits it. It keeps no time: the wall clock is asked each time,
so a suspend or a wall clock set forward or back is noticed at the next wake-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.records import SessionRecord
from hamtimer.core.reminders import ReminderScheduler, ReminderSettings
from hamtimer.qt.waker import QtWaker, Waker

logger = logging.getLogger(__name__)

MAX_CHECK_INTERVAL_S = 60.0  # real seconds: a jump or a suspend is caught within a minute
WAKE_MARGIN_S = 0.01  # wake just after a reminder is due, never just before
MIN_WAKE_S = 0.05
FAILURE_TEXT = QT_TRANSLATE_NOOP(
    "ReminderService",
    "Reminders could not be checked ({error}); they are tried again every minute.",
)


class ReminderService(QObject):
    """Runs a ReminderScheduler on a coarse, injectable waker.

    Signals:
        due(object): a Reminder to show now; each one is emitted once.
        failed(str): a plain sentence when checking failed (emitted once per kind of error).
    """

    due = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        scheduler: ReminderScheduler,
        wall_now: Callable[[], datetime],
        records: Callable[[], Sequence[SessionRecord]],
        waker: Waker | None = None,
        time_scale: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._wall_now = wall_now
        self._records = records
        # Sped up, a real second is minutes of reminders: then a coarse timer's 5% is too late.
        precision = Qt.TimerType.CoarseTimer if time_scale == 1 else Qt.TimerType.PreciseTimer
        self._waker = waker or QtWaker(self, precision)
        self._time_scale = time_scale
        self._reported: set[str] = set()

    def start(self) -> None:
        now = self._wall_now()
        settings = self._scheduler.settings
        logger.info(
            "reminders %s: times %s, ice every %s h, wall clock %s",
            "on" if settings.on else "off",
            ",".join(settings.times) or "none",
            settings.ice_every_h,
            now.isoformat(),
        )
        self._check_at(now)

    def stop(self) -> None:
        self._waker.cancel()

    def configure(self, settings: ReminderSettings) -> None:
        """The patient changed their choices or stage: apply them and look again."""
        self._scheduler.configure(settings, self._wall_now())
        self.check()

    def check(self) -> None:
        """Emit what is due now, then ask to be woken for the next one."""
        self._check_at(self._wall_now())

    def _check_at(self, now: datetime) -> None:
        try:
            self._emit_due(now)
        finally:
            self._schedule(now)

    def _emit_due(self, now: datetime) -> None:
        try:
            reminders = self._scheduler.due(now, self._records())
        except Exception as error:  # a bug must not end reminders for the rest of the day
            logger.exception("reminders could not be checked")
            self._report(translate("ReminderService", FAILURE_TEXT).format(error=error))
            return
        for reminder in reminders:
            shown_at = now.isoformat(timespec="seconds")
            logger.info("reminder due: %s %s at %s", reminder.key, reminder.session_id, shown_at)
            self.due.emit(reminder)

    def _schedule(self, now: datetime) -> None:
        try:
            upcoming = self._scheduler.next_due(now, self._records())
        except Exception as error:
            logger.exception("the next reminder could not be worked out")
            self._report(translate("ReminderService", FAILURE_TEXT).format(error=error))
            upcoming = None
        delay = MAX_CHECK_INTERVAL_S
        if upcoming is not None:
            until = (upcoming - now).total_seconds() / self._time_scale + WAKE_MARGIN_S
            delay = min(MAX_CHECK_INTERVAL_S, max(MIN_WAKE_S, until))
        self._waker.wake_in(delay, self.check)

    def _report(self, message: str) -> None:
        if message not in self._reported:
            self._reported.add(message)
            self.failed.emit(message)
