"""The newest sessions read backwards from the end of the log, whatever its length."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from hamtimer.core.log_store import encode_record
from hamtimer.core.log_tail import BLOCK_BYTES, read_recent
from hamtimer.core.records import SessionRecord
from tests.records import a_session

CET = timezone(timedelta(hours=1))
SINCE = datetime(2026, 11, 24, 0, 0, tzinfo=CET)


def at(day: int, hour: int) -> SessionRecord:
    return a_session(datetime(2026, 11, day, hour, 0, tzinfo=CET))


def old_sessions(count: int) -> list[SessionRecord]:
    start = datetime(2026, 11, 20, 8, 0, tzinfo=CET)
    return [a_session(start - timedelta(hours=4 * n)) for n in range(count, 0, -1)]


class CountingFile(io.BytesIO):
    """A file in memory that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        self.bytes_read += len(data)
        return data


def log_of(*records: SessionRecord, extra: bytes = b"") -> bytes:
    return b"".join(encode_record(record) for record in records) + extra


def recent(data: bytes) -> list[SessionRecord]:
    return read_recent(io.BytesIO(data), len(data), SINCE)


def test_only_the_sessions_since_the_cutoff_are_returned_in_log_order() -> None:
    data = log_of(*old_sessions(20), at(24, 9), at(25, 8), at(25, 12))
    assert recent(data) == [at(24, 9), at(25, 8), at(25, 12)]


def test_years_of_history_are_not_read_for_todays_sessions() -> None:
    data = log_of(*old_sessions(5000), at(25, 8), at(25, 12))
    handle = CountingFile(data)
    assert read_recent(handle, len(data), SINCE) == [at(25, 8), at(25, 12)]
    assert len(data) > 20 * BLOCK_BYTES
    assert handle.bytes_read <= BLOCK_BYTES


def test_the_bytes_past_the_end_given_are_not_read() -> None:
    data = log_of(at(25, 8), at(25, 12))
    end = len(log_of(at(25, 8)))
    assert read_recent(io.BytesIO(data), end, SINCE) == [at(25, 8)]


def test_a_log_of_recent_sessions_only_is_read_to_its_start_past_a_byte_order_mark() -> None:
    data = b"\xef\xbb\xbf" + log_of(at(25, 8), at(25, 12))
    assert recent(data) == [at(25, 8), at(25, 12)]


def test_unreadable_blank_and_unterminated_lines_are_skipped_or_judged_by_content() -> None:
    data = log_of(at(25, 8), extra=b"not json\n\n" + encode_record(at(25, 12)).rstrip(b"\n"))
    assert recent(data) == [at(25, 8), at(25, 12)]
    torn = log_of(at(25, 8), extra=encode_record(at(25, 12))[:50])
    assert recent(torn) == [at(25, 8)]


def test_a_session_older_than_the_cutoff_stops_the_scan_even_with_newer_ones_before_it() -> None:
    data = log_of(at(25, 7), at(20, 8), at(25, 12))  # a clock change logged one out of order
    assert recent(data) == [at(25, 12)]
