"""Sessions the log refused are kept elsewhere at quit and added to the log at the next start."""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path

import pytest

from hamtimer.core.log_store import LogStore, LogWriteError
from hamtimer.core.pending_spill import adopt, spill, spill_prefix
from hamtimer.core.records import SessionRecord
from tests.records import a_session


def record(minute: int) -> SessionRecord:
    return a_session(datetime(2026, 11, 25, 9, minute).astimezone())


def refusing_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)


def store_with_pending(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> LogStore:
    store = LogStore(data_dir / "log.jsonl")
    store.load()
    store.append(record(0))
    with monkeypatch.context() as patch:
        refusing_disk(patch)
        for minute in (20, 40):
            with pytest.raises(LogWriteError):
                store.append(record(minute))
    return store


def test_pending_sessions_go_to_the_first_folder_that_takes_them(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_with_pending(data_dir, monkeypatch)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    kept_at = spill(store, [blocked, tmp_path / "spill"])
    assert kept_at is not None and kept_at.parent == tmp_path / "spill"
    assert len(kept_at.read_bytes().splitlines()) == 2


def test_the_next_start_adds_spilled_sessions_once_and_removes_the_file(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_with_pending(data_dir, monkeypatch)
    kept_at = spill(store, [tmp_path / "spill"])
    assert kept_at is not None
    next_start = LogStore(data_dir / "log.jsonl")
    next_start.load()
    adopted = adopt(next_start, [tmp_path / "spill"])
    assert (adopted.sessions, adopted.problems) == (2, [])
    assert not kept_at.exists()
    reread = LogStore(data_dir / "log.jsonl")
    reread.load()
    assert [r.started_at.minute for r in reread.records] == [0, 20, 40]


def test_a_spill_already_in_the_log_is_not_added_twice(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_with_pending(data_dir, monkeypatch)
    spill(store, [tmp_path / "spill"])
    store.flush_pending()  # the disk came back before the spill file was adopted
    next_start = LogStore(data_dir / "log.jsonl")
    next_start.load()
    assert adopt(next_start, [tmp_path / "spill"]).sessions == 0
    assert len(next_start.records) == 3


def test_an_unreadable_spill_file_is_left_in_place_and_reported(
    data_dir: Path, tmp_path: Path
) -> None:
    store = LogStore(data_dir / "log.jsonl")
    store.load()
    folder = tmp_path / "spill"
    folder.mkdir()
    broken = folder / f"{spill_prefix(store.path)}-x.jsonl"
    broken.write_bytes(b"{not json\n")
    adopted = adopt(store, [folder])
    assert adopted.sessions == 0 and str(broken) in adopted.problems[0]
    assert broken.exists()


def test_another_data_folders_spill_is_left_alone(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    other = store_with_pending(elsewhere, monkeypatch)
    folder = tmp_path / "spill"
    kept_at = spill(other, [folder])
    store = LogStore(data_dir / "log.jsonl")
    store.load()
    assert adopt(store, [folder]).sessions == 0
    assert kept_at is not None and kept_at.exists()
