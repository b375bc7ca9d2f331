"""SIGTERM and SIGINT reach the Qt event loop, so a running session is logged as stopped.

Python runs signal handlers only when the interpreter gets control; inside Qt's C++ event
loop it may not for a long time. The C-level handler writes the signal number to a socket
(`signal.set_wakeup_fd`), and a QSocketNotifier wakes the loop to read it.
"""

from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Signal

logger = logging.getLogger(__name__)

HANDLED_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class SignalBridge(QObject):
    """Signals:
    received(int): the number of a termination signal the process was sent.
    """

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in HANDLED_SIGNALS:
            signal.signal(number, _note_signal)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        for number in HANDLED_SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _read(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            logger.info("received signal %d", number)
            self.received.emit(number)


def _note_signal(number: int, _frame: object) -> None:
    """The real work happens in SignalBridge._read; this only replaces the default action."""
