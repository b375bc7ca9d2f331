"""The patient's own sessions: one schema v2 file each in `<data dir>/sessions/`.

The store is the only code that writes there. Every write is atomic and comes after the
definition has read back the same and built a plan (session_json.encode_definition), so a
refused save changes nothing. A file that cannot be used is moved aside, kept, and reported;
the others still load. Deleting never destroys a file: it is renamed to
`<id>.json.deleted-<stamp>` beside the others, and `restore` brings it back.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hamtimer.core.i18n import translate
from hamtimer.core.safe_files import atomic_write_bytes, fsync_directory, quarantine
from hamtimer.core.session import SessionDefinition, SessionError
from hamtimer.core.session_json import encode_definition
from hamtimer.core.session_loader import in_file, load_session_file
from hamtimer.core.session_names import copy_of, free_id

logger = logging.getLogger(__name__)

SESSION_SUFFIX = ".json"
DELETED_MARK = ".deleted-"


@dataclass(frozen=True)
class LoadReport:
    sessions: dict[str, SessionDefinition]
    problems: tuple[str, ...]  # one plain line each, for the window's banner


@dataclass(frozen=True)
class DeletedSession:
    definition: SessionDefinition
    path: Path  # where it was
    kept_at: Path  # where it is now


class CustomSessionStore:
    def __init__(self, directory: Path, builtins: Mapping[str, SessionDefinition]) -> None:
        self.directory = directory
        self.builtins = builtins
        self._sessions: dict[str, SessionDefinition] = {}
        self._paths: dict[str, Path] = {}

    @property
    def sessions(self) -> Mapping[str, SessionDefinition]:
        """The patient's sessions as last loaded or saved, by name."""
        return dict(sorted(self._sessions.items(), key=lambda item: item[1].name.casefold()))

    def taken_ids(self) -> set[str]:
        return set(self.builtins) | set(self._sessions)

    def taken_names(self) -> set[str]:
        return {d.name for d in (*self.builtins.values(), *self._sessions.values())}

    def path_of(self, session_id: str) -> Path:
        return self._paths[session_id]

    # -- reading ------------------------------------------------------------------------------

    def load(self) -> LoadReport:
        """Load every `*.json` file; never raises. A missing folder is no sessions yet."""
        self._sessions.clear()
        self._paths.clear()
        try:
            paths = sorted(p for p in self.directory.iterdir() if _is_session_name(p.name))
        except FileNotFoundError:
            return LoadReport({}, ())
        except OSError as error:
            message = translate(
                "CustomSessions",
                "Your own sessions in {folder} could not be read ({reason}); only the built-in "
                "ones are shown.",
            ).format(folder=self.directory, reason=error.strerror or error)
            return LoadReport({}, (message,))
        problems = [problem for path in paths if (problem := self._load_one(path))]
        return LoadReport(dict(self.sessions), tuple(problems))

    def _load_one(self, path: Path) -> str | None:
        if not path.is_file():
            return translate(
                "CustomSessions", "{file} is not a session file, so it was skipped."
            ).format(file=path)
        try:
            path.open("rb").close()
        except OSError as error:
            return translate(
                "CustomSessions",
                "Your session file {file} could not be opened ({reason}); it was left where it is.",
            ).format(file=path, reason=error.strerror or error)
        try:
            definition = load_session_file(path, builtin=False)
            encode_definition(definition)  # it builds a plan, and could be saved again
        except SessionError as error:
            return _set_aside(path, str(error).removeprefix(in_file(path, "")))
        return self._accept(path, definition)

    def _accept(self, path: Path, definition: SessionDefinition) -> str | None:
        if definition.id in self.builtins:
            return translate(
                "CustomSessions",
                "Your session file {file} uses the id {id} of a built-in session, so it was "
                "not loaded; import it to give it an id of its own.",
            ).format(file=path, id=repr(definition.id))
        if definition.id in self._paths:
            return translate(
                "CustomSessions",
                "Your session file {file} uses the id {id} of {other}, so it was not loaded; "
                "import it to give it an id of its own.",
            ).format(file=path, id=repr(definition.id), other=self._paths[definition.id].name)
        self._sessions[definition.id] = definition
        self._paths[definition.id] = path
        return None

    # -- writing ------------------------------------------------------------------------------

    def new_id(self, wanted: str) -> str:
        """A free id like `wanted`: not a session's, and no file of that name in the folder."""
        return free_id(wanted, self.taken_ids(), self.has_file)

    def copy_of(self, source: SessionDefinition) -> SessionDefinition:
        """The patient's own copy of a built-in or custom session, not yet saved."""
        return copy_of(source, self.taken_ids(), self.taken_names(), self.has_file)

    def add(self, definition: SessionDefinition) -> Path:
        """Save a new session; raises SessionError (nothing written) or OSError."""
        if definition.id in self.taken_ids() or self.has_file(definition.id):
            raise SessionError(
                translate(
                    "CustomSessions", "id {id} is already used; it cannot be saved again"
                ).format(id=repr(definition.id))
            )
        data = encode_definition(definition)
        return self._write(self.directory / f"{definition.id}{SESSION_SUFFIX}", definition, data)

    def update(self, definition: SessionDefinition) -> Path:
        """Save changes to one of the patient's sessions, in its own file."""
        if definition.id not in self._paths:
            raise SessionError(
                translate(
                    "CustomSessions", "{session}: there is no session of yours to change"
                ).format(session=definition.name)
            )
        data = encode_definition(definition)
        return self._write(self._paths[definition.id], definition, data)

    def delete(self, session_id: str, now: datetime | None = None) -> DeletedSession:
        """Rename the file to a kept copy; raises KeyError or OSError (nothing changed)."""
        path = self._paths[session_id]
        kept_at = move_aside(path, DELETED_MARK, now)
        definition = self._sessions.pop(session_id)
        del self._paths[session_id]
        logger.info("deleted session %s; kept at %s", session_id, kept_at)
        return DeletedSession(definition, path, kept_at)

    def restore(self, deleted: DeletedSession) -> SessionDefinition:
        """Undo a delete: the kept copy goes back under its name, if both are still free."""
        definition = load_session_file(deleted.kept_at, builtin=False)
        if definition.id in self.taken_ids() or deleted.path.exists():
            raise SessionError(
                translate(
                    "CustomSessions",
                    "{session} cannot be brought back: its id is in use again. Its file is kept "
                    "at {kept_at}; import it to have it under another id.",
                ).format(session=definition.name, kept_at=deleted.kept_at)
            )
        os.replace(deleted.kept_at, deleted.path)
        fsync_directory(deleted.path.parent)
        self._sessions[definition.id] = definition
        self._paths[definition.id] = deleted.path
        return definition

    def _write(self, path: Path, definition: SessionDefinition, data: bytes) -> Path:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
        self._sessions[definition.id] = definition
        self._paths[definition.id] = path
        logger.info("saved session %s to %s", definition.id, path)
        return path

    def has_file(self, session_id: str) -> bool:
        """Whether `<id>.json` is in the folder, loaded or not."""
        return os.path.lexists(self.directory / f"{session_id}{SESSION_SUFFIX}")


def export_definition(definition: SessionDefinition, path: Path) -> None:
    """Write a session file to a path the patient chose, atomically; raises SessionError
    (nothing written) or OSError."""
    atomic_write_bytes(path, encode_definition(definition))


def peek_session_ids(directory: Path) -> set[str]:
    """The ids of the usable session files in `directory`, changing nothing: for checking
    `--start ID` before the data folder is touched. The real load() reports the others."""
    try:
        paths = [p for p in directory.iterdir() if _is_session_name(p.name) and p.is_file()]
    except OSError:
        return set()
    ids: set[str] = set()
    for path in paths:
        try:
            ids.add(load_session_file(path, builtin=False).id)
        except SessionError as error:
            logger.debug("not a usable session file: %s", error)
    return ids


def move_aside(path: Path, mark: str, now: datetime | None = None) -> Path:
    """Rename `path` to `<name><mark><stamp>[-N]` beside it; never overwrites a file."""
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}{mark}{stamp}")
    counter = 0
    while os.path.lexists(target):
        counter += 1
        target = path.with_name(f"{path.name}{mark}{stamp}-{counter}")
    os.replace(path, target)
    fsync_directory(path.parent)
    return target


def _is_session_name(name: str) -> bool:
    return name.endswith(SESSION_SUFFIX) and not name.startswith(".")


def _set_aside(path: Path, reason: str) -> str:
    logger.warning("session file %s cannot be used: %s", path, reason)
    try:
        kept = quarantine(path)
    except OSError as error:
        return translate(
            "CustomSessions",
            "Your session file {file} cannot be used ({reason}), and it could not be moved "
            "aside ({move_error}); it was skipped.",
        ).format(file=path, reason=reason, move_error=error.strerror or error)
    return translate(
        "CustomSessions",
        "Your session file {file} cannot be used ({reason}), so it was moved aside to "
        "{kept_at}; your other sessions are loaded.",
    ).format(file=path.name, reason=reason, kept_at=kept)
