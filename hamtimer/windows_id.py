"""Windows groups a process's taskbar button and notifications by its AppUserModelID.

Without one, a frozen hamtimer shows up as "python" or as the bundle's bootloader; with the
same id as the Start-menu shortcut (packaging/windows/hamtimer.iss), notifications carry the
app's name and the pinned icon and the running window share one taskbar button.
"""

from __future__ import annotations

import logging
import sys

from hamtimer import APP_ID

logger = logging.getLogger(__name__)


def set_app_user_model_id(app_id: str = APP_ID) -> bool:
    """Set this process's AppUserModelID on Windows; elsewhere do nothing. Say if it was set."""
    if sys.platform != "win32":
        return False
    import ctypes

    result = ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id)
    if result != 0:  # an HRESULT: 0 is S_OK
        logger.warning("could not set the AppUserModelID %s (HRESULT %#x)", app_id, result)
        return False
    return True
