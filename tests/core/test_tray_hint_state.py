"""The program state remembers that the patient was told hamtimer keeps running in the tray."""

from __future__ import annotations

import json
from pathlib import Path

from hamtimer.core.program_store import ProgramState, ProgramStore


def test_a_state_file_from_before_the_tray_hint_reads_as_not_yet_told(tmp_path: Path) -> None:
    path = tmp_path / "program-state.json"
    path.write_text(json.dumps({"schema_version": 1, "stage_id": "rest-ice"}))
    state, problem = ProgramStore(path).load()
    assert problem is None
    assert state.tray_hint_shown is False and state.keep_in_tray is True


def test_having_been_told_reads_back_as_saved(tmp_path: Path) -> None:
    store = ProgramStore(tmp_path / "program-state.json")
    store.save(ProgramState(tray_hint_shown=True))
    assert store.load() == (ProgramState(tray_hint_shown=True), None)
