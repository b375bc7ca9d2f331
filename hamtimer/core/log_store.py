"""The session log: one JSON object per line, appended and fsynced, never rewritten in place.

A line that cannot be read is never thrown away: the whole file is moved aside as it was
and a fresh log holding the readable lines (and lines from newer versions) takes its place.
See docs/log-format.md.

A window need not wait for years of log: `begin_load` reads the newest sessions first, from
the end of the file, and the full load (validation, repair) then runs a slice at a time
(`LogLoading.step`), driven by whoever owns the event loop.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from hamtimer.core.i18n import plural, translate
from hamtimer.core.log_tail import read_recent
from hamtimer.core.records import FutureRecordError, SessionRecord
from hamtimer.core.safe_files import (
    MAX_JSON_BYTES,
    UTF8_BOM,
    append_line,
    atomic_write_bytes,
    decode_json,
    keep_copy,
)

logger = logging.getLogger(__name__)

MAX_LINE_BYTES = MAX_JSON_BYTES


class LogWriteError(OSError):
    """A session that could not be written yet; it stays in LogStore.pending."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(
            translate(
                "LogStore",
                "Your session could not be written to {file} ({reason}). The session is kept "
                "and will be written as soon as possible.",
            ).format(file=path, reason=_reason(cause))
        )
        self.errno = cause.errno
        self.path = path


@dataclass(frozen=True)
class LoadReport:
    """What load() found, and what it did about lines it could not read."""

    records: list[SessionRecord]
    unreadable_lines: int = 0
    future_records: int = 0
    quarantined_to: Path | None = None
    repair_error: str | None = None

    def message(self) -> str | None:
        """A plain note for the patient in their language, or None when all is well."""
        sentences = []
        if self.unreadable_lines:
            sentences.append(self._unreadable_sentence())
        if self.future_records:
            sentences.append(
                plural(
                    self.future_records,
                    translate(
                        "LogStore",
                        "{n} session saved by a newer version of hamtimer is kept in the log "
                        "but not shown.",
                    ),
                    translate(
                        "LogStore",
                        "{n} sessions saved by a newer version of hamtimer are kept in the log "
                        "but not shown.",
                    ),
                )
            )
        return " ".join(sentences) or None

    def _unreadable_sentence(self) -> str:
        if self.quarantined_to is None:
            return plural(
                self.unreadable_lines,
                translate(
                    "LogStore",
                    "{n} line of your session log could not be read, and the file could not "
                    "be set aside ({reason}), so it was left as it is; {kept}.",
                ),
                translate(
                    "LogStore",
                    "{n} lines of your session log could not be read, and the file could not "
                    "be set aside ({reason}), so it was left as it is; {kept}.",
                ),
                reason=self.repair_error,
                kept=self._kept_clause(),
            )
        return plural(
            self.unreadable_lines,
            translate(
                "LogStore",
                "{n} line of your session log could not be read. The original file was kept "
                "at {kept_at}; {kept}.",
            ),
            translate(
                "LogStore",
                "{n} lines of your session log could not be read. The original file was kept "
                "at {kept_at}; {kept}.",
            ),
            kept_at=self.quarantined_to,
            kept=self._kept_clause(),
        )

    def _kept_clause(self) -> str:
        """What is left of the log, the end of the sentence above (a clause of its own)."""
        readable = len(self.records)
        if readable == 0:
            return translate("LogStore", "no readable sessions were found in it")
        return plural(
            readable,
            translate("LogStore", "the {n} readable session is still here"),
            translate("LogStore", "the {n} readable sessions are still here"),
        )


@dataclass
class _ParsedLog:
    records: list[SessionRecord] = field(default_factory=list)
    kept_lines: list[bytes] = field(default_factory=list)
    unreadable: int = 0
    future: int = 0

    def take(self, number: int, line: bytes | None) -> None:
        """Sort one line: a record, a newer version's record (kept verbatim), or unreadable."""
        if line is None:
            self._refuse(number, f"it is longer than {MAX_LINE_BYTES // 1024} KiB")
            return
        content = line.rstrip(b"\r\n")
        if not content.strip():
            return  # a blank line carries nothing to keep
        try:
            record = SessionRecord.from_json(decode_json(content))
        except FutureRecordError:
            self.future += 1
        except (ValueError, TypeError) as error:  # RecordError, UnreadableJSONError, ...
            self._refuse(number, str(error))
            return
        else:
            self.records.append(record)
        self.kept_lines.append(line if line.endswith(b"\n") else line + b"\n")

    def _refuse(self, number: int, reason: str) -> None:
        self.unreadable += 1
        logger.warning("session log line %d is unreadable: %s", number, reason)


class LogStore:
    """The one owner of the session log file; keeps its records in memory for the UI.

    A session that cannot be written (disk full, read-only...) is kept in `pending` and
    written, in order, by the next flush_pending() or append().
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._records: list[SessionRecord] = []
        self._pending: list[tuple[SessionRecord, bytes]] = []
        self._loading: LogLoading | None = None
        self._arrived: list[SessionRecord] = []  # added while a load was under way

    @property
    def path(self) -> Path:
        return self._path

    @property
    def records(self) -> tuple[SessionRecord, ...]:
        """Every session loaded or appended, including those still pending.

        While a load begun by begin_load() is under way (`is_loaded` is False), only the
        recent sessions it read first, and those appended since.
        """
        return tuple(self._records)

    @property
    def is_loaded(self) -> bool:
        """False while a load is under way: `records` does not hold the whole log yet."""
        return self._loading is None

    @property
    def pending(self) -> tuple[SessionRecord, ...]:
        return tuple(record for record, _ in self._pending)

    def load(self) -> LoadReport:
        """Read the log (a missing file is an empty log) and repair it if lines are unreadable.

        A UTF-8 byte order mark at the start of the file is tolerated and dropped. A last
        line without its newline is judged by its content: a torn write does not parse and
        is unreadable; a complete record is kept. Raises OSError if the file exists but
        cannot be opened or read.
        """
        return self.begin_load().finish()

    def begin_load(self, recent_since: datetime | None = None) -> LogLoading:
        """Start a load that the returned LogLoading reads a slice at a time.

        With `recent_since`, the readable sessions that started since then are read first,
        from the end of the file, and are in `records` at once. Appends keep working while
        the load is under way. Raises OSError if the file exists but cannot be opened or
        its end cannot be read, and RuntimeError if a load is already under way.
        """
        if self._loading is not None:
            raise RuntimeError("the log is already being loaded")
        handle = self._open_if_there()
        try:
            loading = LogLoading(self, handle)
            recent: list[SessionRecord] = []
            if handle is not None and recent_since is not None:
                recent = read_recent(handle, loading.end, recent_since)
        except OSError:
            if handle is not None:
                handle.close()
            raise
        self._loading, self._arrived = loading, list(self.pending)
        self._records = [*recent, *self._arrived]
        return loading

    def _open_if_there(self) -> BinaryIO | None:
        try:
            return self._path.open("rb")
        except FileNotFoundError:
            logger.info("no session log at %s yet", self._path)
            return None

    def append(self, record: SessionRecord) -> None:
        """Add one session at the end of the log with a single write and an fsync.

        Raises ValueError (RecordError) for a record the log could not read back, and
        LogWriteError when the disk refuses it; the record is then pending.
        """
        line = encode_record(record)
        self._pending.append((record, line))
        self._records.append(record)
        if self._loading is not None:
            self._arrived.append(record)
        self.flush_pending()

    def flush_pending(self) -> int:
        """Write pending sessions in order; return how many were written."""
        written = 0
        while self._pending:
            try:
                append_line(self._path, self._pending[0][1])
            except OSError as error:
                logger.error("could not append to %s: %s", self._path, error)
                raise LogWriteError(self._path, error) from error
            del self._pending[0]
            written += 1
        return written

    @staticmethod
    def _report(
        parsed: _ParsedLog, quarantined_to: Path | None = None, repair_error: str | None = None
    ) -> LoadReport:
        return LoadReport(
            records=parsed.records,
            unreadable_lines=parsed.unreadable,
            future_records=parsed.future,
            quarantined_to=quarantined_to,
            repair_error=repair_error,
        )

    def _loaded(self, loading: LogLoading, parsed: _ParsedLog) -> LoadReport:
        """The end of a load: repair the file if it must, and hold every record."""
        report = self._repair(parsed, loading.end) if parsed.unreadable else self._report(parsed)
        if self._loading is loading:
            self._records = [*parsed.records, *self._arrived]
            self._loading, self._arrived = None, []
        return report

    def _stopped(self, loading: LogLoading) -> None:
        """A load that could not read on: `records` keeps what was read first, and appends."""
        if self._loading is loading:
            self._loading, self._arrived = None, []

    def _repair(self, parsed: _ParsedLog, end: int) -> LoadReport:
        """Keep the damaged file's bytes aside, then replace it with the lines worth keeping,
        followed by the lines appended after the load began (beyond `end`).

        The original stays in place until the fresh log atomically replaces it, so a crash
        at any point leaves every readable line in log.jsonl (at worst with one more kept
        copy made at the next start).
        """
        try:
            kept_at = keep_copy(self._path)
        except OSError as error:
            logger.error("could not keep a copy of %s: %s", self._path, error)
            return self._report(parsed, repair_error=_reason(error))
        try:
            appended = _bytes_after(self._path, end)
            atomic_write_bytes(self._path, b"".join(parsed.kept_lines) + appended)
        except OSError as error:
            logger.error("could not write a fresh log at %s: %s", self._path, error)
            _discard(kept_at)  # the original is still in place: one copy is less confusing
            return self._report(parsed, repair_error=_reason(error))
        return self._report(parsed, quarantined_to=kept_at)


def encode_record(record: SessionRecord) -> bytes:
    """One compact line, keys sorted; checked to read back, so the log never holds a line
    that load() would refuse."""
    text = json.dumps(
        record.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    )
    line = text.encode("utf-8")
    SessionRecord.from_json(decode_json(line, MAX_LINE_BYTES))
    return line + b"\n"


class LogLoading:
    """A load of the whole log, read a slice at a time (step) until `report` is set.

    The file is read up to the size it had when the load began: what comes after is the
    store's own appends, already in its records. A line cut by that end is judged like any
    last line without its newline.
    """

    def __init__(self, store: LogStore, handle: BinaryIO | None) -> None:
        self._store = store
        self._handle = handle
        self.end = os.fstat(handle.fileno()).st_size if handle is not None else 0
        self._parsed = _ParsedLog()
        lines = _lines(handle, self.end) if handle is not None else iter(())
        self._numbered = enumerate(lines, start=1)
        self._stopped = False
        self.report: LoadReport | None = None

    @property
    def done(self) -> bool:
        """True once the load has ended: read to its end (see `report`) or stopped."""
        return self.report is not None or self._stopped

    def step(self, max_lines: int = 1000) -> bool:
        """Read up to `max_lines` more lines; after the last, repair the log if it must and
        give the store every record. Return whether the load is done.

        Raises OSError if the file cannot be read; the load is then over, and the store
        keeps the sessions it read first.
        """
        if self.done:
            return True
        try:
            taken = 0
            for number, line in itertools.islice(self._numbered, max_lines):
                self._parsed.take(number, line)
                taken += 1
        except OSError:
            self._close()
            self._stopped = True
            self._store._stopped(self)
            raise
        if taken < max_lines:
            self._close()
            self.report = self._store._loaded(self, self._parsed)
        return self.done

    def finish(self) -> LoadReport:
        """Read the rest at once."""
        while not self.step():
            pass
        assert self.report is not None
        return self.report

    def _close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def read_lines(handle: BinaryIO) -> Iterator[bytes | None]:
    """Every line of a JSON Lines file as it is now, with the log's limits (the journal and
    the read-only report use it too)."""
    return _lines(handle, os.fstat(handle.fileno()).st_size)


def _lines(handle: BinaryIO, end: int) -> Iterator[bytes | None]:
    """Yield each line of the first `end` bytes, or None for one over the limit, never
    holding more than the limit."""
    handle.seek(0)
    position = len(UTF8_BOM) if handle.read(min(len(UTF8_BOM), end)) == UTF8_BOM else 0
    handle.seek(position)
    while position < end and (line := handle.readline(min(MAX_LINE_BYTES + 1, end - position))):
        position += len(line)
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while position < end and (rest := handle.readline(min(MAX_LINE_BYTES, end - position))):
            position += len(rest)
            if rest.endswith(b"\n"):
                break
        yield None


def _bytes_after(path: Path, offset: int) -> bytes:
    """The lines appended beyond `offset`, less the newline that fenced off a torn tail."""
    with path.open("rb") as handle:
        handle.seek(offset)
        return handle.read().lstrip(b"\n")


def _discard(kept_at: Path) -> None:
    try:
        kept_at.unlink()
    except OSError as error:
        logger.error("could not remove the spare copy %s: %s", kept_at, error)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
