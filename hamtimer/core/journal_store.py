"""journal.jsonl: the journal entries, appended with an fsync like the session log.

A line that cannot be read is handled as in the session log: the file is kept aside as it
was, a fresh journal with the readable lines (and newer versions' lines) replaces it, and
the patient is told.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from hamtimer.core.i18n import plural, translate
from hamtimer.core.journal import FutureEntryError, JournalEntry
from hamtimer.core.log_store import MAX_LINE_BYTES, read_lines
from hamtimer.core.safe_files import append_line, atomic_write_bytes, decode_json, keep_copy

logger = logging.getLogger(__name__)


class JournalWriteError(OSError):
    """An entry the disk refused; it stays pending and is retried with the next one."""


class JournalStore:
    """The one owner of journal.jsonl; keeps its entries in memory for the UI."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._entries: list[JournalEntry] = []
        self._pending: list[bytes] = []

    @property
    def path(self) -> Path:
        return self._path

    @property
    def entries(self) -> tuple[JournalEntry, ...]:
        return tuple(self._entries)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def load(self) -> str | None:
        """Read the journal; return a note for the patient when lines could not be read."""
        entries: list[JournalEntry] = []
        kept: list[bytes] = []
        unreadable = 0
        try:
            handle = self._path.open("rb")
        except FileNotFoundError:
            handle = None
        if handle is not None:
            with handle:
                for line in read_lines(handle):
                    entry, keep = _take(line)
                    unreadable += 0 if keep else 1
                    if keep and line is not None and line.strip():
                        kept.append(line if line.endswith(b"\n") else line + b"\n")
                    if entry is not None:
                        entries.append(entry)
        self._entries = entries
        return self._repair(kept, unreadable) if unreadable else None

    def append(self, entry: JournalEntry) -> None:
        """Append one entry with a single write and an fsync; raises JournalWriteError."""
        self._pending.append(encode_entry(entry))
        self._entries.append(entry)
        while self._pending:
            try:
                append_line(self._path, self._pending[0])
            except OSError as error:
                logger.error("could not append to %s: %s", self._path, error)
                message = translate(
                    "JournalStore",
                    "Your journal could not be written to {file} ({reason}); the entry is kept "
                    "and written next time.",
                )
                raise JournalWriteError(
                    error.errno,
                    message.format(file=self._path, reason=error.strerror or error),
                ) from error
            del self._pending[0]

    def _repair(self, kept: list[bytes], unreadable: int) -> str:
        try:
            kept_at = keep_copy(self._path)
            atomic_write_bytes(self._path, b"".join(kept))
        except OSError as error:
            logger.error("could not repair %s: %s", self._path, error)
            return plural(
                unreadable,
                translate(
                    "JournalStore",
                    "{n} line of your journal could not be read and the file could not be set "
                    "aside ({reason}); it was left as it is.",
                ),
                translate(
                    "JournalStore",
                    "{n} lines of your journal could not be read and the file could not be set "
                    "aside ({reason}); it was left as it is.",
                ),
                reason=error.strerror or error,
            )
        return plural(
            unreadable,
            translate(
                "JournalStore",
                "{n} line of your journal (pain ratings and notes) could not be read. The "
                "original file was kept at {kept_at}; the readable entries are still here.",
            ),
            translate(
                "JournalStore",
                "{n} lines of your journal (pain ratings and notes) could not be read. The "
                "original file was kept at {kept_at}; the readable entries are still here.",
            ),
            kept_at=kept_at,
        )


def _take(line: bytes | None) -> tuple[JournalEntry | None, bool]:
    """The entry on a line and whether the line is kept (blank and newer lines are)."""
    if line is None:
        return None, False
    content = line.rstrip(b"\r\n")
    if not content.strip():
        return None, True
    try:
        return JournalEntry.from_json(decode_json(content)), True
    except FutureEntryError:
        return None, True
    except (ValueError, TypeError) as error:
        logger.warning("journal line unreadable: %s", error)
        return None, False


def encode_entry(entry: JournalEntry) -> bytes:
    """One compact line, checked to read back."""
    text = json.dumps(entry.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    line = text.encode("utf-8")
    JournalEntry.from_json(decode_json(line, MAX_LINE_BYTES))
    return line + b"\n"
