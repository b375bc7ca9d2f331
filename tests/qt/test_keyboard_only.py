"""With the keyboard alone: Tab reaches every control of every page, and shows where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hamtimer.core.clock import FakeClock
from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.qt.keys_dialog import KeysDialog
from tests.custom_sessions import builtins

from .conftest import Harness, make_harness

INTERACTIVE = (
    QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider, QAbstractItemView,
    QTabBar,
)  # fmt: skip


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
    return f"{type(widget).__name__} {name or widget.objectName()!r}"


def controls(root: QWidget) -> set[QWidget]:
    """The enabled, visible controls a patient could use, less the parts of other controls
    (a spin box's editor, a list's scroll bars, which the list's own keys move)."""
    return {
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisible()
        and widget.isEnabled()
        and not isinstance(widget, QHeaderView)  # the table's, worked from the table
        and widget.window() is root.window()
        and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
        and not _scroll_bar_of_a_view(widget)
    }


def _scroll_bar_of_a_view(widget: QWidget) -> bool:
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QAbstractScrollArea) and ancestor.viewport() is not widget:
            return isinstance(widget, QAbstractSlider) and not ancestor.viewport().isAncestorOf(
                widget
            )
        ancestor = ancestor.parentWidget()
    return False


def tab_through(qtbot: QtBot, harness: Harness, presses: int) -> set[QWidget]:
    """Press Tab `presses` times, as a keyboard would, and keep each widget it lands on."""
    window = harness.window
    window.activateWindow()
    qtbot.waitActive(window)
    visited: set[QWidget] = set()
    for _ in range(presses):
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None:
            visited.add(focused)
    return visited


def unreachable(qtbot: QtBot, harness: Harness) -> list[str]:
    wanted = controls(harness.window)
    visited = tab_through(qtbot, harness, 2 * len(wanted) + 10)
    return sorted(describe(widget) for widget in wanted - visited)


def test_tab_reaches_every_control_of_each_home_tab(qtbot: QtBot, seeded_harness: Harness) -> None:
    window = seeded_harness.window
    missing: dict[str, list[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        missing[window.tabs.tabText(index)] = unreachable(qtbot, seeded_harness)
    assert missing == {name: [] for name in missing}


def test_tab_reaches_every_control_of_the_runner_and_the_done_screen(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.window.start_session("bridge-hold")
    in_runner = unreachable(qtbot, harness)
    harness.run_to_end()
    assert harness.window.stack.currentWidget() is harness.window.done_view
    assert (in_runner, unreachable(qtbot, harness)) == ([], [])


def test_tab_reaches_every_control_in_floor_mode(qtbot: QtBot, harness: Harness) -> None:
    harness.window.sound_controls.preferences.update(floor_mode=True)
    harness.window.start_session("bridge-hold")
    assert unreachable(qtbot, harness) == []


def ring_pixels(image: QImage, highlight: QColor) -> int:
    return sum(
        image.pixelColor(x, y) == highlight
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_control_with_the_focus_has_a_ring_in_the_highlight_colour(
    qtbot: QtBot, harness: Harness
) -> None:
    window = harness.window
    harness.window.start_session("bridge-hold")
    button = window.runner_view.pause_button
    around = QRect(button.pos(), button.size()).adjusted(-3, -3, 3, 3)
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    before = ring_pixels(window.runner_view.grab(around).toImage(), highlight)
    window.activateWindow()
    qtbot.waitActive(window)
    for _ in range(10):
        if button.hasFocus():
            break
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    after = ring_pixels(window.runner_view.grab(around).toImage(), highlight)
    perimeter = 2 * (around.width() + around.height())
    assert (before, after >= perimeter) == (0, True)


@pytest.fixture
def with_sessions_menu(qtbot: QtBot, data_dir: Path) -> Harness:
    """The window as the app makes it, with the Sessions menu for the patient's own."""
    store = CustomSessionStore(data_dir / "sessions", builtins())
    store.load()
    return make_harness(qtbot, data_dir, FakeClock(), custom_store=lambda _answers, _errors: store)


def test_the_keys_dialog_lists_every_key_in_a_table(with_sessions_menu: Harness) -> None:
    harness = with_sessions_menu
    harness.window.menus.keys_action.trigger()
    dialog = harness.window.menus.keys_dialog
    assert isinstance(dialog, KeysDialog) and dialog.isVisible()
    keys = [dialog.keys_table.item(row, 0).text() for row in range(dialog.keys_table.rowCount())]
    assert keys == ["Space", "Esc", "P", "0–9, +", "Right / Left", "F", "M", "Tab / Shift+Tab",
                    "Ctrl+Q", "Ctrl+N", "F2", "Ctrl+D", "Ctrl+Z", "Ctrl+I"]  # fmt: skip
    what = dialog.keys_table.item(keys.index("F2"), 1).text()
    assert harness.window.session_menu is not None
    assert what == harness.window.session_menu.edit_action.text().replace("&", "")
    floor = [dialog.floor_table.item(row, 0).text() for row in range(dialog.floor_table.rowCount())]
    assert floor[-1] == "Any other key"


def test_every_menu_shortcut_of_the_window_is_in_the_keys_dialog(
    with_sessions_menu: Harness,
) -> None:
    harness = with_sessions_menu
    harness.window.menus.keys_action.trigger()
    dialog = harness.window.menus.keys_dialog
    assert dialog is not None
    listed = {dialog.keys_table.item(row, 0).text() for row in range(dialog.keys_table.rowCount())}
    shortcuts = {
        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for action in harness.window.findChildren(QAction)
    } - {""}
    assert shortcuts and shortcuts <= listed
