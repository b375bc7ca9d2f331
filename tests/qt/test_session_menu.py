"""The session actions as the window will hold them: what is enabled for which session, what
they signal, and undo of a delete; every dialog answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.core.custom_sessions import CustomSessionStore, export_definition
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.session import SessionDefinition
from hamtimer.qt.session_editor import SessionEditor
from hamtimer.qt.session_menu import Dialogs, SessionMenu
from tests.custom_sessions import a_store, builtins, files_in, per_side_draft

from .fakes import ErrorSink, ScriptedAnswers


def hinge() -> SessionDefinition:
    return draft_to_definition(per_side_draft(), "hinge")


class Selection:
    def __init__(self) -> None:
        self.current: SessionDefinition | None = None

    def __call__(self) -> SessionDefinition | None:
        return self.current


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return data_dir / "sessions"


@pytest.fixture
def store(folder: Path) -> CustomSessionStore:
    store = a_store(folder)
    store.add(hinge())
    return store


@pytest.fixture
def selection() -> Selection:
    return Selection()


def save_as_is(editor: SessionEditor) -> bool:
    editor.save_button.click()
    return editor.saved is not None


def make_menu(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection, **answers: object
) -> SessionMenu:
    window = QWidget()
    qtbot.addWidget(window)
    dialogs = Dialogs(run_dialog=save_as_is, show_error=ErrorSink(), **answers)  # type: ignore[arg-type]
    return SessionMenu(window, store, selection, dialogs)


def test_edit_and_delete_are_offered_only_for_the_patients_own_sessions(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection
) -> None:
    menu = make_menu(qtbot, store, selection)
    enabled = lambda: [action.isEnabled() for action in menu.actions]  # noqa: E731
    assert enabled() == [True, False, False, False, False, True, False]
    selection.current = builtins()["bridge-hold"]
    menu.update_enabled()
    assert enabled() == [True, False, True, False, False, True, True]
    selection.current = hinge()
    menu.update_enabled()
    assert enabled() == [True, True, True, True, False, True, True]


def test_nothing_is_offered_while_a_session_is_under_way(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection
) -> None:
    selection.current = hinge()
    menu = make_menu(qtbot, store, selection)
    menu.set_busy(True)
    assert not any(action.isEnabled() for action in menu.actions)
    menu.set_busy(False)
    assert menu.edit_action.isEnabled()


def test_a_duplicate_signals_the_new_id_to_select(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection
) -> None:
    selection.current = builtins()["bridge-hold"]
    menu = make_menu(qtbot, store, selection)
    with qtbot.waitSignal(menu.sessions_changed) as changed:
        menu.duplicate_action.trigger()
    assert changed.args == ["bridge-hold-copy"]


def test_a_delete_can_be_undone_and_says_where_the_copy_is(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection, folder: Path
) -> None:
    selection.current = hinge()
    menu = make_menu(qtbot, store, selection, confirm=ScriptedAnswers(True))
    before = files_in(folder)
    with qtbot.waitSignal(menu.message) as said, qtbot.waitSignal(menu.sessions_changed):
        menu.delete_action.trigger()
    assert "hinge" not in store.sessions
    assert said.args[0].startswith("Deleted “Hinge”; its file is kept at ")
    assert menu.undo_delete_action.isEnabled()
    with qtbot.waitSignal(menu.sessions_changed) as changed:
        menu.undo_delete_action.trigger()
    assert changed.args == ["hinge"]
    assert files_in(folder) == before
    assert not menu.undo_delete_action.isEnabled()


def test_import_and_export_use_the_paths_the_window_chose(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection, tmp_path: Path
) -> None:
    shared = tmp_path / "shared.json"
    export_definition(draft_to_definition(per_side_draft(name="Curl"), "curl"), shared)
    selection.current = hinge()
    menu = make_menu(qtbot, store, selection, open_path=lambda _w: shared,
                     save_path=lambda _w, d: tmp_path / f"out-{d.id}.json")  # fmt: skip
    with qtbot.waitSignal(menu.sessions_changed) as changed:
        menu.import_action.trigger()
    assert changed.args == ["curl"]
    with qtbot.waitSignal(menu.message) as said:
        menu.export_action.trigger()
    assert said.args == [f"Exported “Hinge” to {tmp_path / 'out-hinge.json'}."]
    assert (tmp_path / "out-hinge.json").exists()


def test_choosing_no_file_does_nothing(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection, folder: Path
) -> None:
    selection.current = hinge()
    menu = make_menu(qtbot, store, selection, open_path=lambda _w: None,
                     save_path=lambda _w, _d: None)  # fmt: skip
    before = files_in(folder)
    with qtbot.assertNotEmitted(menu.sessions_changed), qtbot.assertNotEmitted(menu.message):
        menu.import_action.trigger()
        menu.export_action.trigger()
    assert files_in(folder) == before


def test_the_button_row_offers_new_edit_duplicate_and_delete(
    qtbot: QtBot, store: CustomSessionStore, selection: Selection
) -> None:
    menu = make_menu(qtbot, store, selection)
    home = QWidget()
    qtbot.addWidget(home)
    row = menu.button_row(home)
    texts = [button.defaultAction().text() for button in row.findChildren(QToolButton)]
    assert texts == ["&New session…", "&Edit session…", "&Duplicate session…", "De&lete session…"]
