"""A 0–10 pain rating in one key press (0–9, and + for 10) or one click; ignoring it skips it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.journal import MAX_RATING

KEY_HINT = QT_TRANSLATE_NOOP("PainStrip", "keys 0–9, + for 10")
QUESTION_MIN_CHARS = 24  # narrower than this beside the buttons, the question goes above them


def rating_for_key(text: str) -> int | None:
    """The rating a key stands for: '0'–'9', and '+' for 10."""
    if text == "+":
        return MAX_RATING
    return int(text) if len(text) == 1 and text.isdigit() else None


class PainStrip(QWidget):
    """Signals:
    rated(int): the rating chosen, 0–10.
    """

    rated = Signal(int)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(question)
        self.setAccessibleDescription(
            translate("PainStrip", "0 = none, 10 = worst; {keys}").format(
                keys=translate("PainStrip", KEY_HINT)
            )
        )
        text = translate("PainStrip", "{question} ({keys}; 0 = none, 10 = worst)")
        self.question = QLabel(
            text.format(question=question, keys=translate("PainStrip", KEY_HINT)), self
        )
        self.question.setWordWrap(True)
        font = QFont(self.question.font())
        font.setPointSize(font.pointSize() + 3)
        self.question.setFont(font)
        self.answer = QLabel(self)
        self.buttons: list[QPushButton] = []
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.question, stretch=1)
        row = self._row = QHBoxLayout()
        self._layout.addLayout(row)
        for rating in range(MAX_RATING + 1):
            button = QPushButton(str(rating), self)
            button.setAccessibleName(
                translate("PainStrip", "Pain {rating} of 10").format(rating=rating)
            )
            button.setFixedWidth(max(40, button.fontMetrics().horizontalAdvance("10") + 24))
            button.setMinimumHeight(36)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, value=rating: self.choose(value))
            self.buttons.append(button)
            row.addWidget(button)
        row.addWidget(self.answer)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """The question beside the buttons when there is room for it, else above them (large
        text, long languages, a small screen)."""
        super().resizeEvent(event)
        room = event.size().width() - self._row.sizeHint().width()
        wanted = self.question.fontMetrics().averageCharWidth() * QUESTION_MIN_CHARS
        direction = QBoxLayout.Direction
        self._layout.setDirection(
            direction.LeftToRight if room >= wanted else direction.TopToBottom
        )

    def reset(self) -> None:
        self.answer.setText("")
        for button in self.buttons:
            button.setEnabled(True)

    @property
    def answered(self) -> bool:
        return bool(self.answer.text())

    def choose(self, rating: int) -> None:
        """Record one answer; later presses are ignored until reset()."""
        if self.answered:
            return
        self.answer.setText(translate("PainStrip", "✓ {rating} of 10").format(rating=rating))
        for button in self.buttons:
            button.setEnabled(False)
        self.rated.emit(rating)
