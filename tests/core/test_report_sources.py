"""Reading for a report changes nothing: damaged lines are counted, never repaired."""

from __future__ import annotations

from pathlib import Path

from hamtimer.core.report_sources import ReportSources, read_sources
from tests.seed import ONSET, write


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def read(folder: Path) -> ReportSources:
    return read_sources(
        folder / "log.jsonl", folder / "journal.jsonl", folder / "program-state.json"
    )


def test_a_damaged_log_and_journal_are_read_around_and_left_as_they_were(data_dir: Path) -> None:
    seeded = write(data_dir)
    with (data_dir / "log.jsonl").open("ab") as log:
        log.write(b'{"schema_version": 1, "type": "sess\n{"schema_version": 99}\n')
    with (data_dir / "journal.jsonl").open("ab") as journal:
        journal.write(b"\xff\xfe not json\n")
    before = snapshot(data_dir)
    sources = read(data_dir)
    assert snapshot(data_dir) == before  # nothing repaired, kept aside or added
    assert len(sources.records) == len(seeded.records)
    assert len(sources.journal) == len(seeded.journal)
    assert sources.problems == [
        "1 line of the session log could not be read: not in this report.",
        "1 session saved by a newer hamtimer: not in this report.",
        "1 line of the journal could not be read: not in this report.",
    ]


def test_an_unreadable_program_state_is_reported_not_moved(data_dir: Path) -> None:
    write(data_dir)
    (data_dir / "program-state.json").write_text("{not json")
    before = snapshot(data_dir)
    sources = read(data_dir)
    assert snapshot(data_dir) == before
    assert sources.state.onset is None
    assert sources.problems[0].startswith("The program file program-state.json could not be read")


def test_the_seeded_folder_reads_whole_with_no_problems(data_dir: Path) -> None:
    seeded = write(data_dir)
    sources = read(data_dir)
    assert sources.records == seeded.records
    assert sources.state.onset == ONSET
    assert sources.problems == []


def test_a_folder_with_nothing_in_it_is_an_empty_history(data_dir: Path) -> None:
    sources = read(data_dir)
    assert (sources.records, sources.journal, sources.problems) == ([], [], [])
    assert list(data_dir.iterdir()) == []
