"""What the window calls to create, edit, duplicate, delete, import and export sessions.

Each function shows its own errors and returns what changed (None when nothing did). Paths
are chosen by the caller (QFileDialog lives in session_menu), and every dialog is passed
in, so tests answer them without a real modal ever opening.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from hamtimer.core.custom_sessions import CustomSessionStore, DeletedSession, export_definition
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.session import SessionDefinition, SessionError
from hamtimer.core.session_draft import SessionDraft, draft_from_definition
from hamtimer.core.session_import import (
    IdClash,
    ImportChoice,
    find_clash,
    import_definition,
    read_import,
)
from hamtimer.qt.session_editor import SessionEditor

logger = logging.getLogger(__name__)

RunDialog = Callable[[SessionEditor], bool]
Confirm = Callable[[QWidget, str], bool]
ShowError = Callable[[QWidget, str], None]
AskClash = Callable[[QWidget, IdClash], ImportChoice | None]
MAX_SHOWN_CHARS = 600  # a hostile file's field can make a very long message
BUILTIN_IS_FIXED = QT_TRANSLATE_NOOP(
    "SessionActions",
    "{name} is a built-in session: it follows the protocol and cannot be changed. "
    "Duplicate it to make your own copy, which you may change.",
)


def run_modal(dialog: SessionEditor) -> bool:
    return bool(dialog.exec() == QDialog.DialogCode.Accepted)


def error_box(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, "hamtimer", message)


def ask_yes_no(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, "hamtimer", question)
    return answer == QMessageBox.StandardButton.Yes


def create_session(
    parent: QWidget, store: CustomSessionStore, run_dialog: RunDialog = run_modal
) -> SessionDefinition | None:
    """A new session from a two-phase starting point (hold, rest)."""
    return _edit(SessionEditor(store, SessionDraft(), None, parent=parent), run_dialog)


def edit_session(
    parent: QWidget,
    store: CustomSessionStore,
    definition: SessionDefinition,
    run_dialog: RunDialog = run_modal,
    show_error: ShowError = error_box,
) -> SessionDefinition | None:
    if definition.builtin or definition.id not in store.sessions:
        show_error(
            parent, translate("SessionActions", BUILTIN_IS_FIXED).format(name=definition.name)
        )
        return None
    draft = draft_from_definition(definition)
    editor = SessionEditor(store, draft, definition.id, existing=True, parent=parent)
    return _edit(editor, run_dialog)


def duplicate_session(
    parent: QWidget,
    store: CustomSessionStore,
    definition: SessionDefinition,
    run_dialog: RunDialog = run_modal,
) -> SessionDefinition | None:
    """The editor on the patient's own copy ("Bridge hold (my copy)"); saved only on Save."""
    copy = store.copy_of(definition)
    editor = SessionEditor(store, draft_from_definition(copy), copy.id, parent=parent)
    return _edit(editor, run_dialog)


def delete_session(
    parent: QWidget,
    store: CustomSessionStore,
    definition: SessionDefinition,
    confirm: Confirm = ask_yes_no,
    show_error: ShowError = error_box,
) -> DeletedSession | None:
    """After asking: the file is renamed to a kept copy, never destroyed."""
    if definition.builtin or definition.id not in store.sessions:
        show_error(
            parent,
            translate(
                "SessionActions", "{name} is a built-in session and cannot be deleted."
            ).format(name=definition.name),
        )
        return None
    question = translate(
        "SessionActions", "Delete your session “{name}”? A copy of its file is kept."
    )
    if not confirm(parent, question.format(name=definition.name)):
        return None
    try:
        return store.delete(definition.id)
    except OSError as error:
        show_error(
            parent,
            translate("SessionActions", "{name} was not deleted: {reason}").format(
                name=definition.name, reason=error.strerror or error
            ),
        )
        return None


def import_session(
    parent: QWidget,
    store: CustomSessionStore,
    path: Path,
    ask_clash: AskClash | None = None,
    show_error: ShowError = error_box,
) -> SessionDefinition | None:
    """Read and check the file, ask about a used id, then save; nothing is written on a
    refusal or a cancel."""
    try:
        incoming = read_import(path)
        clash = find_clash(store, incoming)
        choice = ImportChoice.KEEP_BOTH
        if clash is not None:
            chosen = (ask_clash or ask_about_clash)(parent, clash)
            if chosen is None:
                return None
            choice = chosen
        return import_definition(store, incoming, choice).definition
    except (SessionError, OSError) as error:
        logger.warning("import of %s refused: %s", path, error)
        refused = translate("SessionActions", "This file cannot be imported. {reason}")
        show_error(parent, _shorten(refused.format(reason=_reason(error))))
        return None


def export_session(
    parent: QWidget, definition: SessionDefinition, path: Path, show_error: ShowError = error_box
) -> bool:
    try:
        export_definition(definition, path)
    except (SessionError, OSError) as error:
        refused = translate("SessionActions", "{name} was not exported. {reason}")
        show_error(parent, _shorten(refused.format(name=definition.name, reason=_reason(error))))
        return False
    return True


def ask_about_clash(parent: QWidget, clash: IdClash) -> ImportChoice | None:
    """Keep both (the import is renamed), replace the patient's own, or cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, "hamtimer", _clash_question(clash), parent=parent)
    keep = box.addButton(
        translate("SessionActions", "Keep both (import as “{name}”)").format(
            name=clash.renamed.name
        ),
        QMessageBox.ButtonRole.AcceptRole,
    )
    replace = None
    if clash.can_replace:
        replace = box.addButton(
            translate("SessionActions", "Replace mine"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return ImportChoice.KEEP_BOTH
    return ImportChoice.REPLACE if replace is not None and clicked is replace else None


def _clash_question(clash: IdClash) -> str:
    existing = clash.existing
    if existing is None:
        return translate(
            "SessionActions",
            "A session file with the id “{id}” is already in your sessions folder.",
        ).format(id=clash.incoming.id)
    if existing.builtin:
        question = translate(
            "SessionActions", "“{name}”, a built-in session, already has the id “{id}”."
        )
    else:
        question = translate(
            "SessionActions", "“{name}”, one of your sessions, already has the id “{id}”."
        )
    return question.format(name=existing.name, id=clash.incoming.id)


def _edit(editor: SessionEditor, run_dialog: RunDialog) -> SessionDefinition | None:
    try:
        return editor.saved if run_dialog(editor) else None
    finally:
        editor.deleteLater()


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        problem = error.strerror or error
        if error.filename:
            return translate(
                "SessionActions", "The file {file} could not be written: {problem}."
            ).format(file=error.filename, problem=problem)
        return translate("SessionActions", "The file could not be written: {problem}.").format(
            problem=problem
        )
    return str(error)


def _shorten(message: str) -> str:
    if len(message) <= MAX_SHOWN_CHARS:
        return message
    return message[: MAX_SHOWN_CHARS - 1] + "…"
