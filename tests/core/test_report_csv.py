"""The CSV: a header row and one row per session, readable by the csv module and Excel."""

from __future__ import annotations

import csv
import errno
import io
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hamtimer.core.report_csv import COLUMNS, report_csv, write_csv
from tests.reports import SESSIONS, SESSIONS_FROM_20TH, seeded_report
from tests.seed import build


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_seeded_history_is_59_rows_with_the_documented_columns() -> None:
    data = report_csv(seeded_report())
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    assert data.split(b"\r\n")[0].removeprefix(b"\xef\xbb\xbf") == ",".join(COLUMNS).encode()
    table = rows(data)
    assert len(table) == SESSIONS
    assert table[0] == {
        "date": "2026-11-04",
        "start": "2026-11-04T09:00:00+01:00",
        "end": "2026-11-04T09:15:15+01:00",
        "session_id": "ice",
        "session": "Ice",
        "stage": "First 48 hours: rest and RICE",
        "outcome": "completed",
        "reps_done": "1",
        "reps_planned": "1",
        "active_s_planned": "900",
        "active_s_actual": "900",
        "pain_before": "6",
        "pain_after": "5",
        "stop_reason": "",
    }
    assert (table[-1]["start"], table[-1]["session"]) == (
        "2026-11-25T09:00:00+01:00",
        "Gentle stretch",
    )


def test_the_session_stopped_for_sharp_pain_is_a_stopped_row_with_its_reason() -> None:
    (stopped,) = [row for row in rows(report_csv(seeded_report())) if row["outcome"] == "stopped"]
    assert stopped["start"] == "2026-11-17T09:00:00+01:00"
    assert (stopped["reps_done"], stopped["active_s_actual"]) == ("1", "10")
    assert (stopped["pain_before"], stopped["pain_after"], stopped["stop_reason"]) == (
        "5",
        "8",
        "sharp pain",
    )


def test_from_the_20th_only_those_rows_are_written() -> None:
    table = rows(report_csv(seeded_report(first=date(2026, 11, 20))))
    assert len(table) == SESSIONS_FROM_20TH
    assert {row["date"] for row in table} >= {"2026-11-20", "2026-11-25"}
    assert min(row["date"] for row in table) == "2026-11-20"


def test_text_a_spreadsheet_would_run_as_a_formula_is_neutralised() -> None:
    seeded = build()
    records = [replace(seeded.records[0], session_name="=1+1"), *seeded.records[1:]]
    report = seeded_report(seeded=replace(seeded, records=records))
    assert rows(report_csv(report))[0]["session"] == "'=1+1"


def test_a_failed_write_leaves_the_previous_file_and_no_partial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"the previous report")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)  # as hamtimer.core.safe_files calls it
    with pytest.raises(OSError, match="No space left"):
        write_csv(seeded_report(), target)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
