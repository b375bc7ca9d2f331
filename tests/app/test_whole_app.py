"""The real app in a child process: runs to the end by itself; SIGTERM logs a stopped session."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

from hamtimer.core.catalog import PROTOCOL_ORDER

from .process import RunningApp, log_lines, run_cli


@pytest.fixture
def app_runs() -> list[RunningApp]:
    apps: list[RunningApp] = []
    yield apps
    for app in apps:
        app.kill()


@pytest.mark.parametrize("session_id", PROTOCOL_ORDER)
def test_start_runs_a_session_to_the_end_with_no_input_and_logs_it_once(
    data_dir: Path, app_runs: list[RunningApp], session_id: str
) -> None:
    app = RunningApp("--data-dir", str(data_dir), "--time-scale", "1000", "--start", session_id)
    app_runs.append(app)
    app.wait_for_line(f"session logged: {session_id} completed")
    assert app.terminate() == 0
    [line] = log_lines(data_dir)
    record = json.loads(line)
    assert (record["session_id"], record["outcome"], record["time_scale"]) == (
        session_id,
        "completed",
        1000,
    )
    assert record["reps_completed"] == record["reps_planned"] > 0


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_termination_signal_mid_session_logs_one_stopped_record(
    data_dir: Path, app_runs: list[RunningApp], number: signal.Signals
) -> None:
    app = RunningApp("--data-dir", str(data_dir), "--start", "ice")
    app_runs.append(app)
    app.wait_for_line("session started: ice")
    assert app.terminate(number) == 0
    [line] = log_lines(data_dir)
    record = json.loads(line)
    assert record["outcome"] == "stopped"
    assert record["stop_reason"] == f"hamtimer was ended by {number.name}"


def test_a_second_launch_hands_its_start_request_to_the_running_app(
    data_dir: Path, app_runs: list[RunningApp]
) -> None:
    first = RunningApp("--data-dir", str(data_dir))
    app_runs.append(first)
    first.wait_for_line("listening for later launches")
    second = run_cli("--data-dir", str(data_dir), "--start", "ice")
    assert second.returncode == 0
    assert "hamtimer: " not in second.stderr  # no error line, only the app's own log
    first.wait_for_line("session started: ice")
    assert first.terminate() == 0
    [line] = log_lines(data_dir)
    assert json.loads(line)["outcome"] == "stopped"
