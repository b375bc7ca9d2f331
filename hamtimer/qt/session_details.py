"""The chosen session: its drawing, what to do, its plan, and the settings one may change."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session import Parameter, SessionDefinition, SessionError
from hamtimer.qt import theme
from hamtimer.resources import resource_path

logger = logging.getLogger(__name__)

ILLUSTRATION_PX = 200
UNIT_SUFFIX = {
    "s": QT_TRANSLATE_NOOP("SessionDetails", " s"),
    "min": QT_TRANSLATE_NOOP("SessionDetails", " min"),
    "reps": "",
}


class Illustration(QSvgWidget):
    """A session's drawing, scaled to fit with its proportions kept; hidden when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(ILLUSTRATION_PX, ILLUSTRATION_PX)
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)

    def show_for(self, definition: SessionDefinition) -> None:
        path = resource_path("illustrations", definition.illustration or "")
        shown = definition.illustration is not None and path.is_file()
        if shown:
            self.load(str(path))
            shown = self.renderer().isValid()
        if definition.illustration and not shown:
            logger.warning("the drawing %s of %s cannot be shown", path, definition.id)
        drawing = translate("SessionDetails", "Drawing: {title}").format(title=definition.title)
        self.setAccessibleName(drawing if shown else "")
        self.setVisible(shown)


class SessionDetails(QWidget):
    """Signals:
    values_changed(): the patient changed a setting (the summary is already updated).
    startable_changed(bool): whether the chosen values make a session that can run.
    """

    values_changed = Signal()
    startable_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._definition: SessionDefinition | None = None
        self.spin_boxes: dict[str, QSpinBox] = {}
        self.illustration = Illustration(self)
        self.title_label = QLabel(self)
        self.summary_label = QLabel(self)
        self.setup_label = QLabel(self)
        self.form = QFormLayout()
        self._build()

    def show_definition(self, definition: SessionDefinition) -> None:
        self._definition = definition
        self.illustration.show_for(definition)
        self.title_label.setText(definition.title)
        self.setup_label.setText(definition.setup)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spin_boxes = {}
        for parameter in definition.parameters:
            label = translate("SessionDetails", "{setting}:").format(setting=parameter.label)
            self.form.addRow(label, self._parameter_row(parameter))
        self.update_summary()

    def chosen_values(self) -> dict[str, int]:
        return {name: box.value() for name, box in self.spin_boxes.items()}

    def update_summary(self) -> None:
        if self._definition is None:
            return
        try:
            plan = build_plan(self._definition, self.chosen_values())
        except SessionError as error:  # a patient's own session allows wide choices
            self.summary_label.setText(str(error))
            self.startable_changed.emit(False)
            return
        minutes = format_number(round(plan.total_s / 60) or 1)
        self.summary_label.setText(
            translate("SessionDetails", "{plan} · about {minutes} min").format(
                plan=summary(plan), minutes=minutes
            )
        )
        self.startable_changed.emit(True)

    def _build(self) -> None:
        self.title_label.setFont(theme.scaled_font(self.title_label.font(), 1.6, bold=True))
        self.title_label.setWordWrap(True)
        summary_font = QFont(self.summary_label.font())
        summary_font.setBold(True)
        self.summary_label.setFont(summary_font)
        self.summary_label.setWordWrap(True)
        self.setup_label.setWordWrap(True)
        self.setup_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.summary_label)
        text.addWidget(self.setup_label, stretch=1)
        header = QHBoxLayout()
        header.addWidget(self.illustration, alignment=Qt.AlignmentFlag.AlignTop)
        header.addLayout(text, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def _parameter_row(self, parameter: Parameter) -> QWidget:
        row = QWidget(self)
        box = QSpinBox(row)
        box.setRange(parameter.low, parameter.high)
        box.setValue(parameter.default)
        suffix = UNIT_SUFFIX[parameter.unit]
        box.setSuffix(translate("SessionDetails", suffix) if suffix else "")
        box.setAccessibleName(parameter.label)
        box.setAccessibleDescription(
            translate("SessionDetails", "Allowed {range}. {note}").format(
                range=parameter.describe_range(), note=parameter.note
            )
        )
        box.valueChanged.connect(self.update_summary)
        box.valueChanged.connect(self.values_changed)
        self.spin_boxes[parameter.name] = box
        hint = QLabel(
            translate("SessionDetails", "{range} · {note}").format(
                range=parameter.describe_range(), note=parameter.note
            ),
            row,
        )
        hint.setWordWrap(True)
        hint_font = QFont(hint.font())
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        hint.setFont(hint_font)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addWidget(hint, stretch=1)
        return row
