"""Scheduling behind a seam: the runner asks to be woken; tests fire the wake by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer


class Waker(Protocol):
    def wake_in(self, seconds: float, callback: Callable[[], None]) -> None:
        """Call `callback` once after about `seconds`, replacing any earlier request."""
        ...

    def cancel(self) -> None: ...


class QtWaker(QObject):
    """One single-shot QTimer, precise unless asked otherwise: it wakes, it never keeps time."""

    def __init__(
        self,
        parent: QObject | None = None,
        timer_type: Qt.TimerType = Qt.TimerType.PreciseTimer,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(timer_type)
        self._callback: Callable[[], None] | None = None
        self._timer.timeout.connect(self._fire)

    def wake_in(self, seconds: float, callback: Callable[[], None]) -> None:
        self._callback = callback
        self._timer.start(max(1, round(seconds * 1000)))

    def cancel(self) -> None:
        self._timer.stop()
        self._callback = None

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
