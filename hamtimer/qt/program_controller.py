"""Connects the Today page to the patient's program; every write error is shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject

from hamtimer.core.clock import Clock
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.journal import EntryKind, PainContext
from hamtimer.core.patient_program import PatientProgram
from hamtimer.core.program_store import ProgramStateError
from hamtimer.qt.today_view import TodayView

logger = logging.getLogger(__name__)

REINJURY_QUESTION = QT_TRANSLATE_NOOP(
    "ProgramController",
    "Mark a re-injury today? It is logged for your clinician; more than one in three months "
    "is a reason to see a professional.",
)
LIMITS_QUESTION = QT_TRANSLATE_NOOP(
    "ProgramController",
    "Log that your symptoms limit your daily activities? This is a reason to see a professional.",
)


class ProgramController(QObject):
    def __init__(
        self,
        program: PatientProgram,
        view: TodayView,
        clock: Clock,
        show_error: Callable[[str], None],
        confirm: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.program = program
        self.view = view
        self._clock = clock
        self._show_error = show_error
        self._confirm = confirm
        view.onset_chosen.connect(self.set_onset)
        view.move_requested.connect(self.move_to)
        view.rice_changed.connect(
            lambda items: self.save(self.program.tick_rice, items, self._now())
        )
        view.morning_rated.connect(
            lambda rating: self.save(
                self.program.rate, rating, PainContext.MORNING_AFTER, self._now()
            )
        )
        view.reinjury_marked.connect(lambda: self._mark(EntryKind.REINJURY, REINJURY_QUESTION))
        view.limits_daily_life_marked.connect(
            lambda: self._mark(EntryKind.LIMITS_DAILY_LIFE, LIMITS_QUESTION)
        )

    def refresh(self) -> None:
        """Show today as it is now, and log red flags newly raised."""
        now = self._now()
        self.save(self.program.log_new_flags, now, refresh=False)
        self.view.show_overview(self.program.overview(now), now.date())

    def set_onset(self, onset: date) -> None:
        try:
            self.program.set_onset(onset, self._now())
        except ProgramStateError as error:
            self._show_error(str(error))
        except OSError as error:
            self._show_error(
                translate(
                    "ProgramController", "The day the pain started could not be saved: {reason}"
                ).format(reason=error)
            )
        self.refresh()

    def move_to(self, stage_id: str, how: str) -> None:
        name = self.program.program.stage(stage_id).name
        if how == "stepped back":
            question = translate("ProgramController", "Step back to “{stage}”?")
        else:
            question = translate("ProgramController", "Move on to “{stage}”?")
        if not self._confirm(question.format(stage=name)):
            return
        self.save(self.program.move_to, stage_id, self._now(), how)

    def _mark(self, kind: EntryKind, question: str) -> None:
        if self._confirm(translate("ProgramController", question)):
            self.save(self.program.note, kind, self._now())

    def save(self, action: Callable[..., Any], *args: Any, refresh: bool = True) -> None:
        """Run a change of the program; a write the disk refuses is shown, never lost
        silently (the journal keeps the entry pending)."""
        try:
            action(*args)
        except OSError as error:
            logger.error("could not save: %s", error)
            self._show_error(str(error))
        if refresh:
            self.refresh()

    def _now(self) -> datetime:
        return self._clock.wall_now()
