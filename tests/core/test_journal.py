"""The journal: entries round-trip, bad ones are refused by name, damaged files are kept."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from hamtimer.core.journal import EntryKind, JournalEntry, PainContext, pain
from hamtimer.core.journal_store import JournalStore, encode_entry
from hamtimer.core.records import RecordError
from tests.records import CET

AT = datetime(2026, 11, 25, 9, 30, tzinfo=CET)


@pytest.mark.parametrize(
    "entry",
    [
        pain(AT, 4, PainContext.BEFORE, "bridge-hold", AT),
        pain(AT, 0, PainContext.MORNING_AFTER),
        JournalEntry(EntryKind.RICE, AT, day=date(2026, 11, 25), items=("rest", "ice")),
        JournalEntry(EntryKind.RED_FLAG, AT, code="worsening", detail="Getting worse."),
        JournalEntry(EntryKind.STAGE, AT, code="isometric", detail="confirmed"),
        JournalEntry(EntryKind.REINJURY, AT),
    ],
)
def test_every_kind_of_entry_reads_back_as_written(entry: JournalEntry) -> None:
    line = encode_entry(entry)
    assert JournalEntry.from_json(json.loads(line)) == entry


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"rating": 11}, "rating: must be a whole number from 0 to 10"),
        ({"rating": True}, "rating: must be a whole number"),
        ({"context": "later"}, "context: must be one of"),
        ({"type": "mood"}, "type: 'mood' is not a journal entry"),
        ({"at": "2026-11-25T09:30:00"}, "has no UTC offset"),
        ({"rating": None}, "a pain entry needs a rating"),
    ],
)
def test_a_bad_entry_is_refused_naming_the_field(change: dict[str, object], message: str) -> None:
    data = pain(AT, 4, PainContext.AFTER).to_json() | change
    data = {k: v for k, v in data.items() if v is not None}
    with pytest.raises(RecordError, match=message):
        JournalEntry.from_json(data)


def test_entries_appended_are_there_after_a_restart(tmp_path: Path) -> None:
    store = JournalStore(tmp_path / "journal.jsonl")
    store.load()
    store.append(pain(AT, 3, PainContext.CHECK_IN))
    again = JournalStore(tmp_path / "journal.jsonl")
    assert again.load() is None
    assert [e.rating for e in again.entries] == [3]


def test_a_damaged_journal_is_kept_aside_and_its_readable_entries_stay(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    good = encode_entry(pain(AT, 5, PainContext.BEFORE))
    newer = b'{"schema_version": 9, "type": "mood"}\n'
    original = good + b"{not json\n" + newer
    path.write_bytes(original)
    store = JournalStore(path)
    message = store.load()
    assert message is not None and "1 line of your journal" in message
    assert [e.rating for e in store.entries] == [5]
    assert path.read_bytes() == good + newer
    kept = [p for p in tmp_path.iterdir() if p != path]
    assert [p.read_bytes() for p in kept] == [original]
