"""Floor mode: the session full screen with huge digits, and any key to pause or resume."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.core.events import RunState
from hamtimer.core.records import SHARP_PAIN, Outcome
from hamtimer.qt.runner_view import RunnerView

from .conftest import Harness

Key = Qt.Key
DIGIT_COLOUR = QColor("#FFFFFF")  # on every phase colour but get ready's
GET_READY_DIGIT_COLOUR = QColor("#1A1A1A")


def ink_height(image: QImage, area: QRect, ink: QColor) -> int:
    """The painted height of the digits: from the first to the last row of `area` in which
    some pixel is (nearly) the digits' colour."""
    rows = [
        y
        for y in range(area.top(), area.bottom() + 1)
        if any(_near(image.pixelColor(x, y), ink) for x in range(area.left(), area.right(), 2))
    ]
    return rows[-1] - rows[0] + 1 if rows else 0


def _near(colour: QColor, ink: QColor) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], ink.getRgb()[:3], strict=True))


def digit_height(
    qtbot: QtBot,
    top: QWidget,
    view: RunnerView,
    size: tuple[int, int],
    colour: QColor = DIGIT_COLOUR,
) -> int:
    top.showNormal()
    top.resize(*size)
    qtbot.waitUntil(lambda: top.size().toTuple() == size)
    QApplication.processEvents()  # the labels' new fonts move the layout once more
    digits = view.digits
    area = QRect(digits.mapTo(top, digits.rect().topLeft()), digits.size())
    return ink_height(top.grab().toImage(), area, colour)


def press(qtbot: QtBot, harness: Harness, key: Key) -> None:
    """A key pressed and let go, through the window system as a keyboard's would be."""
    qtbot.keyClick(harness.window.windowHandle(), key)


def hold(qtbot: QtBot, harness: Harness, key: Key) -> None:
    qtbot.keyPress(harness.window.windowHandle(), key)


def let_go(qtbot: QtBot, harness: Harness, key: Key) -> None:
    qtbot.keyRelease(harness.window.windowHandle(), key)


def floor_session(harness: Harness, session_id: str = "bridge-hold") -> None:
    harness.window.sound_controls.preferences.update(floor_mode=True)
    harness.window.start_session(session_id)


SHOWN = [
    ("bridge-hold", 0, "10"),  # get ready, with the pain question under the digits
    ("bridge-hold", 10 + 2.5, "8"),
    ("bridge-hold", 10 + 10 + 1, "29"),
    ("ice", 16, "14:59"),
]


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1024, 768)])
@pytest.mark.parametrize(("session_id", "seconds", "shown"), SHOWN)
def test_in_floor_mode_the_digits_are_at_least_40_percent_of_the_window_high(
    qtbot: QtBot,
    harness: Harness,
    size: tuple[int, int],
    session_id: str,
    seconds: float,
    shown: str,
) -> None:
    window = harness.window
    floor_session(harness, session_id)
    harness.clock.advance(seconds)
    window.runner.refresh()
    assert window.runner_view.digits.text() == shown
    colour = GET_READY_DIGIT_COLOUR if shown == "10" else DIGIT_COLOUR
    height = digit_height(qtbot, window, window.runner_view, size, colour)
    assert height >= 0.40 * size[1], f"{height} px of {size[1]}"


@pytest.mark.parametrize(("text", "colour"), [("8", "#C62828"), ("14:59", "#00838F")])
def test_on_an_800_by_600_screen_the_runner_gives_the_digits_40_percent(
    qtbot: QtBot, text: str, colour: str
) -> None:
    """The whole window cannot be this small (History's table is wider), so the runner is
    measured alone, 22 pixels shorter for the menu bar."""
    view = RunnerView()
    qtbot.addWidget(view)
    view.set_floor_mode(True)
    view.digits.show_time(text, DIGIT_COLOUR.name(), colour)
    view.show()
    assert digit_height(qtbot, view, view, (800, 600 - 22)) >= 0.40 * 600


def test_a_floor_mode_session_runs_full_screen_and_the_window_comes_back_after(
    harness: Harness,
) -> None:
    window = harness.window
    floor_session(harness)
    assert window.isFullScreen()
    assert not window.statusBar().isVisible()
    assert not window.runner_view.instruction_label.isVisible()
    harness.run_to_end()
    assert not window.isFullScreen()
    assert window.statusBar().isVisible()
    assert window.stack.currentWidget() is window.done_view
    assert all(shortcut.isEnabled() for shortcut in window.shortcuts)


def test_a_maximised_window_is_maximised_again_after_a_floor_session(harness: Harness) -> None:
    harness.window.showMaximized()
    floor_session(harness)
    harness.window.stop_for_sharp_pain()
    assert harness.window.windowState() == Qt.WindowState.WindowMaximized


def test_without_floor_mode_a_session_stays_in_the_window_and_letters_do_nothing(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.window.start_session("bridge-hold")
    press(qtbot, harness, Key.Key_A)
    assert not harness.window.isFullScreen()
    assert harness.state is RunState.RUNNING
    assert harness.window.runner_view.instruction_label.isVisible()


def test_turning_floor_mode_on_during_a_session_applies_at_once(harness: Harness) -> None:
    harness.window.start_session("bridge-hold")
    harness.window.sound_controls.preferences.update(floor_mode=True)
    assert harness.window.isFullScreen()
    harness.window.sound_controls.preferences.update(floor_mode=False)
    assert not harness.window.isFullScreen()


@pytest.mark.parametrize(
    "key", [Key.Key_A, Key.Key_Return, Key.Key_Up, Key.Key_F5, Key.Key_5, Key.Key_Delete]
)
def test_in_floor_mode_any_other_key_pauses_and_resumes(
    qtbot: QtBot, harness: Harness, key: Key
) -> None:
    floor_session(harness)
    harness.run_until(lambda: harness.window.runner_view.phase_label.text() == "HOLD")
    press(qtbot, harness, key)
    assert harness.state is RunState.PAUSED
    assert harness.window.runner_view.note_label.text() == "Paused. Press any key to go on."
    press(qtbot, harness, key)
    assert harness.state is RunState.RUNNING


def test_in_floor_mode_a_digit_in_get_ready_rates_the_pain_and_does_not_pause(
    qtbot: QtBot, harness: Harness
) -> None:
    floor_session(harness)
    press(qtbot, harness, Key.Key_4)
    assert harness.state is RunState.RUNNING
    assert harness.window.runner_view.pain_before.answer.text() == "✓ 4 of 10"


def test_in_floor_mode_esc_still_asks_to_stop_and_p_stops_for_sharp_pain(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.answers.answers.append(False)
    floor_session(harness)
    press(qtbot, harness, Key.Key_Escape)
    assert len(harness.answers.questions) == 1
    assert harness.state is RunState.RUNNING
    press(qtbot, harness, Key.Key_P)
    [record] = harness.log_store.records
    assert (record.outcome, record.stop_reason) == (Outcome.STOPPED, SHARP_PAIN)


def test_in_floor_mode_f_and_m_keep_their_meaning(qtbot: QtBot, harness: Harness) -> None:
    floor_session(harness)
    press(qtbot, harness, Key.Key_M)
    assert harness.player.muted
    press(qtbot, harness, Key.Key_F)
    assert not harness.window.isFullScreen()
    assert harness.state is RunState.RUNNING


def test_a_foot_on_several_keys_at_once_pauses_once(qtbot: QtBot, harness: Harness) -> None:
    floor_session(harness)
    for key in (Key.Key_S, Key.Key_D, Key.Key_F, Key.Key_G):
        hold(qtbot, harness, key)
    for key in (Key.Key_S, Key.Key_D, Key.Key_F, Key.Key_G):
        let_go(qtbot, harness, key)
    assert harness.state is RunState.PAUSED
    assert harness.window.isFullScreen()  # F was pressed while S was down: a slam, not F


def test_a_key_held_down_does_not_pause_and_resume_over_and_over(
    qtbot: QtBot, harness: Harness
) -> None:
    floor_session(harness)
    hold(qtbot, harness, Key.Key_A)
    for _ in range(5):
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Key.Key_A, Qt.KeyboardModifier.NoModifier, "a", True
        )
        QApplication.sendEvent(harness.window.windowHandle(), repeat)
    let_go(qtbot, harness, Key.Key_A)
    assert harness.state is RunState.PAUSED
    press(qtbot, harness, Key.Key_B)
    assert harness.state is RunState.RUNNING
