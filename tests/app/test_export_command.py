"""`hamtimer export`: writes the report with no window and no display, changes nothing in
the data folder, and refuses a bad command line in one line with exit code 2."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports import SESSIONS, SESSIONS_FROM_20TH
from tests.seed import write

from .process import DEADLINE_S, hamtimer_env

RANGE = ["--from", "2026-11-04", "--to", "2026-11-25"]


def export(*args: str) -> subprocess.CompletedProcess[str]:
    """Run as from a terminal with no display, where Qt's default platform would abort."""
    env = hamtimer_env()
    env["TZ"] = "CET-1"  # the seeded patient's local time (POSIX form: no tz database needed)
    env.pop("HAMTIMER_LOG_LEVEL")
    env["QT_QPA_PLATFORM"] = "xcb"
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "hamtimer", "export", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=DEADLINE_S,
        check=False,
    )


def files_in(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        path.name: (path.read_bytes(), path.stat().st_mode, path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
    }


@pytest.fixture(scope="module")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeded")
    write(folder)
    return folder


def test_a_pdf_is_written_with_no_display_and_says_what_it_wrote(
    seeded_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    result = export("--format", "pdf", *RANGE, "-o", str(target), "--data-dir", str(seeded_dir))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        f"Wrote {SESSIONS} sessions from 2026-11-04 to 2026-11-25 to {target}\n"
    )
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left


def test_a_csv_from_the_20th_replaces_an_older_export(seeded_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("last month's report")
    result = export("--format", "csv", "--from", "2026-11-20", "--to", "2026-11-25",
                    "-o", str(target), "--data-dir", str(seeded_dir))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Wrote {SESSIONS_FROM_20TH} sessions from 2026-11-20" in result.stdout
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == SESSIONS_FROM_20TH


def test_exporting_a_damaged_folder_changes_nothing_in_it(seeded_dir: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "data"
    damaged.mkdir()
    for path in seeded_dir.iterdir():
        (damaged / path.name).write_bytes(path.read_bytes())
    with (damaged / "log.jsonl").open("ab") as log:
        log.write(b'{"schema_version":1,"type":"session","started_at":"2026-11-2\n')
    (damaged / "program-state.json").write_text("{torn")
    before = files_in(damaged)
    target = tmp_path / "report.csv"
    result = export("--format", "csv", *RANGE, "-o", str(target), "--data-dir", str(damaged))
    assert files_in(damaged) == before  # same files, same bytes, same modes and times
    assert result.returncode == 0
    assert result.stderr.splitlines()[0] == (
        "hamtimer: warning: 1 line of the session log could not be read: not in this report."
    )
    assert f"Wrote {SESSIONS} sessions" in result.stdout


BAD_FORMAT = "argument --format: invalid choice: 'docx' (choose from 'csv', 'pdf')"
BAD_DATE = "--from: '2026-13-01' is not a date like 2026-11-04"
BACKWARDS = "--from 2026-11-20 is after --to 2026-11-10"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "docx"], BAD_FORMAT),
        (["--format", "pdf", "--from", "2026-13-01"], BAD_DATE),
        (["--format", "pdf", "--from", "2026-11-20", "--to", "2026-11-10"], BACKWARDS),
        (["--format", "pdf", "--to", "2999-01-01"], "--to: 2999-01-01 is after today, "),
    ],
    ids=["format", "date", "backwards", "future"],
)
def test_a_bad_export_command_line_is_one_line_exit_2_and_writes_nothing(
    seeded_dir: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / "report.pdf"
    result = export(*args, "-o", str(target), "--data-dir", str(seeded_dir))
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"hamtimer: {message}")
    assert (result.stdout, list(tmp_path.iterdir())) == ("", [])


def test_the_data_files_cannot_be_chosen_as_the_output(seeded_dir: Path) -> None:
    log = seeded_dir / "log.jsonl"
    before = log.read_bytes()
    result = export("--format", "csv", "-o", str(log), "--data-dir", str(seeded_dir))
    assert (result.returncode, result.stderr) == (
        2,
        f"hamtimer: -o: {log} is one of hamtimer's data files; choose another name\n",
    )
    assert log.read_bytes() == before


def test_a_log_that_cannot_be_read_is_exit_code_1(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "log.jsonl").mkdir(parents=True)  # a folder where the log should be
    target = tmp_path / "report.csv"
    result = export("--format", "csv", "-o", str(target), "--data-dir", str(data))
    assert result.returncode == 1
    assert result.stderr == f"hamtimer: cannot read {data / 'log.jsonl'}: Is a directory\n"
    assert not target.exists()


def test_export_help_needs_no_data_and_no_window() -> None:
    result = export("--help")
    assert result.returncode == 0
    assert "--format {csv,pdf}" in result.stdout and "without changing it" in result.stdout
    assert result.stderr == ""


def test_with_no_data_folder_there_is_nothing_to_export_and_nothing_is_made(
    tmp_path: Path,
) -> None:
    target = tmp_path / "report.pdf"
    result = export("--format", "pdf", "-o", str(target))  # the isolated, empty home
    assert result.returncode == 1
    assert result.stderr.startswith("hamtimer: nothing to export: no data folder at ")
    assert not target.exists()
    assert not Path(os.environ["XDG_DATA_HOME"]).exists()
