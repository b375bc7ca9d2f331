"""The careful file helpers: bounded JSON, atomic replace, quarantine, durable append."""

from __future__ import annotations

import errno
import os
import stat
import sys
from datetime import datetime
from pathlib import Path

import pytest

from hamtimer.core.safe_files import (
    UnreadableJSONError,
    append_line,
    atomic_write_bytes,
    decode_json,
    keep_copy,
    quarantine,
    read_json_bounded,
)

NOON = datetime(2026, 11, 25, 12, 0, 0)


def test_decode_json_reads_an_ordinary_document() -> None:
    assert decode_json(b'{"volume": 0.5, "names": ["a"]}') == {"volume": 0.5, "names": ["a"]}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"x": NaN}', "not finite"),
        (b'{"x": -Infinity}', "not finite"),
        (b'{"x": 1e999}', "not finite"),
        (b'{"x": 1' + b"0" * 400 + b"}", "not finite"),
        (b"[" * 50_000 + b"]" * 50_000, "larger than 64 KiB"),
        (b"[" * 30_000 + b"]" * 30_000, "nested too deeply"),
        (b'"\xc3\x28"', "not UTF-8"),
        (b"{'single': 1}", "not valid JSON"),
    ],
)
def test_decode_json_refuses_what_it_cannot_trust(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableJSONError, match=reason):
        decode_json(data)


def test_read_json_bounded_never_reads_past_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"1" + b" " * 100)
    with pytest.raises(UnreadableJSONError, match="larger than"):
        read_json_bounded(path, limit=50)


def test_read_json_bounded_tolerates_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}')
    assert read_json_bounded(path) == {"a": 1}


def test_quarantine_moves_the_file_aside_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_bytes(b"\x00\xffodd bytes")
    kept = quarantine(path, NOON)
    assert kept == tmp_path / "log.jsonl.unreadable-20261125T120000"
    assert kept.read_bytes() == b"\x00\xffodd bytes"
    assert not path.exists()


def test_quarantine_never_overwrites_an_earlier_kept_file(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    for content in (b"one", b"two", b"three"):
        path.write_bytes(content)
        quarantine(path, NOON)
    assert (tmp_path / "log.jsonl.unreadable-20261125T120000").read_bytes() == b"one"
    assert (tmp_path / "log.jsonl.unreadable-20261125T120000-1").read_bytes() == b"two"
    assert (tmp_path / "log.jsonl.unreadable-20261125T120000-2").read_bytes() == b"three"


def test_keep_copy_keeps_the_bytes_aside_and_leaves_the_file_in_place(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_bytes(b"\x00\xffodd bytes")
    kept = keep_copy(path, NOON)
    assert kept == tmp_path / "log.jsonl.unreadable-20261125T120000"
    assert kept.read_bytes() == path.read_bytes() == b"\x00\xffodd bytes"


def test_keep_copy_copies_where_the_file_system_has_no_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "log.jsonl"
    (tmp_path / "log.jsonl.unreadable-20261125T120000").write_bytes(b"earlier")
    path.write_bytes(b"torn")
    kept = keep_copy(path, NOON)
    assert kept == tmp_path / "log.jsonl.unreadable-20261125T120000-1"
    assert kept.read_bytes() == b"torn"
    assert (tmp_path / "log.jsonl.unreadable-20261125T120000").read_bytes() == b"earlier"


def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"old content that is longer")
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_atomic_write_creates_a_file_readable_by_its_owner_only(tmp_path: Path) -> None:
    atomic_write_bytes(tmp_path / "settings.json", b"{}")
    assert stat.S_IMODE((tmp_path / "settings.json").stat().st_mode) == 0o600


def test_a_failed_atomic_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    path = tmp_path / "settings.json"
    path.write_bytes(b"old")
    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="Input/output error"):
        atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [path]


def test_append_line_puts_a_newline_after_a_torn_tail(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_bytes(b'{"torn')
    append_line(path, b"{}\n")
    assert path.read_bytes() == b'{"torn\n{}\n'


def test_append_line_adds_nothing_after_a_complete_line(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_bytes(b"{}\n")
    append_line(path, b"[]\n")
    assert path.read_bytes() == b"{}\n[]\n"
