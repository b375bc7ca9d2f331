"""What closing the window means: with a tray and "keep in tray" on, hamtimer hides and keeps
reminding; otherwise it closes. Quitting is always explicit (the tray's Quit, Ctrl+Q).

Plain Python on purpose: the window's closeEvent asks `keep_running()` and obeys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

HINT_TITLE = QT_TRANSLATE_NOOP("ClosePolicy", "hamtimer is still running")
HINT_TEXT = QT_TRANSLATE_NOOP(
    "ClosePolicy",
    "hamtimer keeps running in the tray so your reminders still come. To quit, choose Quit "
    "in the tray icon's menu, or press Ctrl+Q in the window.",
)


class ClosePolicy:
    def __init__(
        self,
        *,
        tray_available: bool,
        keep_in_tray: Callable[[], bool],
        hint_shown: bool,
        tell: Callable[[str, str], None],
        remember_hint: Callable[[], None],
        quit_app: Callable[[], None],
    ) -> None:
        """`tell(title, text)` shows the one-time hint; `remember_hint()` keeps it told."""
        self.tray_available = tray_available
        self._keep_in_tray = keep_in_tray
        self._hint_shown = hint_shown
        self._tell = tell
        self._remember_hint = remember_hint
        self._quit_app = quit_app
        self.quitting = False

    def keep_running(self) -> bool:
        """From closeEvent: True means ignore the close and hide; False means close for good."""
        if self.quitting or not self.tray_available or not self._keep_in_tray():
            return False
        if not self._hint_shown:
            self._hint_shown = True
            self._tell(translate("ClosePolicy", HINT_TITLE), translate("ClosePolicy", HINT_TEXT))
            self._remember_hint()
        logger.info("window closed: hamtimer keeps running in the tray")
        return True

    def closed(self) -> None:
        """From closeEvent once the window closed for good: end hamtimer, which the tray
        (quitOnLastWindowClosed off) would otherwise keep running with no window."""
        if not self.quitting:
            self.quit()

    def quit(self) -> None:
        """Quit for real: the tray's Quit and Ctrl+Q come here."""
        logger.info("quit requested")
        self.quitting = True
        self._quit_app()
