"""The session log on disk: round trips, appends that never touch old bytes, quarantine of
unreadable lines, and sessions kept safe when the disk refuses them."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from hamtimer.core import log_store as log_store_module
from hamtimer.core import safe_files
from hamtimer.core.log_store import LoadReport, LogStore, LogWriteError, encode_record
from hamtimer.core.records import RecordError, SessionRecord
from tests.records import a_session

CET = timezone(timedelta(hours=1))
QUARANTINE_NAME = re.compile(r"log\.jsonl\.unreadable-\d{8}T\d{6}")


def session(minute: int = 0, tz: timezone = CET, **changes: Any) -> SessionRecord:
    """A completed bridge-hold session starting at 10:<minute> on 25 November 2026."""
    return a_session(datetime(2026, 11, 25, 10, minute, 0, tzinfo=tz), **changes)


def line_of(record: SessionRecord) -> bytes:
    return encode_record(record)


def future_line() -> bytes:
    data = json.loads(line_of(session()))
    data.update(schema_version=99, mood="great")
    return json.dumps(data, separators=(",", ":")).encode() + b"\n"


def loaded(path: Path) -> tuple[LogStore, LoadReport]:
    store = LogStore(path)
    return store, store.load()


def kept_files(directory: Path) -> list[Path]:
    return [p for p in directory.iterdir() if QUARANTINE_NAME.fullmatch(p.name)]


class FullDisk:
    """Stands in for os.write: refuses every write while `full`, like a disk with no space."""

    def __init__(self, real_write: Callable[[int, bytes], int]) -> None:
        self.full = True
        self._real_write = real_write

    def __call__(self, fd: int, data: bytes) -> int:
        if self.full:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self._real_write(fd, data)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    disk = FullDisk(os.write)
    monkeypatch.setattr(os, "write", disk)
    return disk


# --- reading and writing -------------------------------------------------------------------


def test_a_missing_log_loads_as_empty_with_nothing_to_report(data_dir: Path) -> None:
    _, report = loaded(data_dir / "log.jsonl")
    assert report.records == []
    assert report.message() is None


def test_records_survive_a_round_trip_with_their_utc_offsets(data_dir: Path) -> None:
    records = [
        session(0),
        session(5, tz=timezone(timedelta(hours=-7))),
        session(9, tz=UTC),
    ]
    writer = LogStore(data_dir / "log.jsonl")
    for record in records:
        writer.append(record)
    _, report = loaded(data_dir / "log.jsonl")
    assert report.records == records
    assert [r.started_at.utcoffset() for r in report.records] == [
        timedelta(hours=1),
        timedelta(hours=-7),
        timedelta(0),
    ]


def test_each_record_is_one_compact_line_with_sorted_keys(data_dir: Path) -> None:
    LogStore(data_dir / "log.jsonl").append(session(stop_reason=None))
    text = (data_dir / "log.jsonl").read_text("utf-8")
    assert text.endswith("}\n") and text.count("\n") == 1
    assert ", " not in text and '": ' not in text
    assert list(json.loads(text)) == sorted(json.loads(text))
    assert '"started_at":"2026-11-25T10:00:00+01:00"' in text


def test_non_ascii_names_are_written_as_utf8_text(data_dir: Path) -> None:
    LogStore(data_dir / "log.jsonl").append(session(session_name="Brücke"))
    assert "Brücke".encode() in (data_dir / "log.jsonl").read_bytes()


def test_append_keeps_every_earlier_byte_unchanged(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)) + future_line())
    before = path.read_bytes()
    LogStore(path).append(session(7))
    assert path.read_bytes() == before + line_of(session(7))


def test_records_include_loaded_and_appended_sessions(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)))
    store, _ = loaded(path)
    store.append(session(7))
    assert store.records == (session(0), session(7))


def test_a_record_that_would_not_read_back_is_refused_before_writing(data_dir: Path) -> None:
    store = LogStore(data_dir / "log.jsonl")
    with pytest.raises(RecordError, match="started_at"):
        store.append(a_session(datetime(2026, 11, 25, 10, 0)))  # no UTC offset
    assert not (data_dir / "log.jsonl").exists()
    assert store.pending == ()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_log_is_created_readable_by_its_owner_only(data_dir: Path) -> None:
    LogStore(data_dir / "log.jsonl").append(session())
    assert stat.S_IMODE((data_dir / "log.jsonl").stat().st_mode) == 0o600


def test_a_byte_order_mark_at_the_start_is_tolerated(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + line_of(session(0)) + line_of(session(1)))
    _, report = loaded(path)
    assert report.records == [session(0), session(1)]
    assert report.message() is None
    assert kept_files(data_dir) == []


def test_blank_lines_are_skipped_without_a_report(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)) + b"\n  \n" + line_of(session(1)))
    _, report = loaded(path)
    assert report.records == [session(0), session(1)]
    assert report.message() is None


def test_a_complete_last_record_missing_its_newline_is_kept(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)).rstrip(b"\n"))
    _, report = loaded(path)
    assert report.records == [session(0)]
    assert report.unreadable_lines == 0


def test_append_after_a_missing_final_newline_starts_a_line_of_its_own(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)).rstrip(b"\n"))
    LogStore(path).append(session(1))
    _, report = loaded(path)
    assert report.records == [session(0), session(1)]


# --- unreadable lines ----------------------------------------------------------------------


def test_a_torn_last_line_moves_the_original_aside_byte_for_byte(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    original = line_of(session(0)) + line_of(session(1)) + line_of(session(2))[:40]
    path.write_bytes(original)
    _, report = loaded(path)
    assert report.quarantined_to is not None
    assert QUARANTINE_NAME.fullmatch(report.quarantined_to.name)
    assert report.quarantined_to.parent == data_dir
    assert report.quarantined_to.read_bytes() == original


def test_a_torn_last_line_leaves_a_fresh_log_of_the_readable_records(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)) + line_of(session(1)) + line_of(session(2))[:40])
    _, report = loaded(path)
    assert report.records == [session(0), session(1)]
    assert report.unreadable_lines == 1
    assert path.read_bytes() == line_of(session(0)) + line_of(session(1))


def test_the_quarantine_message_names_the_kept_file_and_the_readable_count(
    data_dir: Path,
) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(b"garbage\n" + line_of(session(0)) + b"{\n" + line_of(session(1)))
    _, report = loaded(path)
    assert report.message() == (
        "2 lines of your session log could not be read. The original file was kept at "
        f"{report.quarantined_to}; the 2 readable sessions are still here."
    )


def test_the_message_speaks_of_one_line_and_one_session_in_the_singular(
    data_dir: Path,
) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(b"garbage\n" + line_of(session(0)))
    _, report = loaded(path)
    message = report.message()
    assert message is not None
    assert message.startswith("1 line of your session log could not be read.")
    assert message.endswith("the 1 readable session is still here.")


def test_a_line_that_is_not_utf8_is_unreadable(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)) + b'{"name": "\xff\xfe\x80"}\n')
    _, report = loaded(path)
    assert report.records == [session(0)]
    assert report.unreadable_lines == 1


def test_a_record_with_a_bad_field_is_unreadable(data_dir: Path) -> None:
    bad = json.loads(line_of(session(0)))
    bad["reps_completed"] = -1
    path = data_dir / "log.jsonl"
    path.write_text(json.dumps(bad) + "\n", "utf-8")
    _, report = loaded(path)
    assert (report.records, report.unreadable_lines) == ([], 1)


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_a_non_finite_number_makes_a_line_unreadable(data_dir: Path, number: bytes) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(
        line_of(session(0)).replace(b'"actual_active_s":36.0', b'"actual_active_s":' + number)
    )
    _, report = loaded(path)
    assert (report.records, report.unreadable_lines) == ([], 1)


def test_deep_nesting_makes_a_line_unreadable_instead_of_crashing(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(b"[" * 60_000 + b"\n" + line_of(session(0)))
    _, report = loaded(path)
    assert (report.records, report.unreadable_lines) == ([session(0)], 1)


def test_a_line_over_64_kib_is_unreadable_and_the_next_line_still_counts(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    huge = b'{"pad":"' + b"x" * 200_000 + b'"}\n'
    path.write_bytes(line_of(session(0)) + huge + line_of(session(1)))
    _, report = loaded(path)
    assert (report.records, report.unreadable_lines) == ([session(0), session(1)], 1)
    assert report.quarantined_to is not None
    assert report.quarantined_to.read_bytes() == line_of(session(0)) + huge + line_of(session(1))


def test_a_future_version_record_is_kept_verbatim_but_not_shown(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)) + future_line() + b"torn{\n" + line_of(session(1)))
    _, report = loaded(path)
    assert report.records == [session(0), session(1)]
    assert report.future_records == 1
    assert path.read_bytes() == line_of(session(0)) + future_line() + line_of(session(1))


def test_future_version_records_alone_leave_the_file_untouched_and_are_mentioned(
    data_dir: Path,
) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(future_line() + line_of(session(0)))
    _, report = loaded(path)
    assert kept_files(data_dir) == []
    assert report.message() == (
        "1 session saved by a newer version of hamtimer is kept in the log but not shown."
    )


def test_a_second_quarantine_in_the_same_second_does_not_overwrite_the_first(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixed = datetime(2026, 11, 25, 10, 15, 0)
    real_keep_copy = safe_files.keep_copy
    monkeypatch.setattr(log_store_module, "keep_copy", lambda p: real_keep_copy(p, fixed))
    path = data_dir / "log.jsonl"
    path.write_bytes(b"first\n")
    loaded(path)
    path.write_bytes(b"second\n")
    _, report = loaded(path)
    assert report.quarantined_to == data_dir / "log.jsonl.unreadable-20261125T101500-1"
    assert (data_dir / "log.jsonl.unreadable-20261125T101500").read_bytes() == b"first\n"


def test_a_log_that_cannot_be_set_aside_is_left_as_it_is_and_reported(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(log_store_module, "keep_copy", refuse)
    path = data_dir / "log.jsonl"
    path.write_bytes(b"garbage\n" + line_of(session(0)))
    _, report = loaded(path)
    assert path.read_bytes() == b"garbage\n" + line_of(session(0))
    assert report.records == [session(0)]
    assert "could not be set aside (Permission denied)" in (report.message() or "")


def test_a_failed_rewrite_leaves_the_original_log_in_place(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(log_store_module, "atomic_write_bytes", no_space)
    path = data_dir / "log.jsonl"
    path.write_bytes(b"garbage\n" + line_of(session(0)))
    _, report = loaded(path)
    assert path.read_bytes() == b"garbage\n" + line_of(session(0))
    assert report.quarantined_to is None
    assert kept_files(data_dir) == []


# --- when the disk refuses -----------------------------------------------------------------


def test_a_full_disk_raises_a_plain_error_naming_the_file(
    data_dir: Path, full_disk: FullDisk
) -> None:
    store = LogStore(data_dir / "log.jsonl")
    with pytest.raises(LogWriteError) as caught:
        store.append(session(0))
    assert str(caught.value) == (
        f"Your session could not be written to {data_dir / 'log.jsonl'} "
        "(No space left on device). The session is kept and will be written as soon as possible."
    )
    assert caught.value.errno == errno.ENOSPC


def test_a_session_the_disk_refused_is_kept_pending_and_listed(
    data_dir: Path, full_disk: FullDisk
) -> None:
    store = LogStore(data_dir / "log.jsonl")
    with pytest.raises(LogWriteError):
        store.append(session(0))
    assert store.pending == (session(0),)
    assert store.records == (session(0),)


def test_flush_pending_writes_refused_sessions_once_the_disk_has_room(
    data_dir: Path, full_disk: FullDisk
) -> None:
    store = LogStore(data_dir / "log.jsonl")
    for minute in (0, 1):
        with pytest.raises(LogWriteError):
            store.append(session(minute))
    full_disk.full = False
    assert store.flush_pending() == 2
    assert store.pending == ()
    assert (data_dir / "log.jsonl").read_bytes() == line_of(session(0)) + line_of(session(1))


def test_flush_pending_raises_again_while_the_disk_is_still_full(
    data_dir: Path, full_disk: FullDisk
) -> None:
    store = LogStore(data_dir / "log.jsonl")
    with pytest.raises(LogWriteError):
        store.append(session(0))
    with pytest.raises(LogWriteError):
        store.flush_pending()
    assert store.pending == (session(0),)


def test_the_next_append_writes_pending_sessions_first_in_order(
    data_dir: Path, full_disk: FullDisk
) -> None:
    store = LogStore(data_dir / "log.jsonl")
    with pytest.raises(LogWriteError):
        store.append(session(0))
    full_disk.full = False
    store.append(session(1))
    assert (data_dir / "log.jsonl").read_bytes() == line_of(session(0)) + line_of(session(1))


def test_a_short_write_is_cut_off_so_no_torn_line_stays(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "log.jsonl"
    path.write_bytes(line_of(session(0)))
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, data[:10]))
    with pytest.raises(LogWriteError):
        LogStore(path).append(session(1))
    assert path.read_bytes() == line_of(session(0))


def test_a_log_that_cannot_be_opened_for_writing_keeps_the_session_pending(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object) -> int:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    store = LogStore(data_dir / "log.jsonl")
    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(LogWriteError, match="Permission denied"):
        store.append(session(0))
    assert store.pending == (session(0),)


# --- a load read a slice at a time ---------------------------------------------------------

SINCE_YESTERDAY = datetime(2026, 11, 24, 0, 0, tzinfo=CET)


def history(days: int) -> list[SessionRecord]:
    """One session a day at 08:00 CET, for `days` days before 23 November 2026."""
    last = datetime(2026, 11, 22, 8, 0, tzinfo=CET)
    return [a_session(last - timedelta(days=days_back)) for days_back in range(days - 1, -1, -1)]


def write_log(path: Path, records: list[SessionRecord], extra: bytes = b"") -> bytes:
    data = b"".join(line_of(record) for record in records) + extra
    path.write_bytes(data)
    return data


def test_a_load_begins_with_the_recent_sessions_read_from_the_end(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    write_log(path, [*history(300), session(0), session(5)])
    store = LogStore(path)
    loading = store.begin_load(recent_since=SINCE_YESTERDAY)
    assert store.records == (session(0), session(5))
    assert not store.is_loaded
    loading.finish()
    assert store.is_loaded
    assert store.records == (*history(300), session(0), session(5))


def test_a_load_read_in_small_steps_holds_what_a_whole_load_holds(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    write_log(path, [*history(40), session(0)], extra=future_line())
    store = LogStore(path)
    loading = store.begin_load(recent_since=SINCE_YESTERDAY)
    steps = 1
    while not loading.step(7):
        steps += 1
    assert steps == 7  # 42 lines, 7 at a time: the seventh step finds the end
    assert loading.report == LogStore(path).load()
    assert store.records == (*history(40), session(0))


def test_a_session_appended_during_a_load_is_kept_once_after_the_others(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    write_log(path, [*history(50), session(0)])
    store = LogStore(path)
    loading = store.begin_load(recent_since=SINCE_YESTERDAY)
    loading.step(10)
    store.append(session(30))
    assert store.records == (session(0), session(30))
    loading.finish()
    assert store.records == (*history(50), session(0), session(30))
    assert LogStore(path).load().records == [*history(50), session(0), session(30)]


def test_a_damaged_line_found_late_is_set_aside_and_a_session_appended_meanwhile_kept(
    data_dir: Path,
) -> None:
    path = data_dir / "log.jsonl"
    first, second = history(100)[:50], history(100)[50:]
    original = write_log(path, first, extra=b"\x00\xff not JSON\n" + write_bytes_of(second))
    store = LogStore(path)
    loading = store.begin_load(recent_since=SINCE_YESTERDAY)
    loading.step(5)
    store.append(session(30))
    report = loading.finish()
    assert report.unreadable_lines == 1
    assert report.quarantined_to is not None
    assert report.quarantined_to.read_bytes() == original + line_of(session(30))
    assert path.read_bytes() == write_bytes_of([*first, *second, session(30)])
    assert store.records == (*first, *second, session(30))
    again = LogStore(path).load()
    assert again.unreadable_lines == 0
    assert again.records == [*first, *second, session(30)]


def test_a_torn_tail_and_a_session_appended_during_the_load_leave_a_clean_log(
    data_dir: Path,
) -> None:
    path = data_dir / "log.jsonl"
    write_log(path, history(20), extra=line_of(session(0))[:40])
    store = LogStore(path)
    loading = store.begin_load(recent_since=SINCE_YESTERDAY)
    store.append(session(30))
    report = loading.finish()
    assert report.unreadable_lines == 1
    assert path.read_bytes() == write_bytes_of([*history(20), session(30)])
    assert store.records == (*history(20), session(30))


def test_an_unreadable_recent_line_is_left_out_first_and_reported_by_the_full_load(
    data_dir: Path,
) -> None:
    path = data_dir / "log.jsonl"
    write_log(path, [*history(10), session(0)], extra=b"{oops\n" + line_of(session(5)))
    store = LogStore(path)
    loading = store.begin_load(recent_since=SINCE_YESTERDAY)
    assert store.records == (session(0), session(5))
    assert kept_files(data_dir) == []
    assert loading.finish().unreadable_lines == 1
    assert len(kept_files(data_dir)) == 1


def test_a_second_load_cannot_begin_while_one_is_under_way(data_dir: Path) -> None:
    store = LogStore(data_dir / "log.jsonl")
    store.append(session(0))
    store.begin_load()
    with pytest.raises(RuntimeError):
        store.load()


def test_a_read_error_ends_the_load_and_keeps_the_sessions_read_first(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "log.jsonl"
    write_log(path, [*history(10), session(0)])

    def failing_lines(handle: Any, end: int) -> Any:
        yield line_of(history(1)[0])
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(log_store_module, "_lines", failing_lines)
    store = LogStore(path)
    loading = store.begin_load(recent_since=SINCE_YESTERDAY)
    with pytest.raises(OSError):
        loading.step()
    assert loading.done and store.is_loaded
    assert store.records == (session(0),)
    assert kept_files(data_dir) == []


def write_bytes_of(records: list[SessionRecord]) -> bytes:
    return b"".join(line_of(record) for record in records)
