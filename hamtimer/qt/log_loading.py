"""The rest of the session log, read after the window has appeared, a slice at a time.

The window is built from the newest sessions only (LogStore.begin_load); this reads the
whole log behind them once the window has painted, in slices short enough that the window
stays responsive, and says when it is done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hamtimer.core.i18n import translate
from hamtimer.core.log_store import LogLoading

logger = logging.getLogger(__name__)

SLICE_S = 0.004  # of reading per turn of the event loop: a cue is at most this late
LINES_PER_STEP = 50
UNPAINTED_START_MS = 1000  # a window that is never painted (hidden) must not stop the load


class DeferredLogLoad(QObject):
    """Drives a LogLoading from the event loop, starting at the first paint of `window`.

    Signals:
        finished(object): the LoadReport, once every line is read (and the log repaired if
            it had unreadable lines).
        failed(str): the log could not be read to its end; a sentence for the patient.
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        loading: LogLoading,
        window: QWidget,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._loading = loading
        self._window = window
        self._now = now
        self._slices = QTimer(self)
        self._slices.setInterval(0)
        self._slices.timeout.connect(self.read_slice)
        self._unpainted = QTimer(self)
        self._unpainted.setSingleShot(True)
        self._unpainted.timeout.connect(self.start)
        self._unpainted.start(UNPAINTED_START_MS)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() == QEvent.Type.Paint:
            # After this paint: a zero timer fires once the pending window events are done.
            self.start()
        return False

    def start(self) -> None:
        """Begin reading slices (once); called at the first paint."""
        self._window.removeEventFilter(self)
        self._unpainted.stop()
        if not self._loading.done and not self._slices.isActive():
            self._slices.start()

    def read_slice(self) -> None:
        """Read for about SLICE_S, then give the event loop back."""
        deadline = self._now() + SLICE_S
        try:
            while not self._loading.step(LINES_PER_STEP):
                if self._now() >= deadline:
                    return
        except OSError as error:
            self._slices.stop()
            logger.error("could not read the session log to its end: %s", error)
            self.failed.emit(
                translate(
                    "DeferredLogLoad",
                    "Your session log could not be read ({reason}). New sessions are kept.",
                ).format(reason=error.strerror or error)
            )
            return
        self._slices.stop()
        self.finished.emit(self._loading.report)
