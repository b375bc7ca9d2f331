"""The session actions as QActions, for the window's menu and the home screen's buttons.

The file dialogs live here, and only here; they, like every other dialog, can be replaced
through the constructor so tests never open one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QToolButton, QWidget

from hamtimer.core.custom_sessions import CustomSessionStore, DeletedSession
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.session import SessionDefinition, SessionError
from hamtimer.qt.session_actions import (
    AskClash,
    Confirm,
    RunDialog,
    ShowError,
    ask_yes_no,
    create_session,
    delete_session,
    duplicate_session,
    edit_session,
    error_box,
    export_session,
    import_session,
    run_modal,
)

SESSION_FILES = QT_TRANSLATE_NOOP("SessionMenu", "Session files (*.json)")


def choose_import_path(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("SessionMenu", "Import a session"),
        str(Path.home()),
        translate("SessionMenu", SESSION_FILES),
    )
    return Path(name) if name else None


def choose_export_path(parent: QWidget, definition: SessionDefinition) -> Path | None:
    suggested = str(Path.home() / f"{definition.id}.json")
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("SessionMenu", "Export a session"),
        suggested,
        translate("SessionMenu", SESSION_FILES),
    )
    return Path(name) if name else None


@dataclass(frozen=True)
class Dialogs:
    """Every question the actions may ask; tests pass answers instead."""

    run_dialog: RunDialog = run_modal
    confirm: Confirm = ask_yes_no
    show_error: ShowError = error_box
    ask_clash: AskClash | None = None
    open_path: Callable[[QWidget], Path | None] = choose_import_path
    save_path: Callable[[QWidget, SessionDefinition], Path | None] = choose_export_path


class SessionMenu(QObject):
    """Signals:
    sessions_changed(str): the patient's sessions changed; the id to select ("" for none).
    message(str): one line for the status bar.
    """

    sessions_changed = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        store: CustomSessionStore,
        selected: Callable[[], SessionDefinition | None],
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._selected = selected
        self._dialogs = dialogs or Dialogs()
        self._last_deleted: DeletedSession | None = None
        self._busy = False
        self.new_action = self._action(
            translate("SessionMenu", "&New session…"), self.new, "Ctrl+N"
        )
        self.edit_action = self._action(translate("SessionMenu", "&Edit session…"), self.edit, "F2")
        self.duplicate_action = self._action(
            translate("SessionMenu", "&Duplicate session…"), self.duplicate, "Ctrl+D"
        )
        self.delete_action = self._action(translate("SessionMenu", "De&lete session…"), self.delete)
        self.undo_delete_action = self._action(
            translate("SessionMenu", "&Undo delete"), self.undo_delete, "Ctrl+Z"
        )
        self.import_action = self._action(
            translate("SessionMenu", "&Import session…"), self.import_file, "Ctrl+I"
        )
        self.export_action = self._action(translate("SessionMenu", "E&xport session…"), self.export)
        self.update_enabled()

    @property
    def actions(self) -> list[QAction]:
        """In menu order."""
        return [
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.undo_delete_action,
            self.import_action,
            self.export_action,
        ]

    def button_row(self, parent: QWidget) -> QWidget:
        """New, Edit, Duplicate and Delete as buttons, for under the session list."""
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for action in (
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
        ):
            button = QToolButton(row)
            button.setDefaultAction(action)
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def set_busy(self, busy: bool) -> None:
        """While a session is under way nothing may change the sessions."""
        self._busy = busy
        self.update_enabled()

    def update_enabled(self) -> None:
        """Edit and delete are for the patient's own sessions; copy and export for any."""
        selected = None if self._busy else self._selected()
        own = selected is not None and selected.id in self._store.sessions
        self.new_action.setEnabled(not self._busy)
        self.import_action.setEnabled(not self._busy)
        self.edit_action.setEnabled(own)
        self.delete_action.setEnabled(own)
        self.duplicate_action.setEnabled(selected is not None)
        self.export_action.setEnabled(selected is not None)
        self.undo_delete_action.setEnabled(not self._busy and self._last_deleted is not None)

    # -- the actions ----------------------------------------------------------------------------

    def new(self) -> None:
        self._changed(create_session(self._window, self._store, self._dialogs.run_dialog))

    def edit(self) -> None:
        if selected := self._selected():
            self._changed(
                edit_session(
                    self._window,
                    self._store,
                    selected,
                    self._dialogs.run_dialog,
                    self._dialogs.show_error,
                )
            )

    def duplicate(self) -> None:
        if selected := self._selected():
            self._changed(
                duplicate_session(self._window, self._store, selected, self._dialogs.run_dialog)
            )

    def delete(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        deleted = delete_session(
            self._window, self._store, selected, self._dialogs.confirm, self._dialogs.show_error
        )
        if deleted is None:
            return
        self._last_deleted = deleted
        self.message.emit(
            translate(
                "SessionMenu",
                "Deleted “{name}”; its file is kept at {path}. Undo delete: Ctrl+Z.",
            ).format(name=selected.name, path=deleted.kept_at)
        )
        self.sessions_changed.emit("")
        self.update_enabled()

    def undo_delete(self) -> None:
        deleted, self._last_deleted = self._last_deleted, None
        if deleted is None:
            return
        try:
            restored = self._store.restore(deleted)
        except (SessionError, OSError) as error:
            self._dialogs.show_error(
                self._window,
                translate("SessionMenu", "Not brought back: {reason}").format(reason=error),
            )
            self.update_enabled()
            return
        self.message.emit(translate("SessionMenu", "“{name}” is back.").format(name=restored.name))
        self._changed(restored)

    def import_file(self) -> None:
        path = self._dialogs.open_path(self._window)
        if path is not None:
            self._changed(
                import_session(
                    self._window,
                    self._store,
                    path,
                    self._dialogs.ask_clash,
                    self._dialogs.show_error,
                )
            )

    def export(self) -> None:
        selected = self._selected()
        path = self._dialogs.save_path(self._window, selected) if selected else None
        if (
            selected
            and path
            and export_session(self._window, selected, path, self._dialogs.show_error)
        ):
            self.message.emit(
                translate("SessionMenu", "Exported “{name}” to {path}.").format(
                    name=selected.name, path=path
                )
            )

    # -- helpers ----------------------------------------------------------------------------------

    def _changed(self, definition: SessionDefinition | None) -> None:
        if definition is not None:
            self.sessions_changed.emit(definition.id)
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action
