"""The window's menus: File (export the clinician report, quit) and Help (keyboard keys)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from hamtimer.qt.export_dialog import export_from_window
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.settings_menu import SettingsMenu

KEYS = (
    ("Space", "start, pause, resume"),
    ("Esc", "stop the session (asks first; what you did is logged)"),
    ("P", "sharp pain: stop at once, no question"),
    ("0–9, +", "rate your pain 0–10 (+ is 10)"),
    ("Right / Left", "skip to the next phase / back"),
    ("F", "full screen on and off"),
    ("M", "mute and unmute"),
    ("Ctrl+Q", "quit"),
)


def keys_text() -> str:
    return "\n".join(f"{key}\t{what}" for key, what in KEYS)


class WindowMenus:
    """Builds the menu bar; `busy` says whether a session is under way (export waits)."""

    def __init__(
        self,
        window: QMainWindow,
        data_dir: Path,
        now: Callable[[], datetime],
        busy: Callable[[], bool],
        quit_app: Callable[[], None],
        preferences: Preferences,
    ) -> None:
        self._window, self._data_dir, self._now, self._busy = window, data_dir, now, busy
        self.export_action = QAction("Export report for your clinician…", window)
        self.export_action.triggered.connect(self.export_report)
        self.quit_action = QAction("Quit", window)
        self.quit_action.triggered.connect(quit_app)
        self.keys_action = QAction("Keyboard shortcuts", window)
        self.keys_action.triggered.connect(self.show_keys)
        file_menu = window.menuBar().addMenu("&File")
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.settings_menu = SettingsMenu(window, preferences)
        window.menuBar().addMenu("&Help").addAction(self.keys_action)

    def export_report(self) -> None:
        """The clinician report, written by the same code as `hamtimer export`."""
        if self._busy():
            QMessageBox.information(self._window, "hamtimer", "Finish the session first.")
            return
        export_from_window(self._window, self._data_dir, self._now)

    def show_keys(self) -> None:
        QMessageBox.information(self._window, "Keyboard shortcuts", keys_text())
