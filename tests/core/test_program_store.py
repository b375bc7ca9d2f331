"""The program state file: round trip, checked choices, a damaged file kept aside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hamtimer.core.program_store import (
    ProgramState,
    ProgramStateError,
    ProgramStore,
    check_onset,
    with_reminders,
)


def test_the_state_reads_back_as_saved(tmp_path: Path) -> None:
    store = ProgramStore(tmp_path / "program-state.json")
    state = with_reminders(ProgramState(onset=date(2026, 11, 4), stage_id="mobility"),
                           ["18:00", "9:05"], 3)  # fmt: skip
    store.save(state)
    assert store.load() == (state, None)
    assert state.exercise_reminders == ("09:05", "18:00")


@pytest.mark.parametrize(
    ("times", "hours", "message"),
    [
        (["25:00"], None, "'25:00' is not a time like 09:00"),
        (["09:00"] * 7, None, "at most 6 times a day"),
        ([], 1, "every 2–8 hours; 1 was chosen"),
    ],
)
def test_bad_reminder_choices_are_refused_with_the_limit(
    times: list[str], hours: int | None, message: str
) -> None:
    with pytest.raises(ProgramStateError, match=message):
        with_reminders(ProgramState(), times, hours)


def test_an_onset_in_the_future_is_refused() -> None:
    with pytest.raises(ProgramStateError, match="cannot be in the future"):
        check_onset(date(2026, 11, 26), date(2026, 11, 25))


def test_a_damaged_state_file_is_kept_and_the_program_starts_over(tmp_path: Path) -> None:
    path = tmp_path / "program-state.json"
    path.write_text('{"schema_version": 1, "stage_id": 7}')
    state, message = ProgramStore(path).load()
    assert state == ProgramState()
    assert message is not None and "stage_id" in message and "kept at" in message
    assert not path.exists() and len(list(tmp_path.iterdir())) == 1
