"""The patient's language: Qt's translators, the default QLocale, and the core's text seam.

hamtimer is translated into English, Spanish and German (resources/translations, built
from the .ts files with pyside6-lrelease; docs/TRANSLATING.md). The language follows the
system unless the patient chose one in Settings → Language; a change applies at the next
start, when every window is built in the new language.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from hamtimer.core import i18n
from hamtimer.resources import resource_path

logger = logging.getLogger(__name__)

# Each language's own name, as a patient looking for it would recognise it.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "de": "Deutsch"}
TRANSLATED = ("es", "de")


def choose_language(setting: str, system_languages: Sequence[str]) -> str:
    """The patient's choice, else the first system language hamtimer has, else English.

    `system_languages` are BCP 47 names in order of preference, e.g. ["de-AT", "en-US"].
    """
    if setting in LANGUAGE_NAMES:
        return setting
    for name in system_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return "en"


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


class Language:
    """Installs one language for the whole app; keeps its translators alive while it runs."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.locale = QLocale(code)
        self._translators: list[QTranslator] = []
        self.problem: str | None = None

    def install(self, app: QCoreApplication) -> None:
        QLocale.setDefault(self.locale)
        if self.code in TRANSLATED:
            self._load(app, "hamtimer", str(resource_path("translations")), required=True)
            # Qt's own words (OK, Cancel, the colour and file dialogs), when they are there.
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(app, "qtbase", qt_dir, required=False)
        i18n.install(
            translate=QCoreApplication.translate,
            date=self.format_date,
            short_date=self.format_short_date,
            time=self.format_time,
            number=self.format_number,
            weekday=self.format_weekday,
        )

    def uninstall(self, app: QCoreApplication) -> None:
        """Back to English (tests switch languages within one process)."""
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        QLocale.setDefault(QLocale("en"))
        i18n.reset()

    def format_date(self, day: dt.date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")

    def format_short_date(self, day: dt.date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), "d MMM")

    def format_time(self, moment: dt.time) -> str:
        return self.locale.toString(QTime(moment.hour, moment.minute), "HH:mm")

    def format_weekday(self, day: dt.date) -> str:
        return self.locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    def format_number(self, value: float, decimals: int) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def _load(self, app: QCoreApplication, name: str, folder: str, required: bool) -> None:
        translator = QTranslator(app)
        if translator.load(f"{name}_{self.code}", folder):
            app.installTranslator(translator)
            self._translators.append(translator)
        elif required:
            self.problem = (
                f"The {LANGUAGE_NAMES[self.code]} translation was not found in {folder}, "
                "so hamtimer is shown in English."
            )
            logger.warning(self.problem)
