"""The tabs not chosen show their accents whole ("Übungen", not "Ubungen")."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.qt.tab_bar import AccentSafeTabBar


def ink_top(image: QImage, left: int, right: int) -> int:
    """The first row, from the top, with text-dark pixels between `left` and `right`."""
    for y in range(image.height()):
        if any(image.pixelColor(x, y).lightness() < 110 for x in range(left, right)):
            return y
    return image.height()


def second_tab_ink_top(qtbot: QtBot, bar: QTabBar, title: str) -> int:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.setTabBar(bar)
    for text in ("Heute", title, "Verlauf"):
        tabs.addTab(QWidget(), text)
    tabs.resize(400, 120)
    tabs.show()
    qtbot.waitExposed(tabs)
    rect = bar.tabRect(1)
    image = bar.grab().toImage()
    return ink_top(image, rect.left() + 6, rect.left() + 20)  # the first letter


def test_the_dots_of_a_tab_not_chosen_are_drawn(qtbot: QtBot) -> None:
    with_dots = second_tab_ink_top(qtbot, AccentSafeTabBar(), "Übungen")
    without = second_tab_ink_top(qtbot, AccentSafeTabBar(), "Ubungen")
    assert with_dots < without


def test_the_check_sees_the_dots_cut_off_by_a_plain_tab_bar(qtbot: QtBot) -> None:
    """Qt's own tab bar under Fusion, offscreen: the dots fall outside the tab."""
    assert second_tab_ink_top(qtbot, QTabBar(), "Übungen") == second_tab_ink_top(
        qtbot, QTabBar(), "Ubungen"
    )
