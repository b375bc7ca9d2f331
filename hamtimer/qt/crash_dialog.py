"""The crash notice on screen: a patient with no terminal still learns where the report is."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from hamtimer import APP_DISPLAY_NAME
from hamtimer.core.i18n import translate

logger = logging.getLogger(__name__)

# Platforms with no screen (tests, CI, --selftest): a modal box there would wait forever.
HEADLESS_PLATFORMS = {"offscreen", "minimal"}


def show_crash_dialog(message: str) -> bool:
    """Show `message` in a box when there is a window on a real screen; say if it was shown."""
    if not isinstance(QApplication.instance(), QApplication):
        return False
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        logger.info("no crash dialog on the %s platform", QGuiApplication.platformName())
        return False
    advice = translate(
        "CrashDialog", "If {app} stops working as it should, close it and start it again."
    ).format(app=APP_DISPLAY_NAME)
    QMessageBox.critical(None, APP_DISPLAY_NAME, f"{message}\n\n{advice}")
    return True
