"""Settings in the menu bar: the language, what the cues sound like, and floor mode.

Each entry changes Preferences at once; a new language applies at the next start, and
the patient is told so in that language's own words.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.settings_store import Settings
from hamtimer.qt.language import LANGUAGE_NAMES
from hamtimer.qt.preferences import Preferences

CUE_NAMES = {
    "tones": QT_TRANSLATE_NOOP("SettingsMenu", "Tones: a different sound for each cue"),
    "voice": QT_TRANSLATE_NOOP("SettingsMenu", "Voice: each cue spoken"),
    "silent": QT_TRANSLATE_NOOP("SettingsMenu", "Silent: cues on screen only"),
}
# Said in the language chosen, since the patient may not read the current one.
RESTART_NOTE = {
    "en": "hamtimer will be in English the next time it starts.",
    "es": "hamtimer estará en español la próxima vez que se inicie.",
    "de": "hamtimer ist beim nächsten Start auf Deutsch.",
    "": "hamtimer will follow your system's language the next time it starts.",
}


class SettingsMenu:
    """The Settings menu; its actions are kept for tests and the keyboard help."""

    def __init__(self, window: QMainWindow, preferences: Preferences) -> None:
        self._window = window
        self.preferences = preferences
        menu = window.menuBar().addMenu(translate("SettingsMenu", "&Settings"))
        self.language_actions = self._choices(
            menu.addMenu(translate("SettingsMenu", "&Language")),
            {"": translate("SettingsMenu", "System language"), **LANGUAGE_NAMES},
            preferences.settings.language,
            self._choose_language,
        )
        self.cue_actions = self._choices(
            menu.addMenu(translate("SettingsMenu", "&Cues")),
            {mode: translate("SettingsMenu", name) for mode, name in CUE_NAMES.items()},
            preferences.settings.sound_mode,
            lambda mode: preferences.update(sound_mode=mode),
        )
        self.floor_action = QAction(
            translate("SettingsMenu", "&Floor mode: sessions full screen, huge digits"), window
        )
        self.floor_action.setCheckable(True)
        self.floor_action.setChecked(preferences.settings.floor_mode)
        self.floor_action.toggled.connect(lambda on: preferences.update(floor_mode=on))
        menu.addAction(self.floor_action)
        preferences.changed.connect(self._show)

    def _choices(
        self, menu: QMenu, names: dict[str, str], current: str, choose: object
    ) -> dict[str, QAction]:
        group = QActionGroup(menu)
        actions: dict[str, QAction] = {}
        for value, name in names.items():
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: choose(v))  # type: ignore[operator]
            group.addAction(action)
            menu.addAction(action)
            actions[value] = action
        return actions

    def _choose_language(self, code: str) -> None:
        if code == self.preferences.settings.language:
            return
        self.preferences.update(language=code)
        QMessageBox.information(
            self._window, translate("SettingsMenu", "Language"), RESTART_NOTE[code]
        )

    def _show(self, settings: Settings) -> None:
        """Keep the ticks true when a setting changed elsewhere (e.g. the F key)."""
        self.language_actions[settings.language].setChecked(True)
        self.cue_actions[settings.sound_mode].setChecked(True)
        self.floor_action.setChecked(settings.floor_mode)
