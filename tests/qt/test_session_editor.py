"""The session editor, shown without blocking and driven by keys and clicks: problems beside
their fields, Save only when all is well, and a saved session that runs to the end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.records import Outcome
from hamtimer.core.session import PhaseKind
from hamtimer.core.session_draft import SessionDraft, draft_from_definition
from hamtimer.qt.session_editor import SessionEditor
from tests.custom_sessions import a_store, builtins, files_in, per_side_draft, run_to_end

MakeEditor = Callable[..., SessionEditor]


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return data_dir / "sessions"


@pytest.fixture
def store(folder: Path) -> CustomSessionStore:
    return a_store(folder)


@pytest.fixture
def make_editor(qtbot: QtBot, store: CustomSessionStore) -> MakeEditor:
    def make(draft: SessionDraft | None = None, *args: object, **kwargs: object) -> SessionEditor:
        editor = SessionEditor(store, draft or SessionDraft(), *args, **kwargs)
        qtbot.addWidget(editor)
        editor.show()  # never exec(): nothing blocks
        qtbot.waitExposed(editor)
        return editor

    return make


def shown_error(editor: SessionEditor, field: str) -> str:
    label = editor.form.errors[field]
    return "" if label.isHidden() else label.text()


def test_every_field_and_button_has_an_accessible_name(make_editor: MakeEditor) -> None:
    editor = make_editor(per_side_draft())
    inputs = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton)
    unnamed = [
        widget
        for widget in editor.findChildren(QWidget)
        if isinstance(widget, inputs)
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # their inner parts
        and not widget.accessibleName()
    ]
    assert unnamed == []


def test_a_new_session_can_be_saved_only_once_it_has_a_name_and_instructions(
    qtbot: QtBot, make_editor: MakeEditor
) -> None:
    editor = make_editor()
    assert not editor.save_button.isEnabled()
    assert shown_error(editor, "name") == "Name: give the session a name"
    assert shown_error(editor, "setup") == "Instructions: say how to start"
    qtbot.keyClicks(editor.form.name_edit, "Knee bends")
    qtbot.keyClicks(editor.form.setup_edit, "Sit on a chair.")
    assert shown_error(editor, "name") == shown_error(editor, "setup") == ""
    assert editor.save_button.isEnabled()
    assert editor.form.summary_label.text() == "3 × 10 s hold · 30 s rest · 1 min 40 s in all"
    assert editor.form.id_label.text().endswith("--start knee-bends")


def set_first_phase_seconds(editor: SessionEditor, seconds: int) -> None:
    editor.form.phase_rows.rows[0].seconds.setValue(seconds)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (lambda e: set_first_phase_seconds(e, 0), "phase 0",
         "Work: 0 s is too short; a phase lasts 1 s to 60 min"),
        (lambda e: e.form.reps_spin.setValue(51), "reps", "Reps: at most 50"),
        (lambda e: e.form.sets_spin.setValue(0), "sets", "Sets: at least 1"),
        (lambda e: e.form.name_edit.setText("n" * 61), "name",
         "Name: at most 60 characters, not 61"),
        (lambda e: (set_first_phase_seconds(e, 3600), e.form.reps_spin.setValue(3)), "length",
         "The session would last 12 h 1 min 25 s; at most 4 h"),
    ],
)  # fmt: skip
def test_each_limit_is_shown_beside_its_field_and_save_is_disabled(
    make_editor: MakeEditor,
    change: Callable[[SessionEditor], object],
    field: str,
    message: str,
) -> None:
    editor = make_editor(per_side_draft())
    assert editor.save_button.isEnabled()
    change(editor)
    if field.startswith("phase "):
        error = editor.form.phase_rows.rows[0].error
        assert (error.isHidden(), error.text()) == (False, message)
    else:
        assert shown_error(editor, field) == message
    assert not editor.save_button.isEnabled()
    assert editor.form.summary_label.text() == "Not ready to save: see the notes in red."


def test_a_value_out_of_range_is_kept_and_explained_not_silently_clamped(
    make_editor: MakeEditor,
) -> None:
    editor = make_editor(per_side_draft())
    editor.form.reps_spin.setValue(200)
    assert editor.form.reps_spin.value() == 200
    assert shown_error(editor, "reps") == "Reps: at most 50"


def test_saving_a_per_side_session_writes_a_file_that_runs_to_a_completed_record(
    qtbot: QtBot, make_editor: MakeEditor, folder: Path
) -> None:
    editor = make_editor(per_side_draft())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert list(files_in(folder)) == ["hinge.json"]
    loaded = a_store(folder).sessions["hinge"]
    assert loaded == editor.saved
    record = run_to_end(loaded)
    assert record.outcome is Outcome.COMPLETED
    assert (record.reps_completed, record.reps_planned) == (12, 12)


def test_the_phase_list_adds_moves_and_removes_phases_from_the_keyboard(
    qtbot: QtBot, make_editor: MakeEditor
) -> None:
    editor = make_editor(per_side_draft())
    rows = editor.form.phase_rows
    qtbot.keyClick(rows.add_button, Qt.Key.Key_Space)
    assert [p.kind for p in rows.phases()] == [PhaseKind.WORK, PhaseKind.REST, PhaseKind.HOLD]
    qtbot.keyClick(rows.rows[2].up, Qt.Key.Key_Space)
    assert [p.kind for p in rows.phases()] == [PhaseKind.WORK, PhaseKind.HOLD, PhaseKind.REST]
    assert editor.focusWidget() is rows.rows[1].up
    qtbot.keyClick(rows.rows[0].remove, Qt.Key.Key_Space)
    assert [p.kind for p in rows.phases()] == [PhaseKind.HOLD, PhaseKind.REST]
    assert editor.form.summary_label.text().startswith("2 sets of 3 × 10 s hold · 4 s rest")


def test_tab_reaches_the_phases_in_their_place_in_the_form(
    qtbot: QtBot, make_editor: MakeEditor
) -> None:
    editor = make_editor(per_side_draft())
    rows = editor.form.phase_rows
    rows.add_phase()  # rows made after the form was built are in the chain too
    editor.form.get_ready_edit.setFocus()
    visited: list[QWidget] = []
    while editor.focusWidget() is not editor.form.reps_spin and len(visited) < 40:
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        visited.append(editor.focusWidget())
    in_place = [widget for row in rows.rows
                for widget in (row.kind, row.seconds, row.instruction, row.up, row.down, row.remove)
                if widget.isEnabled()]  # fmt: skip
    assert visited == [*in_place, rows.add_button, editor.form.reps_spin]


def test_the_last_phase_cannot_be_removed_nor_an_eleventh_added(make_editor: MakeEditor) -> None:
    editor = make_editor(per_side_draft())
    rows = editor.form.phase_rows
    rows.remove_phase(0)
    assert not rows.rows[0].remove.isEnabled()
    for _ in range(9):
        rows.add_phase()
    assert len(rows.rows) == 10
    assert not rows.add_button.isEnabled()


def test_a_new_kind_drops_the_old_kinds_setting_and_untouched_instruction(
    make_editor: MakeEditor, store: CustomSessionStore
) -> None:
    copy = store.copy_of(builtins()["bridge-hold"])
    editor = make_editor(draft_from_definition(copy), copy.id)
    rows = editor.form.phase_rows
    rows.add_phase()  # a hold, with the hold's default instruction
    rows.rows[2].kind.setCurrentIndex(2)  # stretch
    stretched = rows.phases()[2]
    assert (stretched.kind, stretched.instruction) == (
        PhaseKind.STRETCH,
        "Stretch gently; never into pain.",
    )
    rows.rows[0].kind.setCurrentIndex(1)  # the bridge's hold becomes work
    assert rows.phases()[0].setting is None
    assert rows.phases()[0].instruction.startswith("Press your heels")  # the patient's text


def test_rest_between_sets_and_switching_legs_apply_only_when_they_can(
    make_editor: MakeEditor,
) -> None:
    editor = make_editor(per_side_draft(sets=1, per_side=False))
    form = editor.form
    assert not form.between_spin.isEnabled() and not form.switch_spin.isEnabled()
    form.sets_spin.setValue(2)
    form.per_side_check.setChecked(True)
    assert form.between_spin.isEnabled() and form.switch_spin.isEnabled()
    assert "each leg" in form.summary_label.text()


def test_a_save_the_disk_refuses_stays_open_with_the_reason_and_writes_nothing(
    qtbot: QtBot, make_editor: MakeEditor, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(path: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr("hamtimer.core.custom_sessions.atomic_write_bytes", full_disk)
    editor = make_editor(per_side_draft())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() != QDialog.DialogCode.Accepted and editor.isVisible()
    assert editor.form.save_error.text() == (
        f"Not saved: the file could not be written ({folder / 'hinge.json'}): "
        "No space left on device"
    )
    assert editor.saved is None
    assert files_in(folder) == {}


def test_an_edit_keeps_the_id_and_the_file_when_the_session_is_renamed(
    qtbot: QtBot, make_editor: MakeEditor, store: CustomSessionStore, folder: Path
) -> None:
    store.add(draft_to_definition(per_side_draft(), "hinge"))
    editor = make_editor(draft_from_definition(store.sessions["hinge"]), "hinge",
                         existing=True)  # fmt: skip
    editor.form.name_edit.setText("Morning hinge")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert list(files_in(folder)) == ["hinge.json"]
    assert a_store(folder).sessions["hinge"].name == "Morning hinge"
