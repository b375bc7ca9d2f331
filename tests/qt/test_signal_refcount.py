"""A long session emits thousands of signals: doing so must not corrupt the interpreter.

PySide6 6.12.0 returned `True` from `Signal.emit()`, and `None` from void methods such as
`QLabel.setText`, without a new reference; on Python 3.11 (where True and None are not
immortal) a 20-minute ice session aborted the process.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_a_signal_ten_thousand_times_keeps_true_alive() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(10_000):
        emitter.fired.emit(number)
    assert len(received) == 10_000
    assert sys.getrefcount(True) >= before


def test_calling_a_void_qt_method_ten_thousand_times_keeps_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(10_000):
        label.setText(str(number))
    assert sys.getrefcount(None) >= before - 100  # other code may drop a few of its own
