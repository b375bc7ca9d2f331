"""The PDF report: its text, read back by an independent reader, holds what a clinician
needs; long tables run over pages with their header repeated."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument

from hamtimer.core.journal import EntryKind, JournalEntry
from hamtimer.core.report_text import DISCLAIMER, TITLE
from hamtimer.qt.report_pdf import render_pdf, write_pdf
from tests.reports import seeded_report, with_journal
from tests.seed import CET, Seeded, build

from .pdf_text import flat, pdf_pages

SESSION_ROW = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} Nov 2026 \d\d:\d\d ")


def written(
    tmp_path: Path,
    first: date | None = None,
    last: date | None = None,
    seeded: Seeded | None = None,
) -> list[str]:
    """The seeded report's pages, written to a file and read back, words single-spaced."""
    path = tmp_path / "report.pdf"
    write_pdf(seeded_report(first, last, seeded), path)
    return [flat(page) for page in pdf_pages(path)]


def test_the_first_page_holds_the_header_disclaimer_red_flag_and_summary(
    qapp: object, tmp_path: Path
) -> None:
    first = written(tmp_path)[0]
    assert TITLE in first
    assert "Period 4 Nov 2026 – 25 Nov 2026 (22 days)" in first
    assert "Pain started 4 Nov 2026" in first
    assert "Current stage Resistance, once pain-free" in first
    assert flat(DISCLAIMER) in first
    assert "Holding on 25 Nov 2026: You have been injured again more than once." in first
    assert "Adherence 58 of 63 daily targets met (92%)" in first
    assert "Sessions 58 completed, 1 stopped early" in first
    assert "Pain, first week 5.2 of 10 (4 Nov 2026 – 10 Nov 2026, 37 ratings)" in first
    assert "Pain, last week 2.1 of 10 (19 Nov 2026 – 25 Nov 2026, 53 ratings)" in first


def test_every_day_session_and_note_is_printed_and_pages_are_numbered(
    qapp: object, tmp_path: Path
) -> None:
    pages = written(tmp_path)
    text = " ".join(pages)
    assert "Wed 11 Nov 2026 Isometric bridge holds 1 1 of 2 4.7" in text
    assert "Tue 17 Nov 2026 09:00 Bridge hold stopped 1 of 3 10 of 36 5 → 8 sharp pain" in text
    assert "Wed 25 Nov 2026 09:00 Gentle stretch completed 4 of 4 80 of 80 1 → 0" in text
    assert "17 Nov 2026 09:00 Sharp pain Bridge hold stopped for sharp pain" in text
    assert "23 Nov 2026 12:00 Re-injury slipped on the stairs" in text
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page


def test_a_red_flag_raised_in_the_range_is_printed_with_its_text(
    qapp: object, tmp_path: Path
) -> None:
    text = "You have been injured again more than once."
    at = datetime(2026, 11, 23, 12, 1, tzinfo=CET)
    flag = JournalEntry(EntryKind.RED_FLAG, at, code="reinjury", detail=text)
    pages = written(tmp_path, seeded=with_journal(build(), flag))
    assert "Raised 23 Nov 2026: You have been injured again more than once." in pages[0]


def test_a_long_history_runs_over_pages_with_the_table_header_on_each(
    qapp: object, tmp_path: Path
) -> None:
    seeded = build()
    many = [replace(r, started_at=r.started_at + timedelta(minutes=m), ended_at=r.ended_at
                    + timedelta(minutes=m)) for r in seeded.records for m in range(8)]  # fmt: skip
    pages = written(tmp_path, seeded=replace(seeded, records=many))
    session_pages = [p for p in pages if "Date Time Session Outcome Reps Active s Pain" in p]
    assert len(session_pages) >= 8
    rows = sum(len(SESSION_ROW.findall(page)) for page in pages)
    assert rows == len(many)


def test_a_one_day_range_and_an_empty_one_still_make_a_report(qapp: object, tmp_path: Path) -> None:
    one_day = written(tmp_path, first=date(2026, 11, 17), last=date(2026, 11, 17))
    assert "Period 17 Nov 2026 – 17 Nov 2026 (1 day)" in one_day[0]
    empty = flat(" ".join(written(tmp_path, first=date(2026, 10, 1), last=date(2026, 10, 2))))
    assert "No sessions were logged in this period." in empty
    assert "No pain ratings in this period." in empty
    assert "No red flags were raised in this period, and none hold on 2 Oct 2026." in empty


def test_the_pdf_is_a4_and_titled(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(render_pdf(seeded_report()))
    document = QPdfDocument()
    document.load(str(path))
    assert document.pagePointSize(0).toSize() == QSize(595, 842)  # A4 in points
    assert document.metaData(QPdfDocument.MetaDataField.Title) == TITLE


def test_a_long_note_is_wrapped_whole_not_cut(qapp: object, tmp_path: Path) -> None:
    words = " ".join(f"word{n}" for n in range(30))
    note = JournalEntry(EntryKind.NOTE, datetime(2026, 11, 24, 20, tzinfo=CET), detail=words)
    text = " ".join(written(tmp_path, seeded=with_journal(build(), note)))
    assert f"24 Nov 2026 20:00 Note {words}" in text
