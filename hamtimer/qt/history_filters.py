"""The history's filters: a date range, one session or all, and which outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from hamtimer.core.history import HistoryFilter
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.records import Outcome
from hamtimer.qt.wrapping_row import WrappingRow

ALL_SESSIONS = QT_TRANSLATE_NOOP("HistoryFilters", "All sessions")
# (words, outcome, only sessions stopped for sharp pain)
OUTCOMES: tuple[tuple[str, Outcome | None, bool], ...] = (
    (QT_TRANSLATE_NOOP("HistoryFilters", "Completed and stopped"), None, False),
    (QT_TRANSLATE_NOOP("HistoryFilters", "Completed"), Outcome.COMPLETED, False),
    (QT_TRANSLATE_NOOP("HistoryFilters", "Stopped"), Outcome.STOPPED, False),
    (QT_TRANSLATE_NOOP("HistoryFilters", "Stopped for sharp pain"), Outcome.STOPPED, True),
)


class HistoryFilters(WrappingRow):
    """Signals:
    changed(object): the HistoryFilter now chosen.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_edit = _date_edit(translate("HistoryFilters", "First day shown"), self)
        self.last_edit = _date_edit(translate("HistoryFilters", "Last day shown"), self)
        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(translate("HistoryFilters", "Session"))
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName(translate("HistoryFilters", "Outcome"))
        for words, outcome, sharp_pain in OUTCOMES:
            self.outcome_combo.addItem(translate("HistoryFilters", words), (outcome, sharp_pain))
        self._build()
        self._quiet = False
        self._ready = False  # no choices set yet: the first set shows the whole history
        for signal in (self.first_edit.dateChanged, self.last_edit.dateChanged):
            signal.connect(self._dates_changed)
        self.session_combo.currentIndexChanged.connect(self._emit)
        self.outcome_combo.currentIndexChanged.connect(self._emit)

    def set_choices(self, first: date, last: date, sessions: Mapping[str, str]) -> None:
        """The days and sessions there are. The first time, the whole range is chosen; later
        a choice still possible is kept, and a range that ended on the last day follows it
        to a new last day. Does not signal: the caller applies current() itself."""
        self._quiet = True
        followed = not self._ready or self.last_edit.date() == self.last_edit.maximumDate()
        chosen = self.session_combo.currentData()
        for edit in (self.first_edit, self.last_edit):
            edit.setDateRange(_qdate(first), _qdate(last))
        if not self._ready:
            self.first_edit.setDate(_qdate(first))
        if followed:
            self.last_edit.setDate(_qdate(last))
        self._ready = True
        self.session_combo.clear()
        self.session_combo.addItem(translate("HistoryFilters", ALL_SESSIONS), None)
        for session_id, name in sorted(sessions.items(), key=lambda item: item[1]):
            self.session_combo.addItem(name, session_id)
        self.session_combo.setCurrentIndex(max(0, self.session_combo.findData(chosen)))
        self._quiet = False

    def set_range(self, first: date, last: date) -> None:
        self._quiet = True
        self.first_edit.setDate(_qdate(first))
        self.last_edit.setDate(_qdate(last))
        self._quiet = False
        self._emit()

    def current(self) -> HistoryFilter:
        outcome, sharp_pain = self.outcome_combo.currentData()
        return HistoryFilter(
            first=_day(self.first_edit.date()),
            last=_day(self.last_edit.date()),
            session_id=self.session_combo.currentData(),
            outcome=outcome,
            sharp_pain_only=sharp_pain,
        )

    def _dates_changed(self) -> None:
        """A first day after the last (or the reverse) moves the other day with it."""
        first, last = self.first_edit.date(), self.last_edit.date()
        if first > last:
            edit = self.last_edit if self.sender() is self.first_edit else self.first_edit
            edit.setDate(first if edit is self.last_edit else last)
            return  # that change signals again
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.current())

    def _build(self) -> None:
        """The dates, then the session and outcome: one line, or two when narrow."""
        for pairs in (
            ((translate("HistoryFilters", "From"), self.first_edit),
             (translate("HistoryFilters", "to"), self.last_edit)),
            ((translate("HistoryFilters", "Session"), self.session_combo),
             (translate("HistoryFilters", "Show"), self.outcome_combo)),
        ):  # fmt: skip
            group = self.add_group()
            for words, control in pairs:
                label = QLabel(words, self)
                label.setBuddy(control)
                group.addWidget(label)
                group.addWidget(control)
                group.addSpacing(12)


def _date_edit(name: str, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
