"""Test doubles for the Qt layer: a waker fired by hand, answers to questions given in advance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class FakeWaker:
    """Remembers the one wake-up the runner asked for; the test fires it."""

    def __init__(self) -> None:
        self.delay_s: float | None = None
        self._callback: Callable[[], None] | None = None

    def wake_in(self, seconds: float, callback: Callable[[], None]) -> None:
        self.delay_s, self._callback = seconds, callback

    def cancel(self) -> None:
        self.delay_s, self._callback = None, None

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        self.delay_s = None
        assert callback is not None, "nothing asked to be woken"
        callback()


class ScriptedAnswers:
    """Stands in for a yes/no dialog: answers in order, and records the questions."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.questions: list[str] = []

    def __call__(self, _parent: QWidget, question: str) -> bool:
        self.questions.append(question)
        return self.answers.pop(0)


class ErrorSink:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, _parent: QWidget, message: str) -> None:
        self.messages.append(message)
