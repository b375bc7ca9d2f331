"""The window driven by keys and clicks through whole sessions, and what it wrote."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hamtimer.core.events import RunState
from hamtimer.core.records import Outcome
from hamtimer.qt.main_window import STOP_QUESTION
from hamtimer.qt.sound import Cue
from hamtimer.qt.today_list import EMPTY_TEXT

from .conftest import Harness


def press(qtbot: QtBot, harness: Harness, key: Qt.Key) -> None:
    qtbot.keyClick(harness.window, key)


def test_the_main_window_lists_both_sessions_with_summaries(harness: Harness) -> None:
    items = [
        harness.window.home.session_list.item(row).text()
        for row in range(harness.window.home.session_list.count())
    ]
    assert "Bridge hold\n3 × 10 s hold · 30 s rest" in items
    assert "Ice\n15 min ice" in items
    assert harness.window.home.today.lines() == [EMPTY_TEXT]


def test_the_chosen_session_shows_its_settings_with_their_ranges(harness: Harness) -> None:
    harness.window.home.select("bridge-hold")
    hold = harness.window.home.spin_boxes["hold_s"]
    assert (hold.minimum(), hold.maximum(), hold.value()) == (10, 15, 10)
    hold.setValue(15)
    assert harness.window.home.summary_label.text().startswith("3 × 15 s hold · 30 s rest")


def test_space_runs_a_bridge_session_to_the_end_with_no_other_input(
    qtbot: QtBot, harness: Harness
) -> None:
    view = harness.window.runner_view
    harness.window.home.select("bridge-hold")
    press(qtbot, harness, Qt.Key.Key_Space)
    assert harness.window.stack.currentWidget() is view
    assert (view.phase_label.text(), view.digits.text()) == ("GET READY", "10")
    harness.run_until(lambda: view.phase_label.text() == "HOLD")
    assert view.digits.text() == "10"
    assert view.rep_label.text() == "Rep 1 of 3"
    assert "Press your heels into the floor" in view.instruction_label.text()
    harness.run_until(lambda: view.rep_label.text() == "Rep 2 of 3")
    harness.run_to_end()
    assert harness.window.stack.currentWidget() is harness.window.done_view
    assert "3 of 3 reps · 30 s held" in harness.window.done_view.details_label.text()
    [record] = harness.log_store.records
    assert record.outcome is Outcome.COMPLETED
    assert (record.reps_completed, record.actual_active_s) == (3, 30.0)
    assert (record.ended_at - record.started_at).total_seconds() == 100
    assert "Bridge hold — done, 3/3 reps, 30 s held" in harness.window.home.today.lines()[0]


def test_the_cues_are_heard_in_order_get_ready_hold_ticks_rest_done(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.window.start_session("bridge-hold", {"reps": 2})
    harness.run_to_end()
    played = harness.player.played
    assert played[0] is Cue.GET_READY
    assert played[1:5] == [Cue.TICK, Cue.TICK, Cue.TICK, Cue.HOLD]
    assert played.count(Cue.REST) == 1
    assert played[-1] is Cue.DONE


def test_space_pauses_and_resumes_and_the_digits_hold_still(qtbot: QtBot, harness: Harness) -> None:
    harness.window.start_session("bridge-hold")
    harness.run_until(lambda: harness.window.runner_view.digits.text() == "7")
    press(qtbot, harness, Qt.Key.Key_Space)
    assert harness.state is RunState.PAUSED
    assert harness.window.runner_view.phase_label.text() == "PAUSED · GET READY"
    harness.clock.advance(300)
    harness.window.runner.refresh()
    assert harness.window.runner_view.digits.text() == "7"
    press(qtbot, harness, Qt.Key.Key_Space)
    assert harness.state is RunState.RUNNING


def test_right_arrow_skips_to_the_next_phase(qtbot: QtBot, harness: Harness) -> None:
    harness.window.start_session("bridge-hold")
    press(qtbot, harness, Qt.Key.Key_Right)
    assert harness.window.runner_view.phase_label.text() == "HOLD"
    assert harness.window.runner_view.digits.text() == "10"


def test_escape_asks_first_and_no_keeps_the_session_running(qtbot: QtBot, harness: Harness) -> None:
    harness.answers.answers = [False]
    harness.window.start_session("bridge-hold")
    press(qtbot, harness, Qt.Key.Key_Escape)
    assert harness.answers.questions == [STOP_QUESTION]
    assert harness.state is RunState.RUNNING
    assert harness.log_store.records == ()


def test_escape_then_yes_stops_mid_session_and_logs_what_was_done(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.answers.answers = [True]
    harness.window.start_session("bridge-hold")
    harness.run_until(lambda: harness.window.runner_view.rep_label.text() == "Rep 2 of 3")
    harness.clock.advance(4)
    press(qtbot, harness, Qt.Key.Key_Escape)
    [record] = harness.log_store.records
    assert record.outcome is Outcome.STOPPED
    assert record.reps_completed == 1
    assert record.actual_active_s == 14.0  # the first hold, and 4 s of the second
    assert harness.window.done_view.title_label.text() == "STOPPED: Bridge hold"


def test_closing_the_window_mid_session_logs_it_as_stopped_exactly_once(
    harness: Harness,
) -> None:
    harness.window.start_session("ice")
    harness.clock.advance(120)
    harness.window.close()
    harness.window.shutdown("again")
    [record] = harness.log_store.records
    assert record.outcome is Outcome.STOPPED
    assert record.stop_reason == "the window was closed"
    assert record.actual_active_s == 105


def test_an_ice_session_ends_with_the_advice_for_the_next_one(harness: Harness) -> None:
    harness.window.start_session("ice")
    view = harness.window.runner_view
    assert "towel" in view.instruction_label.text()
    harness.run_until(lambda: view.phase_label.text() == "ICE ON")
    assert view.digits.text() == "15:00"
    wakes = harness.run_to_end()
    text = harness.window.done_view.details_label.text()
    assert "Iced for 15 min" in text and "take the pack off" in text
    assert "Next one from about 11:15" in text  # ended 09:15:15, plus two hours
    assert wakes < 2000  # about one wake a second, never a busy loop


def test_f_toggles_full_screen_and_the_digits_grow_with_the_window(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.window.start_session("bridge-hold")
    digits = harness.window.runner_view.digits
    harness.window.resize(640, 480)
    small = digits.digit_pixel_size()
    press(qtbot, harness, Qt.Key.Key_F)
    qtbot.waitUntil(harness.window.isFullScreen)
    harness.window.resize(1600, 1000)
    qtbot.waitUntil(lambda: digits.height() > 500)
    assert digits.digit_pixel_size() > 2 * small


def test_a_log_write_failure_is_shown_and_the_session_kept(
    harness: Harness, monkeypatch: object
) -> None:
    import errno
    import os

    import pytest

    mp = pytest.MonkeyPatch()
    real_write = os.write

    def full_disk(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    mp.setattr(os, "write", full_disk)
    try:
        harness.window.start_session("bridge-hold")
        harness.window.runner.stop()
    finally:
        mp.setattr(os, "write", real_write)
        mp.undo()
    assert harness.errors.messages and "No space left" in harness.errors.messages[0]
    assert not harness.window.problems_banner.isHidden()
    assert len(harness.log_store.pending) == 1
    assert harness.log_store.flush_pending() == 1


def test_the_buttons_start_pause_skip_and_stop_a_session_by_mouse(
    qtbot: QtBot, harness: Harness
) -> None:
    view = harness.window.runner_view
    harness.answers.answers = [True]
    harness.window.home.select("bridge-hold")
    qtbot.mouseClick(harness.window.home.start_button, Qt.MouseButton.LeftButton)
    assert view.phase_label.text() == "GET READY"
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    assert (view.pause_button.text(), harness.state) == ("Resume", RunState.PAUSED)
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert view.phase_label.text() == "HOLD"
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    assert [r.outcome for r in harness.log_store.records] == [Outcome.STOPPED]
    qtbot.mouseClick(harness.window.done_view.back_button, Qt.MouseButton.LeftButton)
    assert harness.window.stack.currentWidget() is harness.window.home_page


def test_space_on_a_focused_button_toggles_pause_exactly_once(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.window.start_session("bridge-hold")
    harness.window.runner_view.pause_button.setFocus()
    qtbot.keyClick(harness.window.runner_view.pause_button, Qt.Key.Key_Space)
    assert harness.state is RunState.PAUSED


def test_a_suspend_during_a_hold_pauses_and_says_why(harness: Harness) -> None:
    harness.window.start_session("bridge-hold")
    harness.run_until(lambda: harness.window.runner_view.phase_label.text() == "HOLD")
    harness.clock.suspend(40 * 60)
    harness.waker.fire()
    view = harness.window.runner_view
    assert harness.state is RunState.PAUSED
    assert view.phase_label.text() == "PAUSED · HOLD"
    assert "your computer was asleep" in view.note_label.text()
    assert view.digits.text() == "10"


def test_ctrl_q_quits_and_logs_a_session_under_way(qtbot: QtBot, harness: Harness) -> None:
    harness.window.start_session("ice")
    qtbot.keyClick(harness.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not harness.window.isVisible()
    assert [r.outcome for r in harness.log_store.records] == [Outcome.STOPPED]


def test_a_refused_session_is_retried_and_the_banner_cleared_once_written(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _full_disk)
        harness.window.start_session("bridge-hold")
        harness.window.runner.stop()
        assert harness.window.retry_timer.isActive()
        harness.window.retry_pending()  # the disk is still full: nothing changes
        assert len(harness.log_store.pending) == 1
    harness.window.retry_pending()
    assert not harness.window.retry_timer.isActive()
    assert harness.log_store.pending == ()
    assert harness.window.problems_banner.isHidden()
    assert "written again" in harness.window.status_note.text()


def _full_disk(_fd: int, _data: bytes) -> int:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_successful_retry_keeps_warnings_that_are_not_about_writing(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness.window.add_problem("2 lines of your session log could not be read.")
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _full_disk)
        harness.window.start_session("bridge-hold")
        harness.window.runner.stop()
    harness.window.retry_pending()
    assert harness.window.problems_banner.text() == "2 lines of your session log could not be read."
