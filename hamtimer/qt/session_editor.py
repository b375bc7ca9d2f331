"""The dialog that creates or edits one of the patient's sessions.

It edits a SessionDraft and checks it on every change: each problem is shown beside its
field, Save stays disabled until there are none, and the summary line shows what the
session will be. Saving goes through the store, which checks once more and writes
atomically; a refused save keeps the dialog open with the reason, and nothing on disk.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.draft_check import DraftError, check_draft, format_length
from hamtimer.core.i18n import translate
from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session import SessionDefinition, SessionError
from hamtimer.core.session_draft import SessionDraft
from hamtimer.qt.session_form import EditorForm

logger = logging.getLogger(__name__)

PREVIEW_ID = "preview"


class SessionEditor(QDialog):
    """`session_id` None: a new session whose id comes from its name when saved. A duplicate
    passes its copy's id with `existing` False; an edit passes the id with `existing` True."""

    def __init__(
        self,
        store: CustomSessionStore,
        draft: SessionDraft,
        session_id: str | None = None,
        *,
        existing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if existing:
            self.setWindowTitle(translate("SessionEditor", "Edit “{name}”").format(name=draft.name))
        else:
            self.setWindowTitle(translate("SessionEditor", "New session"))
        self.setAccessibleName(self.windowTitle())
        self.resize(780, 780)
        self._store = store
        self._session_id = session_id
        self._existing = existing
        self._carried = draft.carried
        self.saved: SessionDefinition | None = None
        self.form = EditorForm(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(translate("SessionEditor", "Save the session"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("SessionEditor", "Cancel without saving"))
        self.form.layout_in(self, self.buttons)
        self.form.fill(draft)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self.refresh)
        self.refresh()

    # -- what the form holds ----------------------------------------------------------------

    def draft(self) -> SessionDraft:
        return replace(self.form.draft(), carried=self._carried)

    def planned_id(self) -> str:
        """The id this session has, or will get from its name when it is saved."""
        if self._session_id:
            return self._session_id
        return self._store.new_id(self.form.name_edit.text())

    # -- checking and saving -------------------------------------------------------------------

    def refresh(self) -> None:
        draft = self.draft()
        problems = check_draft(draft)
        self.form.show_problems(problems)
        self.form.save_error.show_message("")
        self.save_button.setEnabled(not problems)
        self.form.id_label.setText(
            translate("SessionEditor", "To start it from a command line: {command}").format(
                command=f"--start {self.planned_id()}"
            )
        )
        if problems:
            self.form.summary_label.setText(
                translate("SessionEditor", "Not ready to save: see the notes in red.")
            )
            return
        line, ready = _describe(draft)
        self.form.summary_label.setText(line)
        self.save_button.setEnabled(ready)

    def save(self) -> None:
        """Check, build and write; on any refusal stay open and say why."""
        draft = self.draft()
        try:
            definition = draft_to_definition(draft, self.planned_id())
            if self._existing:
                self._store.update(definition)
            else:
                self._store.add(definition)
        except DraftError as error:
            self.form.show_problems(list(error.problems))
            self.save_button.setEnabled(False)
            return
        except (SessionError, OSError) as error:
            logger.error("could not save session: %s", error)
            self.form.save_error.show_message(
                translate("SessionEditor", "Not saved: {reason}").format(reason=_reason(error))
            )
            return
        self.saved = definition
        self.accept()


def _describe(draft: SessionDraft) -> tuple[str, bool]:
    """'2 sets of 3 × 6 s work · 4 s rest · each leg · 3 min 49 s in all', and whether the
    session can be saved."""
    try:
        plan = build_plan(draft_to_definition(draft, PREVIEW_ID))
    except SessionError as error:  # the checks should have caught it; say so, never crash
        logger.error("a checked draft did not build a plan: %s", error)
        return translate("SessionEditor", "Not ready to save: {reason}").format(reason=error), False
    line = translate("SessionEditor", "{plan} · {length} in all")
    return line.format(plan=summary(plan), length=format_length(round(plan.total_s))), True


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        problem = error.strerror or error
        if error.filename:
            return translate(
                "SessionEditor", "the file could not be written ({file}): {problem}"
            ).format(file=error.filename, problem=problem)
        return translate("SessionEditor", "the file could not be written: {problem}").format(
            problem=problem
        )
    return str(error)
