"""The completion screen: what was done, and when another session is reasonable."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_time, translate
from hamtimer.core.plan import format_duration
from hamtimer.core.records import SHARP_PAIN, Outcome, SessionRecord, stop_reason_text
from hamtimer.core.session import PhaseKind, SessionDefinition
from hamtimer.qt import theme
from hamtimer.qt.pain_strip import PainStrip
from hamtimer.qt.phase_style import DONE_LOOK, STOPPED_LOOK
from hamtimer.qt.scrolling import scrolling

SHARP_PAIN_ADVICE = QT_TRANSLATE_NOOP(
    "DoneView",
    "You stopped because of sharp pain. The protocol says to stop at the first nagging "
    "pain: rest the leg, and ice it for 15–20 minutes wrapped in a towel. Go back a stage "
    "if this keeps happening. If the pain does not improve after 1–2 weeks, keeps getting "
    "worse or limits your daily activities, see a professional.",
)


ACTIVE_WORDS = {
    PhaseKind.HOLD: QT_TRANSLATE_NOOP("DoneView", "{time} held"),
    PhaseKind.WORK: QT_TRANSLATE_NOOP("DoneView", "{time} moving"),
    PhaseKind.STRETCH: QT_TRANSLATE_NOOP("DoneView", "{time} stretched"),
}
OF_EXERCISE = QT_TRANSLATE_NOOP("DoneView", "{time} of exercise")


def active_time(record: SessionRecord, definition: SessionDefinition) -> str:
    """'30 s held', '1 min 20 s moving', '80 s stretched': the words of the session's work."""
    kinds = {p.kind for p in definition.rep if p.kind in ACTIVE_WORDS}
    template = ACTIVE_WORDS[kinds.pop()] if len(kinds) == 1 else OF_EXERCISE
    return translate("DoneView", template).format(time=format_duration(record.actual_active_s))


def summary_lines(record: SessionRecord, definition: SessionDefinition) -> list[str]:
    """The completion summary in plain words."""
    done = translate("DoneView", "{done} of {planned} reps · {active}").format(
        done=record.reps_completed,
        planned=record.reps_planned,
        active=active_time(record, definition),
    )
    if definition.id == "ice":
        done = translate("DoneView", "Iced for {time}").format(
            time=format_duration(record.actual_active_s)
        )
    lines = [done]
    if record.outcome is Outcome.COMPLETED:
        lines.append(definition.done_message)
    elif record.stop_reason == SHARP_PAIN:
        lines.append(translate("DoneView", SHARP_PAIN_ADVICE))
    elif record.stop_reason:
        lines.append(
            translate("DoneView", "Stopped early ({reason}); what you did is logged.").format(
                reason=stop_reason_text(record.stop_reason)
            )
        )
    if definition.repeat_after_min:
        next_from = record.ended_at + timedelta(minutes=definition.repeat_after_min)
        lines.append(
            translate("DoneView", "{advice} Next one from about {time}.").format(
                advice=definition.repeat_advice, time=format_time(next_from.time())
            )
        )
    elif definition.repeat_advice:
        lines.append(definition.repeat_advice)
    return lines


class DoneView(QWidget):
    """Signals:
    back_clicked(): the patient is done reading.
    The `pain_after` strip's rated(int) is the rating after the session.
    """

    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setFont(theme.scaled_font(self.title_label.font(), 2.6, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_label.setFont(theme.scaled_font(self.details_label.font(), 1.5))
        self.back_button = QPushButton(translate("DoneView", "Back to sessions"), self)
        self.back_button.setAccessibleName(translate("DoneView", "Back to sessions"))
        self.back_button.setAccessibleDescription(
            translate("DoneView", "Back to the list of sessions (Space or Esc)")
        )
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.setMinimumHeight(44)
        self.back_button.clicked.connect(self.back_clicked)
        self.pain_after = PainStrip(
            translate("DoneView", "How much does it hurt now, after the session?"), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._scrolling(self.title_label, self.details_label), stretch=1)
        layout.addWidget(self.pain_after)
        layout.addWidget(self.back_button)

    def _scrolling(self, *labels: QLabel) -> QScrollArea:
        """The summary scrolls when it is taller than the window (large text, the long
        sharp-pain advice); the pain question and the button under it stay in sight."""
        summary = QWidget(self)
        column = QVBoxLayout(summary)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        for label in labels:
            column.addWidget(label)
        column.addStretch(1)
        scroller = scrolling(summary, self)
        scroller.viewport().setAutoFillBackground(False)
        summary.setAutoFillBackground(False)
        return scroller

    def show_record(self, record: SessionRecord, definition: SessionDefinition) -> None:
        look = DONE_LOOK if record.outcome is Outcome.COMPLETED else STOPPED_LOOK
        self.title_label.setText(
            translate("DoneView", "{outcome}: {session}").format(
                outcome=look.word, session=definition.name
            )
        )
        theme.restyle(
            self.title_label,
            lambda _theme: (
                f"background: {look.background}; color: {look.foreground}; padding: 16px;"
            ),
        )
        self.details_label.setText("\n\n".join(summary_lines(record, definition)))
        self.pain_after.reset()
