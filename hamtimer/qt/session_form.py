"""The fields of the session editor, each with its problem shown beneath it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core import limits
from hamtimer.core.draft_check import DONE, LENGTH, NAME, PHASES, SETUP, TITLE, Problem
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.session_draft import (
    BETWEEN_SETS,
    GET_READY,
    REPS,
    SETS,
    SWITCH,
    SessionDraft,
)
from hamtimer.qt.form_errors import ErrorLabel
from hamtimer.qt.phase_rows import SPIN_MAX_S, PhaseRows

COUNT_SPIN_MAX = 20 * limits.MAX_REPS  # wider than allowed: a wrong count gets its message
PHASE_PREFIX = "phase "
SECONDS_SUFFIX = QT_TRANSLATE_NOOP("EditorForm", " s")
# The accessible name of each field's problem, by the field it belongs to.
PROBLEM_NAMES = {
    NAME: QT_TRANSLATE_NOOP("EditorForm", "Problem with name"),
    TITLE: QT_TRANSLATE_NOOP("EditorForm", "Problem with full title"),
    SETUP: QT_TRANSLATE_NOOP("EditorForm", "Problem with instructions before starting"),
    GET_READY: QT_TRANSLATE_NOOP("EditorForm", "Problem with get ready seconds"),
    PHASES: QT_TRANSLATE_NOOP("EditorForm", "Problem with phases of one repetition"),
    REPS: QT_TRANSLATE_NOOP("EditorForm", "Problem with repetitions in each set"),
    SETS: QT_TRANSLATE_NOOP("EditorForm", "Problem with sets"),
    BETWEEN_SETS: QT_TRANSLATE_NOOP("EditorForm", "Problem with rest between sets, seconds"),
    SWITCH: QT_TRANSLATE_NOOP("EditorForm", "Problem with seconds to switch legs"),
    DONE: QT_TRANSLATE_NOOP("EditorForm", "Problem with message at the end"),
}


class EditorForm(QWidget):
    """Signals:
    changed(): any field was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self.name_edit = self._line(translate("EditorForm", "Name"))
        self.title_edit = self._line(translate("EditorForm", "Full title"))
        self.title_edit.setPlaceholderText(
            translate("EditorForm", "Optional: the name is used when this is empty")
        )
        self.setup_edit = QPlainTextEdit(self)
        self.setup_edit.setAccessibleName(translate("EditorForm", "Instructions before starting"))
        self.setup_edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        self.setup_edit.setFixedHeight(4 * self.setup_edit.fontMetrics().lineSpacing() + 16)
        self.get_ready_spin = self._seconds(translate("EditorForm", "Get ready seconds"))
        self.get_ready_edit = self._line(translate("EditorForm", "What to do while getting ready"))
        self.phase_rows = PhaseRows(self)
        self.phase_rows.setAccessibleName(translate("EditorForm", "Phases of one repetition"))
        self.reps_spin = self._count(translate("EditorForm", "Repetitions in each set"))
        self.sets_spin = self._count(translate("EditorForm", "Sets"))
        self.between_spin = self._seconds(translate("EditorForm", "Rest between sets, seconds"))
        self.per_side_check = QCheckBox(
            translate("EditorForm", "Do every set on each leg: left, then right"), self
        )
        self.per_side_check.setAccessibleName(translate("EditorForm", "Each leg"))
        self.switch_spin = self._seconds(translate("EditorForm", "Seconds to switch legs"))
        self.done_edit = self._line(translate("EditorForm", "Message at the end"))
        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(translate("EditorForm", "Summary of the session"))
        self.summary_label.setWordWrap(True)
        self.id_label = QLabel(self)
        self.id_label.setAccessibleName(translate("EditorForm", "The session's id"))
        self.save_error = ErrorLabel(translate("EditorForm", "Why the session was not saved"), self)
        self._build()
        self._wire()
        self.phase_rows.set_tab_neighbours(self.get_ready_edit, self.reps_spin)

    # -- filling and reading --------------------------------------------------------------------

    def fill(self, draft: SessionDraft) -> None:
        self.name_edit.setText(draft.name)
        self.title_edit.setText("" if draft.title == draft.name else draft.title)
        self.setup_edit.setPlainText(draft.setup)
        self.get_ready_spin.setValue(draft.get_ready_s)
        self.get_ready_edit.setText(draft.get_ready_instruction)
        self.phase_rows.set_phases(draft.phases)
        self.reps_spin.setValue(draft.reps)
        self.sets_spin.setValue(draft.sets)
        self.between_spin.setValue(draft.between_sets_s)
        self.per_side_check.setChecked(draft.per_side)
        self.switch_spin.setValue(draft.switch_s)
        self.done_edit.setText(draft.done_message)
        self._enable_dependent()

    def draft(self) -> SessionDraft:
        return SessionDraft(
            name=self.name_edit.text(),
            title=self.title_edit.text(),
            setup=self.setup_edit.toPlainText(),
            get_ready_s=self.get_ready_spin.value(),
            get_ready_instruction=self.get_ready_edit.text(),
            phases=self.phase_rows.phases(),
            reps=self.reps_spin.value(),
            sets=self.sets_spin.value(),
            between_sets_s=self.between_spin.value(),
            per_side=self.per_side_check.isChecked(),
            switch_s=self.switch_spin.value(),
            done_message=self.done_edit.text(),
        )

    def show_problems(self, problems: Sequence[Problem]) -> None:
        by_field = {problem.field: problem.message for problem in problems}
        for field, label in self.errors.items():
            label.show_message(by_field.get(field, ""))
        self.phase_rows.show_problems(
            {int(field.removeprefix(PHASE_PREFIX)): message
             for field, message in by_field.items() if field.startswith(PHASE_PREFIX)}
        )  # fmt: skip

    def layout_in(self, dialog: QDialog, buttons: QDialogButtonBox) -> None:
        """The fields scroll; the summary, the problems of the whole and Save stay in view."""
        scroll = QScrollArea(dialog)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll, stretch=1)
        for widget in (self.summary_label, self.errors[LENGTH], self.save_error, self.id_label):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        about = self._group(translate("EditorForm", "The session"), layout)
        about.addRow(translate("EditorForm", "Name:"), self._with_error(NAME, self.name_edit))
        about.addRow(
            translate("EditorForm", "Full title:"), self._with_error(TITLE, self.title_edit)
        )
        about.addRow(
            translate("EditorForm", "Instructions:"), self._with_error(SETUP, self.setup_edit)
        )
        ready = self._group(translate("EditorForm", "Getting ready"), layout)
        ready.addRow(
            translate("EditorForm", "Get ready for:"),
            self._with_error(GET_READY, self.get_ready_spin),
        )
        ready.addRow(translate("EditorForm", "What to do:"), self.get_ready_edit)
        rep = self._group(translate("EditorForm", "One repetition, phase by phase"), layout)
        rep.addRow(self._with_error(PHASES, self.phase_rows))
        counts = self._group(translate("EditorForm", "Repetitions and sets"), layout)
        counts.addRow(
            translate("EditorForm", "Repetitions:"), self._with_error(REPS, self.reps_spin)
        )
        counts.addRow(translate("EditorForm", "Sets:"), self._with_error(SETS, self.sets_spin))
        counts.addRow(
            translate("EditorForm", "Rest between sets:"),
            self._with_error(BETWEEN_SETS, self.between_spin),
        )
        counts.addRow(self.per_side_check)
        counts.addRow(
            translate("EditorForm", "Switch legs for:"),
            self._with_error(SWITCH, self.switch_spin),
        )
        end = self._group(translate("EditorForm", "At the end"), layout)
        end.addRow(translate("EditorForm", "Message:"), self._with_error(DONE, self.done_edit))
        self.errors[LENGTH] = ErrorLabel(
            translate("EditorForm", "Problem with the whole session"), self
        )
        layout.addStretch(1)

    def _wire(self) -> None:
        for line in (self.name_edit, self.title_edit, self.get_ready_edit, self.done_edit):
            line.textChanged.connect(self.changed)
        self.setup_edit.textChanged.connect(self.changed)
        for spin in (self.get_ready_spin, self.reps_spin, self.sets_spin, self.between_spin,
                     self.switch_spin):  # fmt: skip
            spin.valueChanged.connect(self.changed)
        self.sets_spin.valueChanged.connect(self._enable_dependent)
        self.per_side_check.toggled.connect(self._enable_dependent)
        self.per_side_check.toggled.connect(self.changed)
        self.phase_rows.changed.connect(self.changed)

    def _enable_dependent(self) -> None:
        """A rest between sets needs two sets; a switch of legs needs each leg."""
        self.between_spin.setEnabled(self.sets_spin.value() > 1)
        self.switch_spin.setEnabled(self.per_side_check.isChecked())

    def _group(self, title: str, layout: QVBoxLayout) -> QFormLayout:
        box = QGroupBox(title, self)
        layout.addWidget(box)
        return QFormLayout(box)

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        self.errors[field] = ErrorLabel(translate("EditorForm", PROBLEM_NAMES[field]), holder)
        column.addWidget(self.errors[field])
        return holder

    def _line(self, accessible_name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(accessible_name)
        line.setMaxLength(2 * limits.MAX_TEXT_CHARS)
        return line

    def _seconds(self, accessible_name: str) -> QSpinBox:
        spin = self._count(accessible_name)
        spin.setRange(0, SPIN_MAX_S)
        spin.setSuffix(translate("EditorForm", SECONDS_SUFFIX))
        return spin

    def _count(self, accessible_name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setMaximumWidth(160)
        spin.setRange(0, COUNT_SPIN_MAX)
        spin.setAccessibleName(accessible_name)
        return spin
