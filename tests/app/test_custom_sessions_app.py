"""The real app starts one of the patient's own sessions with --start and logs it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from hamtimer.core.draft_build import draft_to_definition
from tests.custom_sessions import a_store, per_side_draft

from .process import RunningApp, log_lines


@pytest.fixture
def app_runs() -> Iterator[list[RunningApp]]:
    apps: list[RunningApp] = []
    yield apps
    for app in apps:
        app.kill()


def test_start_runs_a_patients_own_session_to_the_end_and_logs_it(
    data_dir: Path, app_runs: list[RunningApp]
) -> None:
    a_store(data_dir / "sessions").add(draft_to_definition(per_side_draft(), "hinge"))
    app = RunningApp("--data-dir", str(data_dir), "--time-scale", "1000", "--start", "hinge")
    app_runs.append(app)
    app.wait_for_line("session logged: hinge completed")
    assert app.terminate() == 0
    [line] = log_lines(data_dir)
    record = json.loads(line)
    assert (record["session_id"], record["outcome"], record["reps_completed"]) == (
        "hinge",
        "completed",
        12,
    )
