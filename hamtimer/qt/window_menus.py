"""The window's menus: File (export the clinician report, quit) and Help (keyboard keys)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from hamtimer.core.i18n import translate
from hamtimer.qt.keys_dialog import KeysDialog
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.settings_menu import SettingsMenu


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
        self.keys_dialog: KeysDialog | None = None
        self.export_action = QAction(
            translate("WindowMenus", "Export report for your clinician…"), window
        )
        self.export_action.triggered.connect(self.export_report)
        self.quit_action = QAction(translate("WindowMenus", "Quit"), window)
        self.quit_action.triggered.connect(quit_app)
        self.keys_action = QAction(translate("WindowMenus", "Keyboard shortcuts"), window)
        self.keys_action.triggered.connect(self.show_keys)
        file_menu = window.menuBar().addMenu(translate("WindowMenus", "&File"))
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.settings_menu = SettingsMenu(window, preferences)
        window.menuBar().addMenu(translate("WindowMenus", "&Help")).addAction(self.keys_action)

    def export_report(self) -> None:
        """The clinician report, written by the same code as `hamtimer export`."""
        if self._busy():
            QMessageBox.information(
                self._window, "hamtimer", translate("WindowMenus", "Finish the session first.")
            )
            return
        # Loaded at the first export, not at start-up: with the report it is ~10 ms of imports.
        from hamtimer.qt.export_dialog import export_from_window

        export_from_window(self._window, self._data_dir, self._now)

    def show_keys(self) -> None:
        """The keys in a table; the window stays usable behind it."""
        if self.keys_dialog is None:
            actions = self._window.findChildren(QAction)
            self.keys_dialog = KeysDialog(self._window, [a for a in actions if a.menu() is None])
        self.keys_dialog.show()
        self.keys_dialog.activateWindow()
