"""A 0–10 pain rating in one key press (0–9, and + for 10) or one click; ignoring it skips it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.journal import MAX_RATING

KEY_HINT = QT_TRANSLATE_NOOP("PainStrip", "keys 0–9, + for 10")


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question, stretch=1)
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
            layout.addWidget(button)
        layout.addWidget(self.answer)

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
