"""Take docs/screenshots/history.png: the History page over the seeded three weeks.

    xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
        'PYTHONPATH=. python scripts/history_screenshot.py docs/screenshots'

The page is shown on its own, at the main window's size, with tests/seed.py's history at
its "now" (25 November 2026, 14:30 CET).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hamtimer.core.program import load_program
from hamtimer.qt.history_view import HistoryView
from hamtimer.resources import resource_path
from tests.seed import NOW, build


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    seeded = build()
    view = HistoryView()
    view.setWindowTitle("hamtimer — History")
    view.resize(*(int(n) for n in sys.argv[2].split("x")) if len(sys.argv) > 2 else (960, 640))
    view.show_data(
        seeded.records, seeded.journal, load_program(resource_path("program.json")), NOW,
        seeded.state.onset,
    )  # fmt: skip
    view.show()
    QTest.qWait(400)  # a script, not a test: let the window be placed and painted
    path = out / "history.png"
    view.grab().save(str(path))
    print(path)
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
