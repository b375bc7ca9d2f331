"""The main screen: the sessions, the settings the patient may change, and today's log."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core.catalog import in_protocol_order
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session import SessionDefinition
from hamtimer.qt.scrolling import scrolling
from hamtimer.qt.session_details import SessionDetails
from hamtimer.qt.today_list import TodayList

DISCLAIMER = QT_TRANSLATE_NOOP(
    "HomeView",
    "hamtimer guides the exercises of a published home-rehab protocol. It is not a diagnosis "
    "or a substitute for a clinician: stop at sharp pain, and see a professional if pain is "
    "not improving after 1–2 weeks.",
)


class HomeView(QWidget):
    """Signals:
    start_requested(str, object): session id and the chosen values (dict[str, int]).
    """

    start_requested = Signal(str, object)

    def __init__(
        self, sessions: Mapping[str, SessionDefinition], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.session_list = QListWidget(self)
        self.session_list.setAccessibleName(translate("HomeView", "Sessions"))
        self.details = SessionDetails(self)
        self.start_button = QPushButton(translate("HomeView", "Start  (Space)"), self)
        self.start_button.setAccessibleName(translate("HomeView", "Start the session"))
        self.start_button.setMinimumHeight(48)
        self.today = TodayList(self)
        self.sound_row = QHBoxLayout()
        self._build()
        self._fill_sessions()

    # -- what the window asks -----------------------------------------------------------

    def selected_id(self) -> str:
        item = self.session_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else next(iter(self._sessions))

    def chosen_values(self) -> dict[str, int]:
        return self.details.chosen_values()

    # The chosen session's parts, where the window and its tests have always found them.
    @property
    def spin_boxes(self) -> dict[str, QSpinBox]:
        return self.details.spin_boxes

    @property
    def title_label(self) -> QLabel:
        return self.details.title_label

    @property
    def setup_label(self) -> QLabel:
        return self.details.setup_label

    @property
    def summary_label(self) -> QLabel:
        return self.details.summary_label

    @property
    def form(self) -> QFormLayout:
        return self.details.form

    def select(self, session_id: str) -> None:
        for row in range(self.session_list.count()):
            item = self.session_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == session_id:
                self.session_list.setCurrentRow(row)

    def request_start(self) -> None:
        self.start_requested.emit(self.selected_id(), self.chosen_values())

    def set_sessions(self, sessions: Mapping[str, SessionDefinition], select: str = "") -> None:
        """Show the sessions again after the patient's own changed; select `select`, or
        keep the selection while it still exists."""
        keep = select or self.selected_id()
        self._sessions = sessions
        self.session_list.clear()
        self._fill_sessions()
        self.select(keep)

    def add_session_buttons(self, row: QWidget) -> None:
        """New, Edit, Duplicate and Delete, under the session list."""
        self.list_column.addWidget(row)

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.session_list.setMinimumWidth(240)
        self.session_list.setSpacing(6)
        list_font = QFont(self.session_list.font())
        list_font.setPointSize(list_font.pointSize() + 2)
        self.session_list.setFont(list_font)
        self.session_list.currentItemChanged.connect(self._show_selected)
        self.start_button.clicked.connect(self.request_start)
        self.details.startable_changed.connect(self.start_button.setEnabled)
        self.session_list.setWordWrap(True)
        # A long setup text and seven settings do not fit a small window: they scroll,
        # and the Start button stays in sight.
        details = QVBoxLayout()
        details.addWidget(scrolling(self.details, self), stretch=1)
        details.addWidget(self.start_button)
        self.list_column = QVBoxLayout()
        self.list_column.addWidget(self.session_list)
        top = QHBoxLayout()
        top.addLayout(self.list_column, stretch=2)
        top.addLayout(details, stretch=3)
        today_box = QGroupBox(translate("HomeView", "Today"), self)
        QVBoxLayout(today_box).addWidget(self.today)
        disclaimer = QLabel(translate("HomeView", DISCLAIMER), self)
        disclaimer.setWordWrap(True)
        disclaimer.setObjectName("disclaimer")
        layout = QVBoxLayout(self)
        layout.addLayout(top, stretch=3)
        layout.addWidget(today_box, stretch=1)
        layout.addLayout(self.sound_row)
        layout.addWidget(disclaimer)

    def _fill_sessions(self) -> None:
        for definition in in_protocol_order(self._sessions):
            plan_line = summary(build_plan(definition))
            item = QListWidgetItem(f"{definition.name}\n{plan_line}", self.session_list)
            item.setData(Qt.ItemDataRole.UserRole, definition.id)
            spoken = translate("HomeView", "{session}: {plan}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                spoken.format(session=definition.name, plan=plan_line),
            )
        self.session_list.setCurrentRow(0)

    def _show_selected(self) -> None:
        self.details.show_definition(self._sessions[self.selected_id()])
