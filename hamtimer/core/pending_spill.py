"""Sessions the log could not take (disk full, read-only folder) wait elsewhere until it can.

At quit, sessions still pending are written to the first spill folder that takes them; at
the next start they are appended to the log and their spill file removed. A session already
in the log is not added twice, so a crash between the two steps duplicates nothing.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hamtimer.core.i18n import translate
from hamtimer.core.log_store import LogStore, encode_record
from hamtimer.core.records import RecordError, SessionRecord
from hamtimer.core.safe_files import UnreadableJSONError, atomic_write_bytes, decode_json

logger = logging.getLogger(__name__)

MAX_SPILL_BYTES = 16 * 1024 * 1024


@dataclass
class Adopted:
    sessions: int = 0
    problems: list[str] = field(default_factory=list)


def spill_prefix(log_path: Path) -> str:
    """Spill files name the log they belong to, so two data folders never mix."""
    return "pending-" + hashlib.sha256(str(log_path.resolve()).encode()).hexdigest()[:16]


def spill(store: LogStore, folders: Sequence[Path]) -> Path | None:
    """Write the pending sessions to the first folder that takes them; None if none pending.

    Raises OSError naming every folder tried when none could take them.
    """
    if not store.pending:
        return None
    data = b"".join(encode_record(record) for record in store.pending)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    errors: list[str] = []
    for folder in folders:
        target = folder / f"{spill_prefix(store.path)}-{stamp}-{os.getpid()}.jsonl"
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except OSError as error:
            errors.append(f"{folder}: {error.strerror or error}")
            continue
        logger.warning("%d pending sessions kept at %s", len(store.pending), target)
        return target
    raise OSError(
        translate(
            "PendingSpill", "the pending sessions could not be kept anywhere ({errors})"
        ).format(errors="; ".join(errors))
    )


def adopt(store: LogStore, folders: Sequence[Path]) -> Adopted:
    """Append sessions spilled by an earlier run to the loaded log, then remove their files."""
    result = Adopted()
    spilled = [
        path
        for folder in folders
        for path in sorted(folder.glob(f"{spill_prefix(store.path)}-*.jsonl"))
    ]
    if not spilled:  # the usual start: no work in proportion to the log's size
        return result
    known = {_key(record) for record in store.records}
    for path in spilled:
        try:
            records = _read_spill(path)
            for record in records:
                if _key(record) not in known:
                    store.append(record)
                    result.sessions += 1
            path.unlink()
        except (OSError, ValueError) as error:
            result.problems.append(
                translate(
                    "PendingSpill", "Sessions kept at {file} could not be added: {error}"
                ).format(file=path, error=error)
            )
    return result


def _key(record: SessionRecord) -> tuple[str, datetime, datetime]:
    """One session, whoever wrote it: the same session cannot start and end twice."""
    return (record.session_id, record.started_at, record.ended_at)


def _read_spill(path: Path) -> list[SessionRecord]:
    if path.stat().st_size > MAX_SPILL_BYTES:
        raise UnreadableJSONError(
            translate("PendingSpill", "the file is larger than {most} bytes").format(
                most=MAX_SPILL_BYTES
            )
        )
    records = []
    for line in path.read_bytes().splitlines():
        if line.strip():
            try:
                records.append(SessionRecord.from_json(decode_json(line)))
            except RecordError as error:
                raise UnreadableJSONError(str(error)) from None
    return records
