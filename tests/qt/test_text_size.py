"""Every page at 150 % and 200 % of the system's text size, on real screen sizes: no text is
cut off, nothing is pushed out of sight, and the window still fits the screen. A long page
may scroll up and down (never sideways)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hamtimer.core.clock import FakeClock
from hamtimer.core.records import SHARP_PAIN
from hamtimer.qt.done_view import DoneView
from hamtimer.qt.keys_dialog import KeysDialog
from hamtimer.qt.language import Language
from hamtimer.qt.reminder_banner import ReminderBanner
from hamtimer.qt.session_details import SessionDetails
from hamtimer.qt.session_editor import SessionEditor
from hamtimer.qt.today_view import TodayView
from tests import seed
from tests.custom_sessions import a_store, per_side_draft

from .conftest import Harness, make_harness

SCREENS = [QSize(1280, 800), QSize(1920, 1080)]
TEXT_SIZES = [1.5, 2.0]
LANGUAGES = ["en", "es", "de"]  # German's words are the longest


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in one of its languages, as Settings → Language makes it at start."""
    installed = Language(request.param)
    installed.install(qapp)
    yield request.param
    installed.uninstall(qapp)


@pytest.fixture(params=TEXT_SIZES, ids=lambda factor: f"text {factor:.0%}")
def larger_text(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The system font at `factor` times its size, as a patient's desktop setting makes it."""
    factor: float = request.param
    system = QFont(qapp.font())
    larger = QFont(system)
    larger.setPointSizeF(system.pointSizeF() * factor)
    qapp.setFont(larger)
    yield factor
    qapp.setFont(system)


@pytest.fixture(params=SCREENS, ids=lambda size: f"{size.width()}x{size.height()}")
def screen(request: pytest.FixtureRequest) -> QSize:
    return QSize(request.param)


@pytest.fixture
def window_at(
    qtbot: QtBot, data_dir: Path, language: str, larger_text: float, screen: QSize
) -> Harness:
    """The window on the seeded history, built with the larger text, filling the screen."""
    seed.write(data_dir)
    made = make_harness(qtbot, data_dir, FakeClock(seed.NOW))
    made.window.resize(screen)
    made.window.tabs.setCurrentWidget(made.window.today_view)
    settle()
    return made


def settle() -> None:
    """Let Qt lay out what was shown or resized, and delete what was replaced (posted events;
    nothing waits for time)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def button_text_width(button: QAbstractButton) -> int:
    words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    style = button.style()
    frame = 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    return button.fontMetrics().horizontalAdvance(words) + frame + 4


def too_small(widget: QWidget) -> str:
    """Why `widget`'s text does not fit it, or '' when it does."""
    size, least = widget.size(), widget.minimumSizeHint()
    if isinstance(widget, QLabel) and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = QSize(least.width(), widget.heightForWidth(widget.width()))
        else:
            needed = widget.sizeHint()
    elif isinstance(widget, QCheckBox | QRadioButton):
        needed = widget.sizeHint()
    elif isinstance(widget, QAbstractButton):
        needed = QSize(button_text_width(widget), widget.fontMetrics().height())
    elif isinstance(widget, QLineEdit):
        needed = QSize(0, least.height())
    else:
        needed = least
    if size.width() < needed.width() or size.height() < needed.height():
        return f"{size.width()}×{size.height()} < {needed.width()}×{needed.height()}"
    return ""


CHECKED = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def is_part(widget: QWidget) -> bool:
    """The line in a spin box or combo box: checked as part of it."""
    return isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)


def name_of(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton | QLineEdit) else ""
    name = widget.objectName() or widget.accessibleName() or text[:40]
    return f"{type(widget).__name__} {name!r}"


def problems_in(top: QWidget, page: str) -> list[str]:
    """Each visible text that is cut off or pushed out of its parent, and sideways scrolling."""
    settle()
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{page}: {name_of(widget)} scrolls sideways")
        if not isinstance(widget, CHECKED) or is_part(widget):
            continue
        why = too_small(widget)
        if why:
            found.append(f"{page}: {name_of(widget)} is too small, {why}")
        parent = widget.parentWidget()
        if parent is not None and not parent.rect().contains(widget.geometry()):
            found.append(f"{page}: {name_of(widget)} is pushed out of {name_of(parent)}")
    return found


def window_problems(harness: Harness, screen: QSize, page: str) -> list[str]:
    window = harness.window
    problems = problems_in(window, page)
    if window.size() != screen:  # its minimum size grew it past the screen
        problems.append(f"{page}: the window needs {window.width()}×{window.height()}")
    return problems


def test_every_page_fits_its_text_at_larger_text_sizes(window_at: Harness, screen: QSize) -> None:
    window = window_at.window
    problems = window_problems(window_at, screen, "Today")
    window.tabs.setCurrentWidget(window.home)
    for session_id in window.sessions:
        window.home.select(session_id)
        problems += window_problems(window_at, screen, f"Exercises, {session_id}")
    window.tabs.setCurrentWidget(window.history_view)
    problems += window_problems(window_at, screen, "History")
    window.start_session("bridge-hold")
    problems += window_problems(window_at, screen, "runner, get ready")
    window_at.clock.advance(10 + 10 + 30 + 3.4)  # rep 2, mid-hold
    window.runner.refresh()
    problems += window_problems(window_at, screen, "runner, hold")
    window.runner.toggle_pause()
    problems += window_problems(window_at, screen, "runner, paused")
    window.runner.toggle_pause()
    window_at.run_to_end()
    problems += window_problems(window_at, screen, "done")
    window.show_home()
    window.start_session("windmill")
    window.stop_for_sharp_pain()
    problems += window_problems(window_at, screen, "stopped for sharp pain")
    assert window.last_record is not None and window.last_record.stop_reason == SHARP_PAIN
    window.show_home()
    window.sound_controls.preferences.update(floor_mode=True)
    window.start_session("bridge-hold")
    problems += problems_in(window, "floor mode, get ready")
    window.runner.toggle_pause()
    problems += problems_in(window, "floor mode, paused")
    window.runner.stop()
    assert not problems, "\n".join(problems)


def test_the_session_editor_fits_its_text_at_larger_text_sizes(
    qtbot: QtBot, data_dir: Path, language: str, larger_text: float
) -> None:
    editor = SessionEditor(a_store(data_dir / "sessions"), per_side_draft())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    problems = problems_in(editor, "session editor")
    assert not problems, "\n".join(problems)


def test_the_keyboard_shortcuts_fit_their_text_at_larger_text_sizes(
    qtbot: QtBot, language: str, larger_text: float
) -> None:
    keys = KeysDialog()
    qtbot.addWidget(keys)
    keys.show()  # as Help → Keyboard shortcuts shows it, without blocking
    qtbot.waitExposed(keys)
    problems = problems_in(keys, "keyboard shortcuts")
    assert not problems, "\n".join(problems)


def test_the_check_finds_text_cut_off_or_pushed_out_of_its_parent(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(200, 100)
    cut = QLabel("A sentence far too long for two hundred pixels", page)
    cut.setGeometry(0, 0, 200, 30)
    wrapped = QLabel("A wrapped sentence that needs more lines than it is given", page)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 120, 20)
    pushed = QPushButton("Go", page)
    pushed.setGeometry(180, 70, 60, 40)
    page.show()
    qtbot.waitExposed(page)
    found = problems_in(page, "test")
    assert len(found) == 3
    assert found[0].startswith("test: QLabel 'A sentence far too long") and "too small" in found[0]
    assert found[1].startswith("test: QLabel 'A wrapped sentence") and "too small" in found[1]
    assert found[2] == "test: QPushButton 'Go' is pushed out of QWidget ''"


@pytest.mark.parametrize("factor", [2.0])
def test_titles_grow_with_the_system_font(qtbot: QtBot, qapp: QApplication, factor: float) -> None:
    """Sizes are relative to the system's text, never fixed points that ignore it."""

    def title_pixels() -> list[int]:
        done, today = DoneView(), TodayView()
        details, banner = SessionDetails(), ReminderBanner()
        for widget in (done, today, details, banner):
            qtbot.addWidget(widget)
        labels = (done.title_label, done.details_label, today.stage_label,
                  details.title_label, banner.title_label)  # fmt: skip
        return [QFontInfo(label.font()).pixelSize() for label in labels]

    system = QFont(qapp.font())
    before = title_pixels()
    larger = QFont(system)
    larger.setPointSizeF(system.pointSizeF() * factor)
    qapp.setFont(larger)
    try:
        after = title_pixels()
    finally:
        qapp.setFont(system)
    assert [round(a / b, 1) for a, b in zip(after, before, strict=True)] == [factor] * 5
