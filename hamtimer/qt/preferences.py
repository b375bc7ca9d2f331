"""The one owner of the patient's settings while the app runs.

Sound controls, the Settings menu, floor mode and the cue voice all read and change the
same Settings through here, so one change never writes back another's stale copy.

Signals:
    changed(Settings): after a change was made (saved or not: it applies either way).
    problem(str): the settings could not be saved, in words for the patient.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from hamtimer.core.i18n import translate
from hamtimer.core.settings_store import Settings, SettingsStore

logger = logging.getLogger(__name__)


class Preferences(QObject):
    changed = Signal(object)
    problem = Signal(str)

    def __init__(
        self, store: SettingsStore, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.save_error: str | None = None
        self._store = store

    def update(self, **changes: Any) -> None:
        """Apply `changes` (Settings field names) now and write them to settings.json."""
        settings = replace(self.settings, **changes)
        if settings == self.settings:
            return
        self.settings = settings
        self.changed.emit(settings)
        self.save()

    def save(self) -> None:
        try:
            self._store.save(self.settings)
            self.save_error = None
        except OSError as error:
            self.save_error = translate(
                "Preferences", "Your settings could not be saved: {error}"
            ).format(error=error)
            logger.error(self.save_error)
            self.problem.emit(self.save_error)
