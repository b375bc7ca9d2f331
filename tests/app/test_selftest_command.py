"""`hamtimer --selftest` from the command line: exit 0 or 1, one line per check."""

from __future__ import annotations

from pathlib import Path

from .process import run_cli


def test_selftest_passes_from_source_and_writes_only_in_a_temporary_folder(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    result = run_cli("--selftest", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("self-test of hamtimer 0.1.0 (Python 3.")
    assert "ok   sessions/ice.json: ice (Ice)" in lines
    assert lines[-1].endswith("checks passed") and "FAIL" not in result.stdout
    assert list(data_dir.iterdir()) == []


def test_selftest_refuses_a_bad_command_line() -> None:
    result = run_cli("--selftest", "--time-scale", "0")
    assert result.returncode == 2
    assert result.stderr.strip() == "hamtimer: --time-scale must be from 1 to 1000, not 0"


def test_help_lists_the_selftest() -> None:
    assert "--selftest" in run_cli("--help").stdout


def test_selftest_ignores_a_valid_start_option(tmp_path: Path) -> None:
    result = run_cli("--selftest", "--start", "ice", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
