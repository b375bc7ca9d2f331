"""The log file, crash reports, and a missing stderr: what a windowed bundle relies on."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from hamtimer import diagnostics
from hamtimer.diagnostics import LOG_FILE_NAME, Diagnostics


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    return tmp_path / "logs"


@pytest.fixture
def notices() -> list[str]:
    return []


@pytest.fixture
def installed(log_dir: Path, notices: list[str]) -> Iterator[Diagnostics]:
    installed = diagnostics.install(log_dir, notify=notices.append)
    yield installed
    installed.close()


def log_text(log_dir: Path) -> str:
    return (log_dir / LOG_FILE_NAME).read_text(encoding="utf-8")


def raised() -> diagnostics.ExcInfo:
    try:
        {}["missing key"]  # the error is the point
    except KeyError as error:
        return type(error), error, error.__traceback__
    raise AssertionError("unreachable")


def test_info_records_go_to_the_log_file(installed: Diagnostics, log_dir: Path) -> None:
    logging.getLogger("hamtimer.test").info("session started: ice")
    assert "hamtimer.test INFO: session started: ice" in log_text(log_dir)


def test_the_log_file_is_rotated(log_dir: Path) -> None:
    installed = diagnostics.install(log_dir, notify=print, max_bytes=500, backups=2)
    try:
        for number in range(60):
            logging.getLogger("hamtimer.test").warning("line %d of many", number)
    finally:
        installed.close()
    names = sorted(path.name for path in log_dir.glob(f"{LOG_FILE_NAME}*"))
    assert names == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    assert all(path.stat().st_size <= 500 for path in log_dir.glob(f"{LOG_FILE_NAME}*"))
    assert "line 59 of many" in log_text(log_dir)


def test_close_stops_logging_to_the_file(log_dir: Path) -> None:
    diagnostics.install(log_dir, notify=print).close()
    logging.getLogger("hamtimer.test").warning("after close")
    assert "after close" not in log_text(log_dir)


def test_a_crash_report_holds_the_traceback_and_its_path_is_told(
    installed: Diagnostics, notices: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = installed.report_crash(raised(), "the main thread")
    assert path is not None and path.parent == installed.log_dir
    report = path.read_text(encoding="utf-8")
    assert "hamtimer 0.1.0 crash report" in report and "where: the main thread" in report
    assert "KeyError: 'missing key'" in report and "in raised" in report
    assert str(path) in capsys.readouterr().err
    assert len(notices) == 1 and str(path) in notices[0]


def test_an_uncaught_exception_goes_through_the_hook(
    installed: Diagnostics, notices: list[str]
) -> None:
    sys.excepthook(*raised())
    assert len(installed.crash_reports) == 1
    assert str(installed.crash_reports[0]) in notices[0]


def test_an_exception_in_a_thread_is_reported(installed: Diagnostics) -> None:
    thread = threading.Thread(target=lambda: {}["missing key"], name="sound-loader")
    thread.start()
    thread.join()
    assert len(installed.crash_reports) == 1
    assert "where: thread sound-loader" in installed.crash_reports[0].read_text(encoding="utf-8")


def test_the_patient_is_told_once_however_many_errors(
    installed: Diagnostics, notices: list[str]
) -> None:
    for _ in range(diagnostics.MAX_CRASH_REPORTS + 3):
        installed.report_crash(raised(), "a paint event")
    assert len(notices) == 1
    assert len(installed.crash_reports) == diagnostics.MAX_CRASH_REPORTS


def test_close_restores_the_previous_hooks(log_dir: Path) -> None:
    before = sys.excepthook, threading.excepthook
    diagnostics.install(log_dir, notify=print).close()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_log_folder_that_cannot_be_made_is_said_and_crashes_are_still_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    installed = diagnostics.install(not_a_folder / "logs", notify=print)
    try:
        assert f"cannot keep a log in {not_a_folder / 'logs'}" in capsys.readouterr().err
        assert installed.report_crash(raised(), "the main thread") is None
        assert "its report could not be written" in capsys.readouterr().err
    finally:
        installed.close()


def test_prints_to_a_missing_stderr_land_in_the_log_file(
    monkeypatch: pytest.MonkeyPatch, log_dir: Path
) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    diagnostics.ensure_std_streams()
    handler = logging.StreamHandler()  # what logging.basicConfig makes: it writes to stderr
    logging.getLogger().addHandler(handler)
    installed = diagnostics.install(log_dir, notify=print)
    try:
        print("hamtimer: the session is kept at /somewhere", file=sys.stderr)
        print("to stdout")
        diagnostics.say("said with no terminal")
        logging.getLogger("hamtimer.test").warning("logged once")
    finally:
        installed.close()
        logging.getLogger().removeHandler(handler)
    text = log_text(log_dir)
    assert "hamtimer.stderr WARNING: hamtimer: the session is kept at /somewhere" in text
    assert "hamtimer.stdout WARNING: to stdout" in text
    assert "hamtimer: said with no terminal" in text
    assert text.count("logged once") == 1  # the stream handler into the void was set aside


def test_an_exception_in_a_qt_slot_writes_a_crash_report(tmp_path: Path) -> None:
    """PySide6 hands exceptions raised in slots to sys.excepthook; the app keeps running."""
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QTimer
        from hamtimer import diagnostics

        app = QCoreApplication([])
        installed = diagnostics.install(Path({str(tmp_path / "logs")!r}), notify=print)
        QTimer.singleShot(0, lambda: 1 / 0)
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("still running;", len(installed.crash_reports), "report")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "ZeroDivisionError: division by zero" in reports[0].read_text(encoding="utf-8")
    assert f"A report was written to {reports[0]}" in result.stdout  # the notice
    assert "still running; 1 report" in result.stdout


def test_the_terminal_keeps_its_level_and_gets_it_back(log_dir: Path) -> None:
    handler = logging.StreamHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    before = root.level
    try:
        installed = diagnostics.install(log_dir, notify=print)
        assert handler.level == before  # INFO for the file does not flood the terminal
        installed.close()
        assert handler.level == logging.NOTSET and root.level == before
    finally:
        root.removeHandler(handler)
