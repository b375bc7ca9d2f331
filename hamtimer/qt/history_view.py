"""The History page: the sessions with filters, a calendar of the days, streaks, adherence
over the chosen days and the pain trend.

The window hands it the log, the journal and the program with show_data() at start and
after each session; while the page is hidden that only keeps them, and the work is done when
it is next shown. The pain chart (QtCharts, costly to load) is made when the page is first
shown.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetrics, QPainter, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hamtimer.core.history import History, HistoryFilter
from hamtimer.core.history_trend import ChartTrend, Period
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_number, plural, translate
from hamtimer.core.journal import JournalEntry
from hamtimer.core.program import Program
from hamtimer.core.records import SessionRecord
from hamtimer.qt.heat_legend import heat_legend
from hamtimer.qt.heat_map import CalendarHeatMap
from hamtimer.qt.history_filters import HistoryFilters
from hamtimer.qt.history_table import SessionTableModel, session_table
from hamtimer.qt.scrolling import scrolling

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart, QChartView

logger = logging.getLogger(__name__)

STREAK_RULE = QT_TRANSLATE_NOOP(
    "HistoryView",
    "A streak counts the days on which every target of the day was met. Today counts once "
    "its targets are met; until then it does not break the streak.",
)
CHART_DATE_TICKS = 5  # at most; fewer when large text would not fit them
TABLE_ROWS = 5  # at least this many rows of the table in sight; the page scrolls if need be
DATE_FORMATS = {Period.DAY: "d MMM", Period.WEEK: "MMM yyyy", Period.MONTH: "yyyy"}
DATE_SAMPLES = {Period.DAY: "30 Sep", Period.WEEK: "Sep 2026", Period.MONTH: "2026"}
MAX_DOTS = 60
CHART_PAD_S = {Period.DAY: 6 * 3600, Period.WEEK: 86400, Period.MONTH: 5 * 86400}  # < half a tick


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("HistoryView", "History"))
        self.setFont(_larger(self.font(), 1.0))
        self.history: History | None = None
        self._inputs: tuple[Iterable[SessionRecord], Sequence[JournalEntry], Program, datetime,
                            date | None, Mapping[str, str]] | None = None  # fmt: skip
        self._stale = False
        self._chart_range: tuple[date, date] | None = None
        self.filters = HistoryFilters(self)
        self.streak_label = _label(self, bold=True, scale=1.25)
        self.streak_label.setToolTip(translate("HistoryView", STREAK_RULE))
        self.streak_label.setAccessibleDescription(translate("HistoryView", STREAK_RULE))
        self.totals_label = _label(self, scale=1.1)
        self.heat_map = CalendarHeatMap(self)
        self.heat_caption = _label(self)
        self.chart_box = QWidget(self)
        self.chart_view: QChartView | None = None
        self.count_label = _label(self, bold=True)
        self.model = SessionTableModel(self)
        self.table = session_table(self.model, self)
        self._build()
        self.filters.changed.connect(self.apply_filter)
        self.heat_map.laid_out.connect(self._show_heat_caption)

    def show_data(
        self,
        records: Iterable[SessionRecord],
        journal: Sequence[JournalEntry],
        program: Program,
        now: datetime,
        onset: date | None = None,
        session_names: Mapping[str, str] | None = None,
    ) -> None:
        """Show this history; while the page is hidden, only keep it until it is shown.
        `session_names` (id → name) are the sessions' names now (History)."""
        self._inputs = (records, journal, program, now, onset, session_names or {})
        self._stale = True
        if self.isVisible():
            self._refresh()

    def apply_filter(self, wanted: HistoryFilter) -> None:
        history = self.history
        if history is None:
            return
        records = history.select(wanted)
        self.model.show(history, records)
        self.count_label.setText(_count_text(len(records), history.session_count))
        first, last = wanted.first or history.first_day, wanted.last or history.last_day
        totals = history.totals(first, last)
        self.streak_label.setText(history.streaks.text())
        self.totals_label.setText(
            translate("HistoryView", "{adherence} · {sessions}").format(
                adherence=totals.adherence_text(), sessions=totals.sessions_text()
            )
        )
        self.heat_map.show_range(history, first, last)
        if self.chart_view is not None and self._chart_range != (first, last):
            self._show_chart(history, first, last)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.chart_view is None:
            self._make_chart_view()
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        assert self._inputs is not None
        self.history = History(*self._inputs)
        self._stale = False
        logger.debug("history of %d sessions indexed", self.history.session_count)
        self._chart_range = None
        self.filters.set_choices(
            self.history.first_day, self.history.last_day, self.history.session_names
        )
        self.apply_filter(self.filters.current())

    def _make_chart_view(self) -> None:
        from PySide6.QtCharts import QChartView  # here: QtCharts costs start-up time and memory

        self.chart_view = QChartView(self.chart_box)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(translate("HistoryView", "Pain trend chart"))
        self._chart_layout.addWidget(self.chart_view)

    def _show_chart(self, history: History, first: date, last: date) -> None:
        from hamtimer.qt.pain_chart import pain_chart

        assert self.chart_view is not None
        shown = history.chart_trend(first, last)
        chart = pain_chart(shown.trend, shown.title())
        _fit_chart(chart, self.font(), shown, self.chart_box.width())
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        old.deleteLater()
        self.chart_view.setAccessibleDescription(_trend_words(shown))
        self._chart_range = (first, last)

    def _show_heat_caption(self) -> None:
        hidden = self.heat_map.hidden_weeks()
        self.heat_caption.setVisible(hidden > 0)
        shown = self.heat_map.shown_weeks()
        self.heat_caption.setText(
            plural(
                shown,
                translate("HistoryView", "The calendar shows the last week of these dates."),
                translate("HistoryView", "The calendar shows the last {n} weeks of these dates."),
            )
        )

    def _build(self) -> None:
        self._chart_layout = QVBoxLayout(self.chart_box)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_box.setMinimumSize(360, 230)
        calendar = QVBoxLayout()
        calendar.addWidget(self.heat_map)
        calendar.addWidget(self.heat_caption)
        calendar.addWidget(heat_legend(self))
        calendar.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(calendar, stretch=1)
        middle.addWidget(self.chart_box, stretch=1)
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * TABLE_ROWS
            + self.table.horizontalHeader().sizeHint().height()
        )
        page = QWidget(self)  # at large text sizes the page is taller than the window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page, self, sideways=True))
        layout = QVBoxLayout(page)
        layout.addWidget(self.filters)
        layout.addWidget(self.streak_label)
        layout.addWidget(self.totals_label)
        layout.addLayout(middle, stretch=3)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, stretch=2)


def _fit_chart(chart: QChart, font: QFont, shown: ChartTrend, width: int) -> None:
    """Larger text, fewer dates (with the year when the range is long), no dots when many."""
    from PySide6.QtCharts import QDateTimeAxis

    chart.setTitleFont(_larger(font, 1.1, bold=True))
    for axis in chart.axes():
        axis.setLabelsFont(font)
        if isinstance(axis, QDateTimeAxis):
            label = QFontMetrics(font).horizontalAdvance(DATE_SAMPLES[shown.period]) + 16
            ticks = max(2, min(CHART_DATE_TICKS, (width - 60) // label))  # 60: the pain axis
            axis.setTickCount(min(axis.tickCount(), ticks))
            axis.setFormat(DATE_FORMATS[shown.period])
            pad = CHART_PAD_S[shown.period]  # so the first and last dots are drawn whole
            axis.setRange(axis.min().addSecs(-pad), axis.max().addSecs(pad))
    if len(shown.trend.points) > MAX_DOTS:
        chart.series()[-1].setVisible(False)  # pain_chart's dots, over the line


def _count_text(shown: int, total: int) -> str:
    if not total:
        return translate("HistoryView", "No sessions logged yet.")
    if not shown:
        return translate("HistoryView", "No sessions match these choices.")
    sessions = plural(
        total, translate("HistoryView", "{n} session"), translate("HistoryView", "{n} sessions")
    )
    if shown == total:
        return sessions
    return translate("HistoryView", "{shown} of {sessions}").format(
        shown=format_number(shown), sessions=sessions
    )


def _trend_words(shown: ChartTrend) -> str:
    points, mean = shown.trend.points, shown.trend.mean
    if not points or mean is None:
        return shown.title()
    (_, first), (_, last) = points[0], points[-1]
    counted = plural(
        len(points), translate("HistoryView", "{n} point"), translate("HistoryView", "{n} points")
    )
    return translate(
        "HistoryView", "{title}, {points}: from {first} to {last}, {mean} on average."
    ).format(
        title=shown.title(),
        points=counted,
        first=format_number(first, 1),
        last=format_number(last, 1),
        mean=format_number(mean, 1),
    )


def _label(parent: QWidget, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setFont(_larger(parent.font(), scale, bold=bold))
    return label


def _larger(font: QFont, scale: float, *, bold: bool = False) -> QFont:
    """At least 11 pt everywhere on this page, for patients who read without glasses."""
    larger = QFont(font)
    larger.setPointSizeF(max(11.0, font.pointSizeF() * scale))
    larger.setBold(bold)
    return larger
