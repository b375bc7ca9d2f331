"""The editor's list of a rep's phases: kind, seconds and instruction per row, with buttons
to add, move and remove; each row shows its own problem beneath it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core import limits
from hamtimer.core.draft_check import format_length
from hamtimer.core.i18n import format_number, translate
from hamtimer.core.session import PhaseKind
from hamtimer.core.session_draft import (
    EDITABLE_KINDS,
    DraftPhase,
    kind_label,
    new_phase_instruction,
)
from hamtimer.qt.form_errors import ErrorLabel

# Wider than allowed, so a value out of range is shown with its message, not silently clamped.
SPIN_MAX_S = 10 * limits.MAX_PHASE_SECONDS


@dataclass
class PhaseRow:
    """The widgets of one row; `index` is its place in the rep (0-based)."""

    kind: QComboBox
    seconds: QSpinBox
    minutes_hint: QLabel
    instruction: QLineEdit
    up: QPushButton
    down: QPushButton
    remove: QPushButton
    error: ErrorLabel

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.seconds, self.minutes_hint, self.instruction, self.up,
                self.down, self.remove, self.error]  # fmt: skip


class PhaseRows(QWidget):
    """Signals:
    changed(): a phase was added, removed, moved or edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: list[DraftPhase] = []
        self.rows: list[PhaseRow] = []
        self._tab_before: QWidget | None = None
        self._tab_after: QWidget | None = None
        self._grid = QGridLayout()
        self._grid.setColumnStretch(3, 1)
        self.add_button = QPushButton(translate("PhaseRows", "Add a phase"), self)
        self.add_button.setAccessibleName(translate("PhaseRows", "Add a phase to the rep"))
        self.add_button.clicked.connect(self.add_phase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def phases(self) -> list[DraftPhase]:
        return [replace(phase) for phase in self._phases]

    def set_phases(self, phases: list[DraftPhase]) -> None:
        self._phases = [replace(phase) for phase in phases]
        self._rebuild()

    def add_phase(self) -> None:
        """A rest after an active phase, else a hold: the usual rhythm of a rep."""
        last = self._phases[-1] if self._phases else None
        kind = PhaseKind.REST if last and last.kind.is_active else PhaseKind.HOLD
        self._phases.append(DraftPhase.new(kind))
        self._rebuild(focus=lambda rows: rows[-1].instruction)

    def move_phase(self, index: int, step: int) -> None:
        target = index + step
        if not 0 <= target < len(self._phases):
            return
        self._phases[index], self._phases[target] = self._phases[target], self._phases[index]
        self._rebuild(focus=lambda rows: rows[target].up if step < 0 else rows[target].down)

    def remove_phase(self, index: int) -> None:
        del self._phases[index]
        self._rebuild(focus=lambda rows: rows[min(index, len(rows) - 1)].remove)

    def set_tab_neighbours(self, before: QWidget, after: QWidget) -> None:
        """Rows are made after the rest of the form; Tab must still reach them in place."""
        self._tab_before, self._tab_after = before, after
        self._chain_tab_order()

    def show_problems(self, messages: Mapping[int, str]) -> None:
        for index, row in enumerate(self.rows):
            row.error.show_message(messages.get(index, ""))
            row.seconds.setAccessibleDescription(messages.get(index, ""))

    # -- building -----------------------------------------------------------------------------

    def _rebuild(self, focus: Callable[[list[PhaseRow]], QWidget] | None = None) -> None:
        for row in self.rows:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = [self._row(index, phase) for index, phase in enumerate(self._phases)]
        count = len(self.rows)
        for index, row in enumerate(self.rows):
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < count - 1)
            row.remove.setEnabled(count > 1)
        self.add_button.setEnabled(count < limits.MAX_PHASES_PER_REP)
        self._chain_tab_order()
        if focus and self.rows:
            focus(self.rows).setFocus()
        self.changed.emit()

    def _chain_tab_order(self) -> None:
        inputs = [w for row in self.rows for w in (row.kind, row.seconds, row.instruction,
                                                   row.up, row.down, row.remove)]  # fmt: skip
        chain = [self._tab_before, *inputs, self.add_button, self._tab_after]
        present = [widget for widget in chain if widget is not None]
        for first, second in pairwise(present):
            QWidget.setTabOrder(first, second)

    def _row(self, index: int, phase: DraftPhase) -> PhaseRow:
        number = format_number(index + 1)
        row = PhaseRow(
            kind=self._kind_box(number, phase.kind),
            seconds=self._seconds_box(number, phase.seconds),
            minutes_hint=QLabel(_minutes(phase.seconds), self),
            instruction=QLineEdit(phase.instruction, self),
            up=self._button("▲", translate("PhaseRows", "Move phase {number} up"), number),
            down=self._button("▼", translate("PhaseRows", "Move phase {number} down"), number),
            remove=self._button("✕", translate("PhaseRows", "Remove phase {number}"), number),
            error=ErrorLabel(
                translate("PhaseRows", "Problem with phase {number}").format(number=number), self
            ),
        )
        row.instruction.setAccessibleName(
            translate("PhaseRows", "Phase {number} instruction").format(number=number)
        )
        row.instruction.setMaxLength(2 * limits.MAX_TEXT_CHARS)
        row.minutes_hint.setMinimumWidth(64)
        self._connect(index, row)
        grid_row = 2 * index
        for column, widget in enumerate(row.widgets()[:-1]):
            self._grid.addWidget(widget, grid_row, column)
            widget.show()  # now, not when the layout gets to it: a hidden widget takes no focus
        self._grid.addWidget(row.error, grid_row + 1, 0, 1, 7)
        return row

    def _connect(self, index: int, row: PhaseRow) -> None:
        row.kind.currentIndexChanged.connect(lambda _i: self._kind_changed(index, row))
        row.seconds.valueChanged.connect(lambda value: self._seconds_changed(index, row, value))
        row.instruction.textChanged.connect(
            lambda text: self._edited(index, replace(self._phases[index], instruction=text))
        )
        row.up.clicked.connect(lambda: self.move_phase(index, -1))
        row.down.clicked.connect(lambda: self.move_phase(index, 1))
        row.remove.clicked.connect(lambda: self.remove_phase(index))

    def _kind_changed(self, index: int, row: PhaseRow) -> None:
        """A new kind drops the old kind's setting (its label and note would be wrong) and
        its untouched default instruction."""
        kind = EDITABLE_KINDS[row.kind.currentIndex()]
        phase = self._phases[index]
        if phase.instruction == new_phase_instruction(phase.kind):
            row.instruction.setText(new_phase_instruction(kind))
        self._edited(index, replace(self._phases[index], kind=kind, setting=None))

    def _seconds_changed(self, index: int, row: PhaseRow, value: int) -> None:
        row.minutes_hint.setText(_minutes(value))
        self._edited(index, replace(self._phases[index], seconds=value))

    def _edited(self, index: int, phase: DraftPhase) -> None:
        self._phases[index] = phase
        self.changed.emit()

    def _kind_box(self, number: str, kind: PhaseKind) -> QComboBox:
        box = QComboBox(self)
        for editable in EDITABLE_KINDS:
            box.addItem(kind_label(editable))
        box.setCurrentIndex(EDITABLE_KINDS.index(kind) if kind in EDITABLE_KINDS else 0)
        box.setAccessibleName(translate("PhaseRows", "Phase {number} kind").format(number=number))
        return box

    def _seconds_box(self, number: str, seconds: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(0, SPIN_MAX_S)
        box.setValue(seconds)
        box.setSuffix(translate("PhaseRows", " s"))
        box.setAccessibleName(
            translate("PhaseRows", "Phase {number} seconds").format(number=number)
        )
        return box

    def _button(self, text: str, template: str, number: str) -> QPushButton:
        """`template`: the button's accessible name and tooltip, with the phase's {number}."""
        accessible_name = template.format(number=number)
        button = QPushButton(text, self)
        button.setFixedWidth(max(36, button.fontMetrics().horizontalAdvance(text) + 20))
        button.setAccessibleName(accessible_name)
        button.setToolTip(accessible_name)
        return button


def _minutes(seconds: int) -> str:
    """'= 20 min' beside a seconds box, so 1200 s reads at a glance."""
    if seconds < 60:
        return ""
    return translate("PhaseRows", "= {length}").format(length=format_length(seconds))
