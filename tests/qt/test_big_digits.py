"""The big digits: a new second repaints only the digit that changed, and nothing under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QImage, qBlue, qGreen, qRed
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.qt import big_digits
from hamtimer.qt.big_digits import BigDigits

from .conftest import Harness

ICE_BACKGROUND, ICE_FOREGROUND = "#00838F", "#FFFFFF"


class PaintLog(QObject):
    """Notes every Paint event `root` and the widgets inside it receive, with the painted
    rectangle in `root`'s coordinates."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.painted: list[tuple[QWidget, QRect]] = []
        for widget in [root, *root.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            assert isinstance(watched, QWidget)
            rect = event.rect()  # type: ignore[attr-defined]
            self.painted.append((watched, rect.translated(watched.mapTo(self.root, QPoint()))))
        return False

    def inside(self, widget: QWidget) -> list[QRect]:
        """What was painted of `widget` and the widgets inside it."""
        return [
            rect
            for painted, rect in self.painted
            if painted is widget or widget.isAncestorOf(painted)
        ]


def shown_digits(qtbot: QtBot, text: str, width: int = 900, height: int = 400) -> BigDigits:
    digits = BigDigits()
    qtbot.addWidget(digits)
    digits.resize(width, height)
    digits.set_colours(ICE_FOREGROUND, ICE_BACKGROUND)
    digits.set_text(text)
    digits.show()
    qtbot.waitExposed(digits)
    QApplication.processEvents()
    return digits


def on_screen(widget: QWidget) -> QImage:
    """What the window system was last given for `widget`, not a fresh rendering."""
    QApplication.processEvents()
    return QApplication.primaryScreen().grabWindow(widget.winId()).toImage()


@pytest.mark.parametrize(("before", "after"), [("14:59", "14:58"), ("15", "14")])
def test_a_new_second_repaints_only_the_last_digit(qtbot: QtBot, before: str, after: str) -> None:
    digits = shown_digits(qtbot, before)
    paints = PaintLog(digits)
    digits.set_text(after)
    QApplication.processEvents()
    [painted] = paints.inside(digits)
    last, before_last = digits.glyphs()[-1].cell, digits.glyphs()[-2].cell
    assert last.contains(painted)
    assert not painted.intersects(before_last)


def test_the_same_second_shown_again_repaints_nothing(qtbot: QtBot) -> None:
    digits = shown_digits(qtbot, "14:59")
    paints = PaintLog(digits)
    digits.set_text("14:59")
    QApplication.processEvents()
    assert paints.painted == []


@pytest.mark.parametrize("texts", [("10:00", "9:59", "9:58", "9:49", "9:48"), ("10", "9", "8")])
def test_a_digit_repainted_alone_looks_as_if_the_whole_time_were_drawn_afresh(
    qtbot: QtBot, texts: tuple[str, ...]
) -> None:
    digits = shown_digits(qtbot, texts[0])
    for text in texts[1:]:
        digits.set_text(text)
        QApplication.processEvents()
    step_by_step = on_screen(digits)
    digits.update()
    assert on_screen(digits) == step_by_step
    fresh = shown_digits(qtbot, texts[-1])
    assert on_screen(fresh) == step_by_step


def test_past_the_pixmap_budget_the_digits_are_drawn_directly_and_look_the_same(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = on_screen(shown_digits(qtbot, "12:34", 300, 140))
    monkeypatch.setattr(big_digits, "PIXMAP_BUDGET_BYTES", 0)
    digits = shown_digits(qtbot, "12:35", 300, 140)
    digits.set_text("12:34")
    assert largest_difference(on_screen(digits), cached) <= 4  # antialiasing rounding


def largest_difference(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return max(
        abs(channel(first.pixel(x, y)) - channel(second.pixel(x, y)))
        for y in range(first.height())
        for x in range(first.width())
        for channel in (qRed, qGreen, qBlue)
    )


@pytest.mark.parametrize("text", ["5", "14:59"])
def test_a_change_of_colour_redraws_every_digit_in_the_new_colour(qtbot: QtBot, text: str) -> None:
    digits = shown_digits(qtbot, text)
    digits.set_colours("#1A1A1A", "#FFB300")
    image = on_screen(digits)
    for glyph in digits.glyphs():
        colours = colours_in(image, glyph.cell)
        assert "#1a1a1a" in colours and "#ffffff" not in colours, glyph.char
        assert ICE_BACKGROUND.lower() not in colours
    assert image.pixelColor(0, 0).name() == "#ffb300"


def colours_in(image: QImage, cell: QRect) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(cell.left(), cell.right(), 3)
        for y in range(cell.top(), cell.bottom(), 3)
    }


def test_a_second_of_the_ice_timer_repaints_the_last_digit_alone_and_once(
    harness: Harness,
) -> None:
    window, view = harness.window, harness.window.runner_view
    window.start_session("ice", {"get_ready_s": 5})
    harness.run_until(lambda: view.digits.text() == "14:58")
    QApplication.processEvents()
    paints = PaintLog(view)
    assert harness.waker.delay_s is not None
    harness.clock.advance(harness.waker.delay_s / 2)  # an early wake: the same second
    window.runner.refresh()
    QApplication.processEvents()
    assert paints.painted == []
    harness.run_until(lambda: view.digits.text() == "14:57")
    QApplication.processEvents()
    last_digit = view.digits.glyphs()[-1].cell.translated(view.digits.pos())
    [painted] = paints.inside(view.digits)
    assert last_digit.contains(painted)
    bar = view.progress.geometry()
    elsewhere = [rect for _, rect in paints.painted if not bar.contains(rect)]
    assert elsewhere == [painted]  # no label, no background: at most the bar besides
