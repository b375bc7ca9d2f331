"""The running session, readable from the floor: the phase in words and colour, huge digits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core.events import PauseReason, RunState, Snapshot
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.session import PhaseKind
from hamtimer.qt import theme
from hamtimer.qt.big_digits import BigDigits
from hamtimer.qt.pain_strip import PainStrip
from hamtimer.qt.phase_style import PhaseLook, format_clock, look_for
from hamtimer.qt.theme_colours import Theme

# Text sizes as fractions of the runner's height, so everything grows with the window; and
# never below a multiple of the system's text size (each label's text_factor), so they follow it.
TEXT_SCALE = {"phase": 0.085, "rep": 0.05, "instruction": 0.032, "note": 0.028}
# In floor mode the digits take the room: the words shrink, the instruction is hidden.
FLOOR_TEXT_SCALE = {"phase": 0.06, "rep": 0.04, "instruction": 0.032, "note": 0.03}
PROGRESS_STEPS = 100  # 1 %: a step every 9 s of a 15-minute ice; each one repaints the bar
SUSPEND_NOTE = QT_TRANSLATE_NOOP(
    "RunnerView", "Paused: your computer was asleep. Press Space to go on."
)
PAUSE_NOTE = QT_TRANSLATE_NOOP("RunnerView", "Paused. Press Space to go on.")
FLOOR_PAUSE_NOTE = QT_TRANSLATE_NOOP("RunnerView", "Paused. Press any key to go on.")


class RunnerView(QWidget):
    """Shows Snapshots; forwards button presses.

    Signals:
        pause_clicked(), skip_clicked(), back_clicked(), stop_clicked(), full_screen_clicked()
        sharp_pain_clicked(): stop now, because it hurts.
    """

    pause_clicked = Signal()
    skip_clicked = Signal()
    back_clicked = Signal()
    stop_clicked = Signal()
    full_screen_clicked = Signal()
    sharp_pain_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runner")
        # A plain QWidget paints a style-sheet background only with this attribute.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.phase_label = self._label("phase", 2.8, bold=True)
        self.digits = BigDigits(self)
        self.rep_label = self._label("rep", 2.0, bold=True)
        self.instruction_label = self._label("instruction", 1.6)
        self.instruction_label.setWordWrap(True)
        self.note_label = self._label("note", 1.4)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.progress.setAccessibleName(translate("RunnerView", "Session progress"))
        self.progress.setAccessibleDescription(
            translate("RunnerView", "How much of the whole session is done")
        )
        self.back_button = self._button(
            translate("RunnerView", "Back"),
            translate("RunnerView", "Go back to the start of this phase (Left)"),
        )
        self.pause_button = self._button(
            translate("RunnerView", "Pause"), translate("RunnerView", "Pause or resume (Space)")
        )
        self.skip_button = self._button(
            translate("RunnerView", "Skip"),
            translate("RunnerView", "Skip to the next phase (Right)"),
        )
        self.stop_button = self._button(
            translate("RunnerView", "Stop"),
            translate("RunnerView", "Stop the session and log it (Esc)"),
        )
        self.full_screen_button = self._button(
            translate("RunnerView", "Full screen"),
            translate("RunnerView", "Full screen on or off (F)"),
        )
        self.sharp_pain_button = self._button(
            translate("RunnerView", "Sharp pain — stop (P)"),
            translate("RunnerView", "Stop at once because of sharp pain; logged, no question (P)"),
        )
        self.sharp_pain_button.setAccessibleName(translate("RunnerView", "Sharp pain: stop now"))
        self.pain_before = PainStrip(
            translate("RunnerView", "How much does it hurt now, before you start?"), self
        )
        self.floor_mode = False
        self._connect()
        self._lay_out()
        self._last_style = ""
        self._shown_words: tuple[object, ...] = ()
        self._snapshot: Snapshot | None = None
        theme.on_change(self, self._recolour)

    def set_floor_mode(self, on: bool) -> None:
        """Floor mode: the digits as big as the window allows, the words few and short."""
        self.floor_mode = on
        self.instruction_label.setVisible(not on)
        self.digits.allow_condensed(on)
        margin = 4 if on else 9
        self._layout.setContentsMargins(margin, margin, margin, margin)
        if self._snapshot is not None:
            self._show_note(self._snapshot)
        self._scale_text()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Each second only the digits (and now and then the bar) change: the words and
        colours are set only when the phase, the rep or the pause state changes."""
        self._snapshot = snapshot
        look = look_for(snapshot)
        words = (look, snapshot.phase, snapshot.rep_line, snapshot.state, snapshot.pause_reason)
        if words != self._shown_words:
            self._shown_words = words
            self._show_words(snapshot, look)
        time_left = format_clock(snapshot.display_seconds)
        self.digits.show_time(time_left, look.foreground, look.background)
        step = round(snapshot.overall_ratio * PROGRESS_STEPS)
        if step != self.progress.value():  # setValue repaints at once, even when unchanged
            self.progress.setValue(step)

    def _show_words(self, snapshot: Snapshot, look: PhaseLook) -> None:
        self.phase_label.setText(look.word)
        phase = snapshot.phase
        self.rep_label.setText(snapshot.rep_line)
        getting_ready = phase is not None and phase.kind is PhaseKind.GET_READY
        self.pain_before.setVisible(getting_ready and snapshot.state.is_under_way)
        self.instruction_label.setText(phase.instruction if phase else "")
        paused = snapshot.state is RunState.PAUSED
        pause_word = (
            translate("RunnerView", "Resume") if paused else translate("RunnerView", "Pause")
        )
        self.pause_button.setText(pause_word)
        self.pause_button.setAccessibleName(pause_word)
        self._show_note(snapshot)
        self._apply_colours(look.background, look.foreground)

    def _show_note(self, snapshot: Snapshot) -> None:
        paused = snapshot.state is RunState.PAUSED
        note = FLOOR_PAUSE_NOTE if self.floor_mode else PAUSE_NOTE
        if snapshot.pause_reason is PauseReason.SUSPEND:
            note = SUSPEND_NOTE
        self.note_label.setText(translate("RunnerView", note) if paused else "")
        self.note_label.setVisible(paused or not self.floor_mode)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._scale_text()

    def _scale_text(self) -> None:
        scale = FLOOR_TEXT_SCALE if self.floor_mode else TEXT_SCALE
        for label in (self.phase_label, self.rep_label, self.instruction_label, self.note_label):
            font = QFont(label.font())
            floor = theme.text_pixels(label.property("text_factor"))
            font.setPixelSize(max(floor, round(self.height() * scale[label.objectName()])))
            label.setFont(font)

    def _apply_colours(self, background: str, foreground: str) -> None:
        style = (
            f"QWidget#runner {{ background: {background}; }}"
            f"QWidget#runner QLabel {{ color: {foreground}; }}"
        )
        if style != self._last_style:
            self._last_style = style
            self.setStyleSheet(style)

    def _recolour(self, _theme: Theme) -> None:
        look = self._shown_words[0] if self._shown_words else None
        if isinstance(look, PhaseLook):
            self._apply_colours(look.background, look.foreground)
            self.digits.set_colours(look.foreground, look.background)

    def _label(self, name: str, text_factor: float, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("text_factor", text_factor)
        label.setFont(theme.scaled_font(label.font(), text_factor, bold=bold))
        return label

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setMinimumHeight(44)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back_clicked)
        self.pause_button.clicked.connect(self.pause_clicked)
        self.skip_button.clicked.connect(self.skip_clicked)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.full_screen_button.clicked.connect(self.full_screen_clicked)
        self.sharp_pain_button.clicked.connect(self.sharp_pain_clicked)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.stop_button,
            self.full_screen_button,
            self.sharp_pain_button,
        ):
            buttons.addWidget(button)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.digits, stretch=1)
        layout.addWidget(self.rep_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.instruction_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.pain_before)
        layout.addLayout(buttons)
