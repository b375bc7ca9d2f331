"""`--start ID` knows the patient's own sessions in the chosen data folder, and checking it
still changes nothing on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamtimer.cli import UsageError, parse_options
from hamtimer.core.custom_sessions import peek_session_ids
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.paths import data_paths_for
from tests.custom_sessions import a_store, files_in, per_side_draft

BUILTIN_IDS = {"bridge-hold", "ice"}


def own_ids(data_dir: Path | None) -> set[str]:
    """What __main__ passes: the ids in <data dir>/sessions, read without writing."""
    return peek_session_ids(data_paths_for(data_dir).sessions_dir)


def test_start_accepts_a_session_of_the_patients_own(data_dir: Path) -> None:
    a_store(data_dir / "sessions").add(draft_to_definition(per_side_draft(), "hinge"))
    argv = ["--data-dir", str(data_dir), "--start", "hinge"]
    assert parse_options(argv, BUILTIN_IDS, own_ids).start == "hinge"


def test_an_unknown_start_lists_the_patients_sessions_too_and_writes_nothing(
    data_dir: Path,
) -> None:
    folder = data_dir / "sessions"
    a_store(folder).add(draft_to_definition(per_side_draft(), "hinge"))
    (folder / "broken.json").write_bytes(b"{")
    before = files_in(folder)
    with pytest.raises(UsageError) as caught:
        parse_options(["--data-dir", str(data_dir), "--start", "yoga"], BUILTIN_IDS, own_ids)
    assert str(caught.value) == (
        "--start: no session 'yoga'; choose one of bridge-hold, hinge, ice"
    )
    assert files_in(folder) == before


def test_checking_start_in_a_data_folder_that_does_not_exist_creates_nothing(
    tmp_path: Path,
) -> None:
    never_made = tmp_path / "never-made"
    with pytest.raises(UsageError, match="no session 'hinge'"):
        parse_options(["--data-dir", str(never_made), "--start", "hinge"], BUILTIN_IDS, own_ids)
    assert not never_made.exists()


def test_a_builtin_start_does_not_read_the_sessions_folder() -> None:
    def unreadable(_data_dir: Path | None) -> set[str]:
        raise AssertionError("the sessions folder was read for a built-in id")

    assert parse_options(["--start", "ice"], BUILTIN_IDS, unreadable).start == "ice"
