"""What the window calls: create, edit, duplicate, delete, import and export, each with its
dialogs answered by the test, and its errors shown rather than raised."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hamtimer.core.custom_sessions import CustomSessionStore, export_definition
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.session import SessionDefinition
from hamtimer.core.session_import import IdClash, ImportChoice
from hamtimer.core.session_json import definition_to_json
from hamtimer.qt.session_actions import (
    BUILTIN_IS_FIXED,
    create_session,
    delete_session,
    duplicate_session,
    edit_session,
    export_session,
    import_session,
)
from hamtimer.qt.session_editor import SessionEditor
from tests.custom_sessions import a_store, builtins, files_in, per_side_draft

from .fakes import ErrorSink, ScriptedAnswers


class EditorScript:
    """Stands in for exec(): makes the edits, then Save (or Cancel); remembers the editor."""

    def __init__(self, edit: Callable[[SessionEditor], None] = lambda _e: None, save: bool = True):
        self.edit, self.save = edit, save
        self.seen: list[SessionEditor] = []

    def __call__(self, editor: SessionEditor) -> bool:
        self.seen.append(editor)
        self.edit(editor)
        if self.save:
            editor.save_button.click()
        return editor.saved is not None


class ClashAnswer:
    def __init__(self, answer: ImportChoice | None) -> None:
        self.answer = answer
        self.asked: list[IdClash] = []

    def __call__(self, _parent: QWidget, clash: IdClash) -> ImportChoice | None:
        self.asked.append(clash)
        return self.answer


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return data_dir / "sessions"


@pytest.fixture
def store(folder: Path) -> CustomSessionStore:
    return a_store(folder)


def fill_hinge(editor: SessionEditor) -> None:
    editor.form.fill(per_side_draft())


def hinge() -> SessionDefinition:
    return draft_to_definition(per_side_draft(), "hinge")


def test_a_created_session_is_saved_and_returned(
    window: QWidget, store: CustomSessionStore, folder: Path
) -> None:
    created = create_session(window, store, EditorScript(fill_hinge))
    assert created == hinge()
    assert a_store(folder).sessions == {"hinge": hinge()}


def test_a_cancelled_editor_saves_nothing(
    window: QWidget, store: CustomSessionStore, folder: Path
) -> None:
    assert create_session(window, store, EditorScript(fill_hinge, save=False)) is None
    assert files_in(folder) == {}


def test_a_builtin_cannot_be_edited_and_the_patient_is_told_to_duplicate_it(
    window: QWidget, store: CustomSessionStore
) -> None:
    errors, script = ErrorSink(), EditorScript()
    assert edit_session(window, store, builtins()["ice"], script, errors) is None
    assert errors.messages == [BUILTIN_IS_FIXED.format(name="Ice")]
    assert script.seen == []


def test_a_duplicate_of_bridge_hold_opens_as_my_copy_and_keeps_its_phases(
    window: QWidget, store: CustomSessionStore, folder: Path
) -> None:
    script = EditorScript()
    copy = duplicate_session(window, store, builtins()["bridge-hold"], script)
    [editor] = script.seen
    assert editor.form.name_edit.text() == "Bridge hold (my copy)"
    assert copy is not None and copy.id == "bridge-hold-copy"
    assert [t.instruction for t in copy.rep] == [
        t.instruction for t in builtins()["bridge-hold"].rep
    ]
    assert list(files_in(folder)) == ["bridge-hold-copy.json"]


def test_an_edit_saves_over_the_sessions_own_file(
    window: QWidget, store: CustomSessionStore, folder: Path
) -> None:
    store.add(hinge())
    edited = edit_session(window, store, hinge(),
                          EditorScript(lambda e: e.form.reps_spin.setValue(5)))  # fmt: skip
    assert edited is not None and edited.parameter("reps").default == 5
    assert a_store(folder).sessions["hinge"].parameter("reps").default == 5


def test_a_delete_asks_first_and_keeps_a_copy(
    window: QWidget, store: CustomSessionStore, folder: Path
) -> None:
    store.add(hinge())
    answers = ScriptedAnswers(False, True)
    assert delete_session(window, store, hinge(), answers) is None
    assert "hinge" in a_store(folder).sessions
    deleted = delete_session(window, store, hinge(), answers)
    assert answers.questions[0] == "Delete your session “Hinge”? A copy of its file is kept."
    assert deleted is not None and deleted.kept_at.exists()
    assert a_store(folder).sessions == {}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"schema_version": 2, "id": "x", ', "cannot be read as a JSON session file"),
        (b'{"schema_version": NaN}', "cannot be read as a JSON session file"),
        (b"\xef\xbb\xbf{}", "cannot be read as a JSON session file"),
        (json.dumps(definition_to_json(hinge()) | {"schema_version": 3}).encode(),
         "schema_version: 3 is not supported"),
        (json.dumps(definition_to_json(hinge()) | {"reps": 51}).encode(),
         "reps: must be 1–50 or the name of a setting"),
    ],
)  # fmt: skip
def test_a_bad_import_is_shown_naming_the_file_and_writes_nothing(
    window: QWidget,
    store: CustomSessionStore,
    folder: Path,
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    store.add(hinge())
    before = files_in(folder)
    chosen = tmp_path / "from-a-friend.json"
    chosen.write_bytes(content)
    errors = ErrorSink()
    assert import_session(window, store, chosen, show_error=errors) is None
    [message] = errors.messages
    assert message.startswith(f"This file cannot be imported. {chosen}: ")
    assert expected in message
    assert files_in(folder) == before


def test_an_import_whose_id_is_used_asks_and_a_cancel_writes_nothing(
    window: QWidget, store: CustomSessionStore, folder: Path, tmp_path: Path
) -> None:
    store.add(hinge())
    before = files_in(folder)
    chosen = tmp_path / "hinge.json"
    export_definition(hinge(), chosen)
    cancel = ClashAnswer(None)
    assert import_session(window, store, chosen, cancel) is None
    [clash] = cancel.asked
    assert clash.can_replace and clash.renamed.id == "hinge-2"
    assert files_in(folder) == before
    imported = import_session(window, store, chosen, ClashAnswer(ImportChoice.KEEP_BOTH))
    assert imported is not None and imported.id == "hinge-2"


def test_an_export_writes_the_file_and_a_failed_one_says_why(
    window: QWidget, tmp_path: Path
) -> None:
    target = tmp_path / "hinge.json"
    assert export_session(window, hinge(), target)
    assert json.loads(target.read_bytes()) == definition_to_json(hinge())
    errors = ErrorSink()
    assert not export_session(window, hinge(), tmp_path / "missing" / "w.json", errors)
    [message] = errors.messages
    assert message.startswith("Hinge was not exported. The file")
    assert "No such file or directory" in message


def test_a_very_long_refusal_is_shortened_for_the_message_box(
    window: QWidget, store: CustomSessionStore, tmp_path: Path
) -> None:
    chosen = tmp_path / "long.json"
    document = definition_to_json(hinge()) | {"suspend_policy": "x" * 5000}
    chosen.write_text(json.dumps(document))
    errors = ErrorSink()
    import_session(window, store, chosen, show_error=errors)
    [message] = errors.messages
    assert len(message) == 600 and message.endswith("…")
