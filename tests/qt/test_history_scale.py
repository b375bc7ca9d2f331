"""A log of 100,000 sessions: the page shows it without putting every row in words.

Speed is measured as a ratio to indexing the same log in the core (hamtimer.core.history),
never in absolute time; the figures themselves are in bench/history_scale.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from hamtimer.core.history import History
from hamtimer.core.program import Program, load_program
from hamtimer.core.records import Outcome, SessionRecord
from hamtimer.qt.history_view import HistoryView
from hamtimer.resources import resource_path
from tests.seed import NOW

COUNT = 100_000
# Opening the page may cost this many times indexing the log: filters, totals, streaks and
# the first paint on top: about 2.3× here. Formatting every row up front adds about 12×.
MAX_OPEN_OVER_INDEX = 5.0


def many_sessions(count: int, last: datetime) -> list[SessionRecord]:
    """Six sessions a day, oldest first, ending at `last`; every seventh stopped."""
    records = []
    for number in range(count):
        started = last - timedelta(hours=4 * (count - 1 - number))
        stopped = number % 7 == 0
        records.append(
            SessionRecord(
                "bridge-hold", "Bridge hold", {}, started, started + timedelta(seconds=100),
                36.0, 12.0 if stopped else 36.0, 3, 1 if stopped else 3,
                Outcome.STOPPED if stopped else Outcome.COMPLETED, "0.1.0",
                stop_reason="stopped by the patient" if stopped else None,
            )
        )  # fmt: skip
    return records


@pytest.fixture(scope="module")
def big_log() -> list[SessionRecord]:
    return many_sessions(COUNT, NOW - timedelta(hours=1))


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(resource_path("program.json"))


@pytest.fixture
def view(qtbot: QtBot) -> HistoryView:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def fastest(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times)


def test_the_table_holds_every_session_but_formats_only_those_on_screen(
    view: HistoryView, big_log: list[SessionRecord], program: Program
) -> None:
    view.show_data(big_log, [], program, NOW)
    view.repaint()
    assert view.model.rowCount() == COUNT
    assert view.count_label.text() == "100,000 sessions"
    assert 0 < view.model.formatted < 60  # the rows on screen, not the log


def test_opening_the_page_costs_little_more_than_indexing_the_log(
    view: HistoryView, big_log: list[SessionRecord], program: Program
) -> None:
    def open_page() -> None:
        view.show_data(big_log, [], program, NOW)
        view.repaint()  # the whole page, painted before this returns

    open_page()  # fonts, styles and the chart made once
    index = fastest(3, lambda: History(big_log, [], program, NOW))
    opening = fastest(3, open_page)
    assert opening <= MAX_OPEN_OVER_INDEX * index, f"{opening:.3f} s vs {index:.3f} s"
