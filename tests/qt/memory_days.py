"""Run in a fresh interpreter by test_reminders_24h.py: days 3 and 4 of reminders under
tracemalloc, printing the bytes still held and the wakes. A fresh process, because in a long
test session other tests' leftovers move tracemalloc's count by a few kilobytes."""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc
from datetime import timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from tests.qt.reminder_fakes import FakeNotifier
from tests.qt.reminder_setup import build
from tests.qt.test_reminders_24h import PATIENT, START


def main() -> None:
    app = QApplication(sys.argv[:1])
    notifier = FakeNotifier()
    setup = build(PATIENT, START, notifier)
    setup.reminders.start()
    setup.run_until(START + timedelta(days=2))  # what is kept to refuse repeats is full
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    wakes = setup.run_until(START + timedelta(days=4))
    notifier.shown.clear()  # what the fake keeps is not the app's
    gc.collect()
    grown = tracemalloc.get_traced_memory()[0] - before
    print(f"{grown} {wakes}", flush=True)
    app.processEvents()


if __name__ == "__main__":
    main()
