"""The History page over the seeded three weeks: the table, its filters, the summary lines,
the calendar and the pain chart."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from hamtimer.core.history import History
from hamtimer.core.history_days import Level
from hamtimer.core.program import Program, load_program
from hamtimer.core.records import Outcome
from hamtimer.qt import theme
from hamtimer.qt.heat_map import CalendarHeatMap
from hamtimer.qt.history_view import HistoryView
from hamtimer.resources import resource_path
from tests.records import a_session
from tests.seed import NOW, ONSET, TODAY, Seeded, build


@pytest.fixture(scope="module")
def program() -> Program:
    return load_program(resource_path("program.json"))


@pytest.fixture(scope="module")
def seeded() -> Seeded:
    return build()


@pytest.fixture
def view(qtbot: QtBot, seeded: Seeded, program: Program) -> HistoryView:
    view = HistoryView()
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show_data(seeded.records, seeded.journal, program, NOW, seeded.state.onset)
    view.show()
    qtbot.waitExposed(view)
    return view


def row_texts(view: HistoryView, row: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def choose(combo_owner: HistoryView, combo_name: str, text: str) -> None:
    combo = getattr(combo_owner.filters, combo_name)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_the_table_lists_all_59_sessions_newest_first_with_pain_before_and_after(
    view: HistoryView,
) -> None:
    assert view.model.rowCount() == 59
    assert view.count_label.text() == "59 sessions"
    assert row_texts(view, 0) == [
        "Wed 25 Nov 2026", "09:00", "Gentle stretch", "Completed", "4 of 4", "1 min 20 s",
        "1 → 0", "",
    ]  # fmt: skip
    assert row_texts(view, 58) == [
        "Wed 4 Nov 2026",
        "09:00",
        "Ice",
        "Completed",
        "–",
        "15 min",
        "6 → 5",
        "",
    ]


def test_choosing_bridge_hold_lists_only_bridge_holds(view: HistoryView) -> None:
    choose(view, "session_combo", "Bridge hold")
    assert view.model.rowCount() == 22
    assert {row_texts(view, row)[2] for row in range(22)} == {"Bridge hold"}
    assert view.count_label.text() == "22 of 59 sessions"


@pytest.mark.parametrize("outcome", ["Stopped", "Stopped for sharp pain"])
def test_stopped_sessions_are_the_sharp_pain_stop_of_17_november(
    view: HistoryView, outcome: str
) -> None:
    choose(view, "outcome_combo", outcome)
    assert view.model.rowCount() == 1
    assert row_texts(view, 0) == [
        "Tue 17 Nov 2026", "09:00", "Bridge hold", "Stopped", "1 of 3", "10 s of 36 s",
        "5 → 8", "sharp pain",
    ]  # fmt: skip
    colour = view.model.data(view.model.index(0, 7), Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(theme.current().alert_text)


def test_a_filter_that_admits_nothing_says_so(view: HistoryView) -> None:
    choose(view, "session_combo", "Ice")
    choose(view, "outcome_combo", "Stopped")
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "No sessions match these choices."


def test_the_summary_gives_streaks_and_adherence_over_the_whole_range(view: HistoryView) -> None:
    assert view.streak_label.text() == "Current streak: 5 days · Longest: 7 days"
    assert view.totals_label.text() == (
        "Adherence 58 of 63 targets (92 %) · Sessions: 58 completed, 1 stopped"
    )
    assert "every target of the day" in view.streak_label.toolTip()


def test_a_shorter_date_range_narrows_table_totals_calendar_and_chart(view: HistoryView) -> None:
    view.filters.first_edit.setDate(QDate(2026, 11, 21))
    assert view.model.rowCount() == 18
    assert view.totals_label.text().startswith("Adherence 18 of 20 targets (90 %)")
    assert view.streak_label.text() == "Current streak: 5 days · Longest: 7 days"  # unchanged
    assert [c.day for c in view.heat_map.cells() if c.summary] == [
        date(2026, 11, 21) + timedelta(days=n) for n in range(5)
    ]
    assert view.chart_view is not None
    assert view.chart_view.chart().series()[0].count() == 5


def test_a_first_day_after_the_last_moves_the_last_day_along(view: HistoryView) -> None:
    view.filters.last_edit.setDate(QDate(2026, 11, 10))
    view.filters.first_edit.setDate(QDate(2026, 11, 12))
    assert view.filters.last_edit.date() == QDate(2026, 11, 12)
    assert view.model.rowCount() == 2  # the two holds of 12 November


def test_the_calendar_has_a_cell_for_each_of_the_22_days(view: HistoryView) -> None:
    shown = {c.day: c.summary for c in view.heat_map.cells() if c.summary}
    assert sorted(shown) == [ONSET + timedelta(days=n) for n in range(22)]
    levels = [s.level for s in shown.values()]
    assert levels.count(Level.ALL) == 18  # all but 11, 17, 19 Nov, and today half done
    assert shown[date(2026, 11, 17)].short_text() == "2/3"
    assert view.heat_map.accessibleDescription() == (
        "Wed 4 Nov 2026 to Wed 25 Nov 2026: every target met on 18 days, half or more met on "
        "4 days. Stopped for sharp pain on 17 Nov."
    )


def test_a_fully_met_day_is_painted_dark_green_and_the_sharp_pain_day_marked(
    view: HistoryView,
) -> None:
    image = view.heat_map.grab().toImage()
    cells = {c.day: c.rect for c in view.heat_map.cells()}
    full, stop = cells[date(2026, 11, 16)], cells[date(2026, 11, 17)]
    colours = theme.current()
    fill = {level: QColor(pair.background) for level, pair in colours.heat.items()}
    assert QColor(image.pixel(full.left() + 3, full.bottom() - 3)) == fill[Level.ALL]
    assert QColor(image.pixel(stop.right() - 3, stop.top() + 3)) == QColor(colours.sharp_pain)
    assert QColor(image.pixel(stop.left() + 3, stop.bottom() - 3)) == fill[Level.HALF]


def test_a_calendar_too_short_for_the_range_shows_its_last_weeks(
    qtbot: QtBot, seeded: Seeded, program: Program
) -> None:
    calendar = CalendarHeatMap()
    qtbot.addWidget(calendar)
    calendar.resize(600, calendar.fontMetrics().height() + 8 + 3 * 38)  # three rows of cells
    calendar.show_range(History(seeded.records, seeded.journal, program, NOW), ONSET, TODAY)
    assert (calendar.shown_weeks(), calendar.hidden_weeks()) == (3, 1)
    assert calendar.cells()[0].day == date(2026, 11, 9)
    assert len(calendar.cells()) == 21


def test_a_cell_tooltip_tells_the_day_in_words(view: HistoryView) -> None:
    cell = next(c for c in view.heat_map.cells() if c.day == date(2026, 11, 17))
    assert view.heat_map.tooltip_at(cell.rect.center()).splitlines() == [
        "Tue 17 Nov 2026",
        "Targets met: 2 of 3",
        "Sessions: 2 completed, 1 stopped",
        "A session was stopped for sharp pain",
        "Pain: 5.1 of 10 (mean of the day's ratings)",  # 5 on waking; 5 → 8, 5 → 4, 5 → 4
    ]


def test_the_pain_chart_has_one_point_for_each_of_the_22_rated_days(view: HistoryView) -> None:
    assert view.chart_view is not None
    line = view.chart_view.chart().series()[0]
    assert line.count() == 22
    assert line.at(0).y() == 5.5


def test_the_chart_is_made_only_when_the_page_is_first_shown(
    qtbot: QtBot, seeded: Seeded, program: Program
) -> None:
    hidden = HistoryView()
    qtbot.addWidget(hidden)
    hidden.show_data(seeded.records, seeded.journal, program, NOW)
    assert hidden.chart_view is None and hidden.history is None  # no work while hidden
    hidden.show()
    qtbot.waitExposed(hidden)
    assert hidden.chart_view is not None and hidden.model.rowCount() == 59


def test_importing_the_page_does_not_load_qtcharts() -> None:
    code = "import sys, hamtimer.qt.history_view; print('PySide6.QtCharts' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_a_new_session_refreshes_the_page(
    view: HistoryView, seeded: Seeded, program: Program
) -> None:
    evening = datetime(2026, 11, 25, 18, 0, tzinfo=NOW.tzinfo)
    later = a_session(evening, session_id="nordic-curl", session_name="Nordic curl")
    view.show_data([*seeded.records, later], seeded.journal, program, NOW.replace(hour=19))
    assert view.model.rowCount() == 60
    assert row_texts(view, 0)[:3] == ["Wed 25 Nov 2026", "18:00", "Nordic curl"]
    assert view.totals_label.text().startswith("Adherence 59 of 63 targets")


def test_a_refresh_keeps_the_chosen_session_and_outcome(
    view: HistoryView, seeded: Seeded, program: Program
) -> None:
    choose(view, "session_combo", "Bridge hold")
    choose(view, "outcome_combo", "Completed")
    view.show_data(seeded.records, seeded.journal, program, NOW)
    assert view.filters.session_combo.currentText() == "Bridge hold"
    assert view.model.rowCount() == 21


def test_the_range_follows_a_new_day_when_it_ended_on_the_last(
    view: HistoryView, seeded: Seeded, program: Program
) -> None:
    tomorrow = NOW + timedelta(days=1)
    view.show_data(seeded.records, seeded.journal, program, tomorrow)
    assert view.filters.last_edit.date() == QDate(2026, 11, 26)
    assert view.totals_label.text().startswith("Adherence 58 of 67 targets")


def test_an_empty_log_says_nothing_is_logged_yet(qtbot: QtBot, program: Program) -> None:
    view = HistoryView()
    qtbot.addWidget(view)
    view.show()
    view.show_data([], [], program, NOW)
    assert view.count_label.text() == "No sessions logged yet."
    assert view.totals_label.text().startswith("Adherence 0 of 3 targets (0 %)")
    assert view.chart_view is not None
    assert view.chart_view.chart().title() == "Pain: no ratings on these days"
    assert [c.day for c in view.heat_map.cells() if c.summary] == [TODAY]


def test_the_outcome_choices_map_to_the_filter(view: HistoryView) -> None:
    choose(view, "outcome_combo", "Completed")
    assert view.filters.current().outcome is Outcome.COMPLETED
    assert view.model.rowCount() == 58
