"""Importing a session file the patient chose.

The file is read and checked in full before anything is written: through the same loader
as the sessions folder (size, depth, every field), then the plan and the round trip of
session_json. An id that is already used is the patient's choice: keep both (the import gets
a new id, and a new name when its name is taken too), or replace their own session of that
id (whose file is kept as a deleted copy). A built-in session is never replaced.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from hamtimer.core.custom_sessions import CustomSessionStore
from hamtimer.core.i18n import translate
from hamtimer.core.session import SessionDefinition, SessionError
from hamtimer.core.session_json import encode_definition
from hamtimer.core.session_loader import in_file, load_session_file
from hamtimer.core.session_names import IMPORTED_MARK, free_name, mark_text, marked_name


class ImportChoice(Enum):
    KEEP_BOTH = "keep both"
    REPLACE = "replace"


@dataclass(frozen=True)
class IdClash:
    incoming: SessionDefinition
    existing: SessionDefinition | None  # None: a file of that name is there but did not load
    renamed: SessionDefinition  # what keeping both would import

    @property
    def can_replace(self) -> bool:
        return self.existing is not None and not self.existing.builtin


@dataclass(frozen=True)
class Imported:
    definition: SessionDefinition
    replaced_kept_at: Path | None = None  # the replaced session's file, kept


def read_import(path: Path) -> SessionDefinition:
    """The checked definition in `path`, or SessionError naming the file and the field.

    Only a regular file is opened: a pipe or a device could block or never end.
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise SessionError(
            translate("SessionImport", "{file}: cannot be opened ({reason})").format(
                file=path, reason=error.strerror or error
            )
        ) from None
    if not stat.S_ISREG(mode):
        raise SessionError(translate("SessionImport", "{file}: is not a file").format(file=path))
    definition = load_session_file(path, builtin=False)
    try:
        encode_definition(definition)
    except SessionError as error:
        raise SessionError(in_file(path, error)) from None
    return definition


def find_clash(store: CustomSessionStore, incoming: SessionDefinition) -> IdClash | None:
    session_id = incoming.id
    existing = store.builtins.get(session_id) or store.sessions.get(session_id)
    if existing is None and not store.has_file(session_id):
        return None
    names = store.taken_names()
    name = incoming.name
    if name in names:
        name = free_name(marked_name(name, mark_text(IMPORTED_MARK)), names)
    renamed = replace(incoming, id=store.new_id(session_id), name=name)
    return IdClash(incoming, existing, renamed)


def import_definition(
    store: CustomSessionStore,
    incoming: SessionDefinition,
    choice: ImportChoice = ImportChoice.KEEP_BOTH,
) -> Imported:
    """Save an import as the patient chose; raises SessionError or OSError (the sessions
    folder is then as it was)."""
    clash = find_clash(store, incoming)
    if clash is None:
        store.add(incoming)
        return Imported(incoming)
    if choice is ImportChoice.KEEP_BOTH:
        store.add(clash.renamed)
        return Imported(clash.renamed)
    if not clash.can_replace:
        raise SessionError(
            translate(
                "SessionImport", "{id} is not one of your sessions, so it is not replaced"
            ).format(id=repr(incoming.id))
        )
    encode_definition(incoming)  # refuse before the old file is touched
    deleted = store.delete(incoming.id)
    try:
        store.add(incoming)
    except (OSError, SessionError):
        store.restore(deleted)
        raise
    return Imported(incoming, deleted.kept_at)
