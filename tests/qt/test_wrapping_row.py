"""A row of control groups goes onto two lines when it would not fit, never wider."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.qt.wrapping_row import WrappingRow


def a_row(qtbot: QtBot, width: int) -> tuple[QWidget, WrappingRow]:
    page = QWidget()
    qtbot.addWidget(page)
    row = WrappingRow(page)
    for words in (("A first, rather long button", "and another"), ("A second group", "of two")):
        group = row.add_group()
        for text in words:
            group.addWidget(QPushButton(text, row))
    QVBoxLayout(page).addWidget(row)
    page.resize(width, 200)
    page.show()
    qtbot.waitExposed(page)
    return page, row


def test_the_groups_stand_side_by_side_when_they_fit(qtbot: QtBot) -> None:
    _page, row = a_row(qtbot, 1200)
    assert row.is_one_line()


def test_the_groups_go_one_under_the_other_when_they_do_not(qtbot: QtBot) -> None:
    page, row = a_row(qtbot, 1200)
    one_line = row.sizeHint().width()
    page.resize(one_line - 40, 200)
    QApplication.processEvents()  # the resize and the layout request it posts
    assert not row.is_one_line()
    assert row.minimumSizeHint().width() < one_line - 40
    assert row.width() <= page.width()
