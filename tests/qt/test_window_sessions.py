"""The window with the patient's own sessions: made, listed, started, run to the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hamtimer.core.clock import FakeClock
from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.records import Outcome
from hamtimer.qt.session_editor import SessionEditor
from hamtimer.qt.session_menu import Dialogs
from tests.custom_sessions import builtins, per_side_draft

from .conftest import Harness, make_harness
from .fakes import ScriptedAnswers


def fill_and_save(editor: SessionEditor) -> bool:
    editor.form.fill(per_side_draft())
    editor.save_button.click()
    return editor.saved is not None


@pytest.fixture
def own(qtbot: QtBot, data_dir: Path) -> Harness:
    store = CustomSessionStore(data_dir / "sessions", builtins())
    store.load()
    return make_harness(
        qtbot,
        data_dir,
        FakeClock(),
        ScriptedAnswers(True),
        custom_store=lambda _answers, _errors: store,
        session_dialogs=lambda answers, errors: Dialogs(
            run_dialog=fill_and_save, confirm=answers, show_error=errors
        ),
    )


def listed(harness: Harness) -> list[str]:
    sessions = harness.window.home.session_list
    return [sessions.item(row).text().split("\n")[0] for row in range(sessions.count())]


def test_a_new_session_is_listed_selected_and_runs_to_a_logged_completion(
    qtbot: QtBot, own: Harness
) -> None:
    own.window.session_menu.new_action.trigger()
    assert listed(own)[-1] == "Hinge" and len(listed(own)) == 9  # the 8 built-ins first
    assert own.window.home.selected_id() == "hinge"
    assert own.window.home.spin_boxes["reps"].maximum() == 50
    qtbot.keyClick(own.window, Qt.Key.Key_Space)
    assert not own.window.session_menu.new_action.isEnabled()
    own.run_to_end()
    [record] = own.log_store.records
    assert (record.session_id, record.outcome, record.reps_completed) == (
        "hinge",
        Outcome.COMPLETED,
        12,
    )
    assert own.window.session_menu.new_action.isEnabled()


def test_a_choice_too_long_for_a_session_is_explained_not_crashed(own: Harness) -> None:
    own.window.session_menu.new_action.trigger()
    own.window.home.spin_boxes["work_s"].setValue(3600)
    own.window.home.spin_boxes["reps"].setValue(50)
    assert "a session may last at most" in own.window.home.summary_label.text()
    assert not own.window.home.start_button.isEnabled()


def test_a_deleted_session_leaves_the_list_and_undo_brings_it_back(own: Harness) -> None:
    own.window.session_menu.new_action.trigger()
    own.window.session_menu.delete_action.trigger()
    assert "Hinge" not in listed(own) and len(listed(own)) == 8
    own.window.session_menu.undo_delete_action.trigger()
    assert listed(own)[-1] == "Hinge" and len(listed(own)) == 9  # the 8 built-ins first


def test_starting_an_id_that_is_gone_says_so(own: Harness) -> None:
    own.window.start_session("hinge")
    assert own.errors.messages == ["There is no session 'hinge' any more."]
