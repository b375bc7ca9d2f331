"""The Today page: red flags first, the stage and what today asks, each startable in one click,
the RICE checklist, the morning rating and the next stage when it is offered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from hamtimer.core.journal import RICE_ITEMS
from hamtimer.core.patient_program import Overview
from hamtimer.core.red_flags import advice
from hamtimer.qt import theme
from hamtimer.qt.pain_strip import PainStrip
from hamtimer.qt.theme_colours import Theme


def flag_style(colours: Theme) -> str:
    flags = colours.flags
    return (
        f"QLabel#flags {{ background: {flags.background}; color: {flags.foreground};"
        " padding: 12px; border-radius: 4px; }"
    )


RICE_LABELS = {
    "rest": QT_TRANSLATE_NOOP("TodayView", "Rest"),
    "ice": QT_TRANSLATE_NOOP("TodayView", "Ice"),
    "compression": QT_TRANSLATE_NOOP("TodayView", "Compression"),
    "elevation": QT_TRANSLATE_NOOP("TodayView", "Elevation"),
}


class TodayView(QScrollArea):
    """Signals:
    start_requested(str): a session id, started with its defaults.
    onset_chosen(object): the date the pain started.
    move_requested(str, str): a stage id and how ('moved on' or 'stepped back').
    rice_changed(object): the RICE items ticked today (list[str]).
    morning_rated(int), reinjury_marked(), limits_daily_life_marked()
    """

    start_requested = Signal(str)
    onset_chosen = Signal(object)
    move_requested = Signal(str, str)
    rice_changed = Signal(object)
    morning_rated = Signal(int)
    reinjury_marked = Signal()
    limits_daily_life_marked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        page = QWidget(self)
        self.setWidget(page)
        self.flags_label = _label(page, "flags", wrap=True)
        theme.restyle(self.flags_label, flag_style)
        self.stage_label = _label(page, "stage", size=1.7, bold=True, wrap=True)
        self.stage_summary = _label(page, "stage_summary", wrap=True)
        self.advice_label = _label(page, "advice", wrap=True)
        self.onset_edit = QDateEdit(page)
        self.onset_edit.setCalendarPopup(True)
        self.onset_edit.setDisplayFormat("d MMMM yyyy")
        self.onset_edit.setAccessibleName(translate("TodayView", "The day the pain started"))
        self.onset_button = QPushButton(translate("TodayView", "Save"), page)
        self.onset_button.setAccessibleName(translate("TodayView", "Save the day the pain started"))
        self.items_box = QGroupBox(translate("TodayView", "Today"), page)
        self.items_grid = QGridLayout(self.items_box)
        self.items_grid.setColumnStretch(0, 1)
        self.start_buttons: dict[str, QPushButton] = {}
        self.item_labels: dict[str, QLabel] = {}
        self.rice_box = QGroupBox(translate("TodayView", "RICE today"), page)
        self.rice_checks = {
            item: QCheckBox(translate("TodayView", RICE_LABELS[item]), self.rice_box)
            for item in RICE_ITEMS
        }
        self.morning = PainStrip(translate("TodayView", "How does it feel this morning?"), page)
        self.offer_box = QGroupBox(translate("TodayView", "Next stage"), page)
        self.offer_label = _label(self.offer_box, "offer", wrap=True)
        self.move_button = QPushButton(translate("TodayView", "Move on"), self.offer_box)
        self.back_combo = QComboBox(page)
        self.back_combo.setAccessibleName(
            translate("TodayView", "An earlier stage to step back to")
        )
        self.back_button = QPushButton(translate("TodayView", "Step back"), page)
        self.reinjury_button = QPushButton(translate("TodayView", "I re-injured it"), page)
        self.limits_button = QPushButton(
            translate("TodayView", "It limits my daily activities"), page
        )
        self._next_stage_id = ""
        self.due_ids: list[str] = []  # what Space starts on Today: the first still due
        self._lay_out(page)
        self._connect()

    def add_banner(self, banner: QWidget) -> None:
        """A reminder banner goes first, above the red flags."""
        page = self.widget()
        layout = page.layout() if page is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, banner)

    def show_overview(self, overview: Overview, today: date) -> None:
        self._show_flags(overview)
        stage = overview.stage
        self.stage_label.setText(
            translate("TodayView", "Stage {number} of {count} · {name}").format(
                number=format_number(stage.number), count=format_number(4), name=stage.name
            )
        )
        self.stage_summary.setText(stage.summary)
        self.advice_label.setText("\n".join(f"•  {line}" for line in stage.advice))
        self.onset_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        if overview.onset is not None and not self.onset_edit.hasFocus():
            onset = overview.onset
            self.onset_edit.setDate(QDate(onset.year, onset.month, onset.day))
        self._show_items(overview)
        self.rice_box.setVisible(stage.rice)
        for item, check in self.rice_checks.items():
            check.blockSignals(True)
            check.setChecked(item in overview.rice_today)
            check.blockSignals(False)
        self.morning.setVisible(overview.wants_morning_rating)
        if overview.wants_morning_rating and self.morning.answered:
            self.morning.reset()
        self._show_offer(overview)

    # -- showing --------------------------------------------------------------------------

    def _show_flags(self, overview: Overview) -> None:
        if not overview.flags:
            self.flags_label.hide()
            return
        lines = [f"⚠  {flag.title} {flag.reasons}" for flag in overview.flags]
        self.flags_label.setText("\n".join([*lines, advice()]))
        self.flags_label.show()

    def _show_items(self, overview: Overview) -> None:
        while self.items_grid.count():
            taken = self.items_grid.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        self.start_buttons, self.item_labels = {}, {}
        self.due_ids = [item.session_id for item in overview.items if not item.complete]
        for row, item in enumerate(overview.items):
            label = _label(self.items_box, f"item_{item.session_id}")
            label.setText(("✓  " if item.complete else "○  ") + item.text())
            words = (
                translate("TodayView", "Again")
                if item.complete
                else translate("TodayView", "Start")
            )
            button = QPushButton(words, self.items_box)
            button.setAccessibleName(translate("TodayView", "Start {name}").format(name=item.name))
            button.setMinimumSize(160, 40)
            button.clicked.connect(
                lambda _=False, sid=item.session_id: self.start_requested.emit(sid)
            )
            self.items_grid.addWidget(label, row, 0)
            self.items_grid.addWidget(button, row, 1)
            self.item_labels[item.session_id], self.start_buttons[item.session_id] = label, button
        if not overview.items:
            rest = _label(self.items_box, "rest_day", text=translate("TodayView", "Rest today."))
            self.items_grid.addWidget(rest, 0, 0)

    def _show_offer(self, overview: Overview) -> None:
        offer = overview.offer
        self.offer_box.setVisible(offer is not None)
        if offer is not None:
            marks = [f"{'✓' if c.met else '○'}  {c.text}" for c in offer.conditions]
            heading = (
                translate("TodayView", "You can move on to: {stage}")
                if offer.ready
                else translate("TodayView", "Next: {stage}")
            )
            self.offer_label.setText("\n".join([heading.format(stage=offer.stage.name), *marks]))
            self.move_button.setEnabled(offer.ready)
            move = translate("TodayView", "Move on to {stage}").format(stage=offer.stage.name)
            self.move_button.setText(move)
            self.move_button.setAccessibleName(move)
            self._next_stage_id = offer.stage.id
        self.back_combo.clear()
        for stage in overview.earlier:
            self.back_combo.addItem(stage.name, stage.id)
        self.back_combo.setEnabled(bool(overview.earlier))
        self.back_button.setEnabled(bool(overview.earlier))

    # -- building -------------------------------------------------------------------------

    def _connect(self) -> None:
        self.onset_button.clicked.connect(
            lambda: self.onset_chosen.emit(self.onset_edit.date().toPython())
        )
        self.move_button.clicked.connect(
            lambda: self.move_requested.emit(self._next_stage_id, "moved on")
        )
        self.back_button.clicked.connect(
            lambda: self.move_requested.emit(str(self.back_combo.currentData()), "stepped back")
        )
        for check in self.rice_checks.values():
            check.toggled.connect(self._rice_toggled)
        self.morning.rated.connect(self.morning_rated)
        self.reinjury_button.clicked.connect(self.reinjury_marked)
        self.limits_button.clicked.connect(self.limits_daily_life_marked)

    def _rice_toggled(self) -> None:
        self.rice_changed.emit(
            [item for item, check in self.rice_checks.items() if check.isChecked()]
        )

    def _lay_out(self, page: QWidget) -> None:
        onset_row = QHBoxLayout()
        onset_row.addWidget(QLabel(translate("TodayView", "The pain started on"), page))
        onset_row.addWidget(self.onset_edit)
        onset_row.addWidget(self.onset_button)
        onset_row.addStretch(1)
        rice_row = QHBoxLayout(self.rice_box)
        for check in self.rice_checks.values():
            rice_row.addWidget(check)
        offer_layout = QVBoxLayout(self.offer_box)
        offer_layout.addWidget(self.offer_label)
        offer_layout.addWidget(self.move_button, alignment=Qt.AlignmentFlag.AlignLeft)
        back_row = QHBoxLayout()
        back_row.addWidget(QLabel(translate("TodayView", "Step back to"), page))
        back_row.addWidget(self.back_combo)
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        back_row.addWidget(self.reinjury_button)
        back_row.addWidget(self.limits_button)
        layout = QVBoxLayout(page)
        for label in (self.flags_label, self.stage_label, self.stage_summary):
            layout.addWidget(label)
        layout.addLayout(onset_row)
        widget: QWidget
        for widget in (
            self.morning,
            self.items_box,
            self.rice_box,
            self.advice_label,
            self.offer_box,
        ):
            layout.addWidget(widget)
        layout.addLayout(back_row)
        layout.addStretch(1)


def _label(
    parent: QWidget,
    name: str,
    *,
    size: float = 1.1,
    bold: bool = False,
    wrap: bool = False,
    text: str = "",
) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setFont(theme.scaled_font(label.font(), size, bold=bold))
    return label
