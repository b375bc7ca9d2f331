"""Bad command lines get one line and exit code 2 before any window, and touch nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamtimer.core.instance_lock import InstanceLock

from .process import run_cli


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--start", "yoga"],
            "hamtimer: --start: no session 'yoga'; choose one of banded-flexion, bridge-hold, "
            "gentle-stretch, hamstring-curl, ice, nordic-curl, squat, windmill",
        ),
        (["--time-scale", "0"], "hamtimer: --time-scale must be from 1 to 1000, not 0"),
        (["--time-scale", "5000"], "hamtimer: --time-scale must be from 1 to 1000, not 5000"),
        (["--time-scale", "nan"], "hamtimer: --time-scale must be from 1 to 1000, not nan"),
        (["--time-scale", "fast"], "hamtimer: argument --time-scale: invalid float value: 'fast'"),
        (["--frobnicate"], "hamtimer: unrecognized arguments: --frobnicate"),
    ],
)
def test_a_bad_command_line_is_one_line_and_exit_code_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    data_dir = tmp_path / "never-made"
    result = run_cli("--data-dir", str(data_dir), *args)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [message]
    assert not data_dir.exists()


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    result = run_cli("--data-dir", str(not_a_dir))
    assert result.returncode == 2
    assert (
        result.stderr.strip() == f"hamtimer: --data-dir: {not_a_dir} exists and is not a directory"
    )


def test_version_and_help_need_no_window() -> None:
    assert run_cli("--version").stdout.strip() == "hamtimer 0.1.0"
    help_text = run_cli("--help").stdout
    assert "--time-scale F" in help_text and "faster, for demos and tests" in help_text


def test_a_second_instance_on_the_same_data_is_refused(data_dir: Path) -> None:
    with InstanceLock(data_dir / "hamtimer.lock"):
        result = run_cli("--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "already running" in result.stderr
    assert not (data_dir / "log.jsonl").exists()
