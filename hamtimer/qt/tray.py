"""The tray icon: a menu to show the window, start ice or bridge holds, or quit; and the
reminders as its messages, whose click starts the reminded session.

The icon is shown only where the desktop has a tray (QSystemTrayIcon.isSystemTrayAvailable);
where it has none (GNOME without an extension, the offscreen platform) nothing is shown and
reminders go to desktop notifications instead (hamtimer/qt/notifications.py).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hamtimer import APP_DISPLAY_NAME
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.reminders import Reminder

logger = logging.getLogger(__name__)

MESSAGE_MS = 20_000
# The menu's Start entries of the usual quick starts, whole: a session's name inside a
# sentence is written differently by each language (German keeps its capital).
QUICK_START_TEXTS = {
    "ice": QT_TRANSLATE_NOOP("ReminderTray", "Start ice"),
    "bridge-hold": QT_TRANSLATE_NOOP("ReminderTray", "Start bridge hold"),
}


class ReminderTray(QObject):
    """The tray icon and its menu.

    Signals:
        show_requested(): the patient clicked the icon or chose "Show hamtimer".
        start_requested(str): a session to start, from the menu or a clicked reminder.
        quit_requested(): the patient chose Quit.
    """

    show_requested = Signal()
    start_requested = Signal(str)
    quit_requested = Signal()

    def __init__(
        self,
        icon: QIcon,
        quick_starts: Sequence[tuple[str, str]],
        available: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`quick_starts`: (session id, name) pairs for the menu, e.g. ("ice", "Ice")."""
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_DISPLAY_NAME)
        self.menu = self._build_menu(quick_starts)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self._clicked_starts: str | None = None  # the session of the message shown last

    def show(self) -> None:
        """Put the icon in the tray, if there is one."""
        if self.available:
            self.icon.show()
        else:
            logger.info("no system tray: reminders go to desktop notifications")

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, reminder: Reminder) -> bool:
        """Show a reminder as the icon's message; True when shown."""
        if not self.available:
            return False
        self._clicked_starts = reminder.session_id
        self.icon.showMessage(reminder.title, reminder.body, self.icon.icon(), MESSAGE_MS)
        return True

    def tell(self, title: str, text: str) -> None:
        """A message with nothing to start: a click only shows the window."""
        if self.available:
            self._clicked_starts = None
            self.icon.showMessage(title, text, self.icon.icon(), MESSAGE_MS)

    def actions(self) -> list[QAction]:
        return self.menu.actions()

    def _build_menu(self, quick_starts: Sequence[tuple[str, str]]) -> QMenu:
        menu = QMenu()
        show = translate("ReminderTray", "Show {app}").format(app=APP_DISPLAY_NAME)
        menu.addAction(show, self.show_requested.emit)
        menu.addSeparator()
        for session_id, name in quick_starts:
            action = menu.addAction(_start_text(session_id, name))
            action.triggered.connect(lambda _=False, chosen=session_id: self._start(chosen))
        menu.addSeparator()
        menu.addAction(translate("ReminderTray", "Quit"), self.quit_requested.emit)
        return menu

    def _start(self, session_id: str) -> None:
        logger.info("tray: start %s", session_id)
        self.start_requested.emit(session_id)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def _on_message_clicked(self) -> None:
        session_id, self._clicked_starts = self._clicked_starts, None
        if session_id is None:
            self.show_requested.emit()
        else:
            self._start(session_id)


def _start_text(session_id: str, name: str) -> str:
    if session_id in QUICK_START_TEXTS:
        return translate("ReminderTray", QUICK_START_TEXTS[session_id])
    return translate("ReminderTray", "Start {session}").format(session=name)
