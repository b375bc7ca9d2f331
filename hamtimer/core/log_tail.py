"""The newest sessions of the log, read backwards from its end: what a window shows first.

The log is appended in the order sessions end, so the sessions since a given instant sit
at its end. Reading from the end costs the same for a week's log and for years of it.
Lines that cannot be read are skipped here, never judged: the full load finds, keeps and
reports them.
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from hamtimer.core.records import SessionRecord
from hamtimer.core.safe_files import UTF8_BOM, decode_json

BLOCK_BYTES = 64 * 1024
MAX_TAIL_BYTES = 1024 * 1024  # ~2800 sessions: far more than a day holds


def read_recent(handle: BinaryIO, end: int, since: datetime) -> list[SessionRecord]:
    """The readable sessions at the end of the file's first `end` bytes, in file order,
    back to the first one (from the end) that started before `since`.

    Reads at most MAX_TAIL_BYTES; a longer stretch of recent sessions is cut short there.
    Raises OSError if the file cannot be read.
    """
    found: list[SessionRecord] = []
    position, carry = end, b""
    while position > 0 and end - position < MAX_TAIL_BYTES:
        start = max(0, position - BLOCK_BYTES)
        handle.seek(start)
        block = handle.read(position - start) + carry
        position = start
        if position == 0:
            block = block.removeprefix(UTF8_BOM)
        carry, *lines = block.split(b"\n") if position > 0 else [b"", *block.split(b"\n")]
        for line in reversed(lines):
            record = _record_or_none(line)
            if record is not None and record.started_at < since:
                return found[::-1]
            if record is not None:
                found.append(record)
    return found[::-1]


def _record_or_none(line: bytes) -> SessionRecord | None:
    content = line.rstrip(b"\r")
    if not content.strip():
        return None
    try:
        return SessionRecord.from_json(decode_json(content))
    except (ValueError, TypeError):  # unreadable, or from a newer version: not shown
        return None
