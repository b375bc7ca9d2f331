"""The main screen: the sessions, the settings the patient may change, and today's log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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

from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session import Parameter, SessionDefinition
from hamtimer.qt.today_list import TodayList

DISCLAIMER = (
    "hamtimer guides the exercises of a published home-rehab protocol. It is not a diagnosis "
    "or a substitute for a clinician: stop at sharp pain, and see a professional if pain is "
    "not improving after 1–2 weeks."
)
UNIT_SUFFIX = {"s": " s", "min": " min", "reps": ""}


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
        self.spin_boxes: dict[str, QSpinBox] = {}
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(
            "QLabel#banner { background: #FFF3CD; color: #533F03; padding: 8px;"
            " border: 1px solid #E0C36C; border-radius: 4px; }"
        )
        self.banner.hide()
        self.session_list = QListWidget(self)
        self.session_list.setAccessibleName("Sessions")
        self.title_label = QLabel(self)
        self.setup_label = QLabel(self)
        self.setup_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.form = QFormLayout()
        self.start_button = QPushButton("Start  (Space)", self)
        self.start_button.setAccessibleName("Start the session")
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
        return {name: box.value() for name, box in self.spin_boxes.items()}

    def select(self, session_id: str) -> None:
        for row in range(self.session_list.count()):
            item = self.session_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == session_id:
                self.session_list.setCurrentRow(row)

    def show_problems(self, messages: Sequence[str]) -> None:
        self.banner.setText("\n".join(messages))
        self.banner.setVisible(bool(messages))

    def request_start(self) -> None:
        self.start_requested.emit(self.selected_id(), self.chosen_values())

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        title_font = QFont(self.title_label.font())
        title_font.setPointSize(16)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.session_list.setMinimumWidth(240)
        self.session_list.setSpacing(6)
        list_font = QFont(self.session_list.font())
        list_font.setPointSize(list_font.pointSize() + 2)
        self.session_list.setFont(list_font)
        self.session_list.currentItemChanged.connect(self._show_selected)
        self.start_button.clicked.connect(self.request_start)
        details = QVBoxLayout()
        details.addWidget(self.title_label)
        details.addWidget(self.setup_label)
        details.addLayout(self.form)
        details.addWidget(self.summary_label)
        details.addStretch(1)
        details.addWidget(self.start_button)
        top = QHBoxLayout()
        top.addWidget(self.session_list, stretch=2)
        top.addLayout(details, stretch=3)
        today_box = QGroupBox("Today", self)
        QVBoxLayout(today_box).addWidget(self.today)
        disclaimer = QLabel(DISCLAIMER, self)
        disclaimer.setWordWrap(True)
        disclaimer.setObjectName("disclaimer")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top, stretch=3)
        layout.addWidget(today_box, stretch=2)
        layout.addLayout(self.sound_row)
        layout.addWidget(disclaimer)

    def _fill_sessions(self) -> None:
        for definition in self._sessions.values():
            text = f"{definition.name}\n{summary(build_plan(definition))}"
            item = QListWidgetItem(text, self.session_list)
            item.setData(Qt.ItemDataRole.UserRole, definition.id)
        self.session_list.setCurrentRow(0)

    def _show_selected(self) -> None:
        definition = self._sessions[self.selected_id()]
        self.title_label.setText(definition.title)
        self.setup_label.setText(definition.setup)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spin_boxes = {}
        for parameter in definition.parameters:
            self.form.addRow(f"{parameter.label}:", self._parameter_row(parameter))
        self._update_summary()

    def _parameter_row(self, parameter: Parameter) -> QWidget:
        row = QWidget(self)
        box = QSpinBox(row)
        box.setRange(parameter.low, parameter.high)
        box.setValue(parameter.default)
        box.setSuffix(UNIT_SUFFIX[parameter.unit])
        box.setAccessibleName(parameter.label)
        box.setAccessibleDescription(f"Allowed {parameter.describe_range()}. {parameter.note}")
        box.valueChanged.connect(self._update_summary)
        self.spin_boxes[parameter.name] = box
        hint = QLabel(f"{parameter.describe_range()} · {parameter.note}", row)
        hint.setWordWrap(True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(hint, stretch=1)
        return row

    def _update_summary(self) -> None:
        definition = self._sessions[self.selected_id()]
        plan = build_plan(definition, self.chosen_values())
        self.summary_label.setText(f"{summary(plan)} · about {round(plan.total_s / 60) or 1} min")
