"""Export report… in the window: the dialog's choices, then the same export as the command
line, with every question answered by the test."""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.export import ExportResult
from hamtimer.qt.export_dialog import ExportChoice, ExportDialog, export_from_window
from tests.reports import SESSIONS
from tests.seed import NOW, TODAY, write

from .pdf_text import flat, pdf_pages


class Told:
    def __init__(self) -> None:
        self.messages: list[tuple[str, bool]] = []

    def __call__(self, _parent: QWidget, message: str, is_error: bool) -> None:
        self.messages.append((message, is_error))


@pytest.fixture(autouse=True)
def _local_time_is_cet() -> Iterator[None]:
    """The window exports in the computer's local time; make it the seeded patient's."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "CET-1"  # POSIX form: needs no time zone database
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


def export(
    parent: QWidget, data_dir: Path, choice: ExportChoice | None, target: Path | None
) -> tuple[ExportResult | None, list[tuple[str, bool]], list[str]]:
    """Export with the questions answered: `choice`, then `target` (None: cancelled)."""
    told = Told()
    asked_for: list[str] = []

    def choose_file(_parent: QWidget, suggested: str, file_format: str) -> Path | None:
        asked_for.append(f"{suggested} ({file_format})")
        return target

    result = export_from_window(
        parent, data_dir, lambda: NOW, ask=lambda _p, _today: choice, choose_file=choose_file,
        tell=told,
    )  # fmt: skip
    return result, told.messages, asked_for


def test_a_pdf_chosen_in_the_window_is_written_and_the_patient_is_told(
    parent: QWidget, data_dir: Path, tmp_path: Path
) -> None:
    write(data_dir)
    target = tmp_path / "for-my-physio.pdf"
    result, told, asked_for = export(parent, data_dir, ExportChoice("pdf", None, TODAY), target)
    assert asked_for == ["hamtimer-report-to-2026-11-25.pdf (pdf)"]
    assert result is not None and result.sessions == SESSIONS
    assert told == [
        (f"Wrote {SESSIONS} sessions from Wed 4 Nov 2026 to Wed 25 Nov 2026 to {target}.", False)
    ]
    assert "58 of 63 daily targets met" in flat(pdf_pages(target)[0])


def test_a_csv_from_the_20th_holds_only_those_sessions(
    parent: QWidget, data_dir: Path, tmp_path: Path
) -> None:
    write(data_dir)
    target = tmp_path / "report.csv"
    export(parent, data_dir, ExportChoice("csv", date(2026, 11, 20), TODAY), target)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        days = [row["date"] for row in csv.DictReader(handle)]
    assert min(days) == "2026-11-20"


def test_cancelling_either_question_writes_nothing(
    parent: QWidget, data_dir: Path, tmp_path: Path
) -> None:
    write(data_dir)
    assert export(parent, data_dir, None, tmp_path / "a.pdf") == (None, [], [])
    result, told, _ = export(parent, data_dir, ExportChoice("pdf", None, TODAY), None)
    assert (result, told) == (None, [])
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_file_that_cannot_be_written_is_shown_as_an_error(
    parent: QWidget, data_dir: Path
) -> None:
    write(data_dir)
    target = data_dir / "log.jsonl"
    before = target.read_bytes()
    result, told, _ = export(parent, data_dir, ExportChoice("csv", None, TODAY), target)
    assert result is None
    assert told == [
        (f"The report was not written: {target} is one of hamtimer's data files; "
         "choose another name", True)
    ]  # fmt: skip
    assert target.read_bytes() == before


def test_the_dialog_refuses_a_first_day_after_the_last(qtbot: QtBot) -> None:
    dialog = ExportDialog(TODAY)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.choice() == ExportChoice("pdf", None, TODAY) and ok.isEnabled()
    dialog.from_start.setChecked(False)
    dialog.first_edit.setDate(QDate(2026, 11, 20))
    dialog.last_edit.setDate(QDate(2026, 11, 10))
    assert dialog.choice() is None and not ok.isEnabled()
    assert dialog.problem.text() == "The first day is after the last day."
    dialog.format_box.setCurrentIndex(1)
    dialog.last_edit.setDate(QDate(2026, 11, 24))
    assert dialog.choice() == ExportChoice("csv", date(2026, 11, 20), date(2026, 11, 24))


def test_the_dialog_cannot_pick_a_day_after_today(qtbot: QtBot) -> None:
    dialog = ExportDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.last_edit.setDate(QDate(2026, 12, 31))
    assert dialog.choice() == ExportChoice("pdf", None, TODAY)
