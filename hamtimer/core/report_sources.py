"""Read the log, the journal and the program state for a report without changing anything.

The stores' own load() repairs what it cannot read (the damaged file is kept aside and a
fresh one written) and moves an unreadable program state aside: right for the app, which
owns the data folder, wrong for an export, which may run beside the app and must leave the
data folder exactly as it found it. Here an unreadable line is only counted and reported;
nothing in the data folder is opened for writing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from hamtimer.core.i18n import plural, translate
from hamtimer.core.journal import FutureEntryError, JournalEntry
from hamtimer.core.log_store import read_lines
from hamtimer.core.program_store import ProgramState, ProgramStateError
from hamtimer.core.records import FutureRecordError, SessionRecord
from hamtimer.core.safe_files import UnreadableJSONError, decode_json, read_json_bounded

logger = logging.getLogger(__name__)

Item = TypeVar("Item")


@dataclass(frozen=True)
class ReportSources:
    """What the data folder holds, read-only, and plain notes about what could not be used."""

    records: list[SessionRecord]
    journal: list[JournalEntry]
    state: ProgramState
    problems: list[str] = field(default_factory=list)


@dataclass
class _Lines:
    items: list[object] = field(default_factory=list)
    unreadable: int = 0
    future: int = 0


def read_sources(log_file: Path, journal_file: Path, state_file: Path) -> ReportSources:
    """Read all three files; a missing file is empty. Raises OSError for one that exists
    but cannot be read (the message names the file)."""
    log = _read_jsonl(log_file, SessionRecord.from_json, FutureRecordError)
    journal = _read_jsonl(journal_file, JournalEntry.from_json, FutureEntryError)
    state, state_problem = _read_state(state_file)
    problems = [*_log_problems(log), *_journal_problems(journal)]
    problems += [state_problem] if state_problem else []
    records = [item for item in log.items if isinstance(item, SessionRecord)]
    entries = [item for item in journal.items if isinstance(item, JournalEntry)]
    records.sort(key=lambda record: record.started_at)
    entries.sort(key=lambda entry: entry.at)
    return ReportSources(records, entries, state, problems)


def _read_jsonl(path: Path, parse: Callable[[object], Item], future: type[Exception]) -> _Lines:
    found = _Lines()
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return found
    with handle:
        for line in read_lines(handle):
            _take(found, line, parse, future)
    return found


def _take(
    found: _Lines, line: bytes | None, parse: Callable[[object], Item], future: type[Exception]
) -> None:
    if line is not None and not line.strip():
        return
    try:
        if line is None:
            raise UnreadableJSONError("the line is too long")
        found.items.append(parse(decode_json(line.rstrip(b"\r\n"))))
    except future:
        found.future += 1
    except (ValueError, TypeError) as error:
        found.unreadable += 1
        logger.info("a line is unreadable and left out of the report: %s", error)


def _read_state(path: Path) -> tuple[ProgramState, str | None]:
    try:
        return ProgramState.from_json(read_json_bounded(path)), None
    except FileNotFoundError:
        return ProgramState(), None
    except (UnreadableJSONError, ProgramStateError) as error:
        return ProgramState(), translate(
            "ReportSources",
            "The program file {file} could not be read ({error}); the onset date and current "
            "stage are not known.",
        ).format(file=path.name, error=error)


def _log_problems(found: _Lines) -> list[str]:
    problems = []
    if found.unreadable:
        problems.append(
            plural(
                found.unreadable,
                translate(
                    "ReportSources",
                    "{n} line of the session log could not be read: not in this report.",
                ),
                translate(
                    "ReportSources",
                    "{n} lines of the session log could not be read: not in this report.",
                ),
            )
        )
    if found.future:
        problems.append(
            plural(
                found.future,
                translate(
                    "ReportSources", "{n} session saved by a newer hamtimer: not in this report."
                ),
                translate(
                    "ReportSources", "{n} sessions saved by a newer hamtimer: not in this report."
                ),
            )
        )
    return problems


def _journal_problems(found: _Lines) -> list[str]:
    problems = []
    if found.unreadable:
        problems.append(
            plural(
                found.unreadable,
                translate(
                    "ReportSources",
                    "{n} line of the journal could not be read: not in this report.",
                ),
                translate(
                    "ReportSources",
                    "{n} lines of the journal could not be read: not in this report.",
                ),
            )
        )
    if found.future:
        problems.append(
            plural(
                found.future,
                translate(
                    "ReportSources", "{n} entry saved by a newer hamtimer: not in this report."
                ),
                translate(
                    "ReportSources", "{n} entries saved by a newer hamtimer: not in this report."
                ),
            )
        )
    return problems
