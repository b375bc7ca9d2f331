"""The sessions folder: saves that read back, refusals that write nothing, damaged files set
aside while the rest load, and deletes that keep a copy."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from hamtimer.core.custom_sessions import (
    CustomSessionStore,
    export_definition,
    peek_session_ids,
)
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.plan import build_plan
from hamtimer.core.safe_files import QUARANTINE_MARK
from hamtimer.core.session import PhaseKind, PhaseTemplate, SessionDefinition, SessionError
from hamtimer.core.session_json import definition_to_json
from hamtimer.core.session_loader import load_session_file
from hamtimer.paths import DataPaths
from tests.custom_sessions import a_store, builtins, files_in, per_side_draft

NOON = datetime(2026, 11, 25, 12, 0, 0)


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return DataPaths(data_dir).sessions_dir


def hinge(session_id: str = "hinge", name: str = "Hinge") -> SessionDefinition:
    return draft_to_definition(per_side_draft(name=name), session_id)


def test_the_sessions_folder_is_sessions_under_the_data_folder(data_dir: Path) -> None:
    assert DataPaths(data_dir).sessions_dir == data_dir / "sessions"


def test_a_missing_folder_is_no_sessions_and_no_problem(folder: Path) -> None:
    report = CustomSessionStore(folder, builtins()).load()
    assert (report.sessions, report.problems) == ({}, ())
    assert not folder.exists()


def test_a_saved_session_loads_again_the_same_from_its_own_file(folder: Path) -> None:
    store = a_store(folder)
    path = store.add(hinge())
    assert path == folder / "hinge.json"
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    report = CustomSessionStore(folder, builtins()).load()
    assert report.problems == ()
    assert report.sessions == {"hinge": hinge()}


def test_a_change_is_written_to_the_sessions_own_file(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    changed = replace(hinge(), setup="Stand by the kitchen counter.")
    store.update(changed)
    assert files_in(folder).keys() == {"hinge.json"}
    assert a_store(folder).sessions["hinge"].setup == "Stand by the kitchen counter."


def test_a_refused_save_writes_nothing(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    before = files_in(folder)
    too_long = replace(hinge(), rep=(PhaseTemplate(PhaseKind.HOLD, 3600, "Hold."),), reps=50)
    with pytest.raises(SessionError, match="at most 240 min"):
        store.update(too_long)
    with pytest.raises(SessionError, match="at most 240 min"):
        store.add(replace(too_long, id="other"))
    assert files_in(folder) == before
    assert store.sessions["hinge"] == hinge()


def test_a_new_session_may_not_take_a_used_id(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    for used in ("hinge", "bridge-hold"):
        with pytest.raises(SessionError, match=f"id '{used}' is already used"):
            store.add(hinge(used))
    with pytest.raises(SessionError, match="no session of yours to change"):
        store.update(replace(builtins()["ice"], builtin=False))


def test_a_new_id_comes_from_the_name_and_skips_used_ids_and_files(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    (folder / "hinge-2.json").write_bytes(b"not loaded, but there")
    assert store.new_id("Hinge") == "hinge-3"
    assert store.new_id("Ice") == "ice-2"


def test_a_damaged_file_is_moved_aside_and_reported_while_the_others_load(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    store.add(hinge("curl", "Curl"))
    damaged = folder / "broken.json"
    damaged.write_bytes(b'{"schema_version": 2, "id": "broken", ')
    report = CustomSessionStore(folder, builtins()).load()
    assert set(report.sessions) == {"curl", "hinge"}
    [kept] = folder.glob(f"broken.json{QUARANTINE_MARK}*")
    assert kept.read_bytes() == b'{"schema_version": 2, "id": "broken", '
    assert not damaged.exists()
    [problem] = report.problems
    assert problem.startswith("Your session file broken.json cannot be used (cannot be read")
    assert f"moved aside to {kept}; your other sessions are loaded." in problem
    assert "\n" not in problem
    assert CustomSessionStore(folder, builtins()).load().problems == ()


def test_a_file_that_reads_but_would_last_too_long_is_set_aside_naming_why(folder: Path) -> None:
    folder.mkdir()
    document = definition_to_json(hinge())
    document["rep"][0]["duration"] = 3600
    document["parameters"] = [p for p in document["parameters"] if p["name"] != "work_s"]
    (folder / "hinge.json").write_text(json.dumps(document))
    [problem] = CustomSessionStore(folder, builtins()).load().problems
    assert "these choices make a session of" in problem and "moved aside" in problem


def test_a_file_with_a_builtin_id_is_refused_and_left_in_place(folder: Path) -> None:
    folder.mkdir()
    mine = replace(builtins()["bridge-hold"], builtin=False)
    export_definition(mine, folder / "bridge.json")
    before = files_in(folder)
    report = CustomSessionStore(folder, builtins()).load()
    assert report.sessions == {}
    [problem] = report.problems
    assert "uses the id 'bridge-hold' of a built-in session, so it was not loaded" in problem
    assert "import it to give it an id of its own" in problem
    assert files_in(folder) == before


def test_two_files_with_one_id_load_the_first_and_name_it_for_the_second(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    export_definition(hinge(name="Other hinge"), folder / "zz-other.json")
    report = CustomSessionStore(folder, builtins()).load()
    assert report.sessions["hinge"].name == "Hinge"
    [problem] = report.problems
    assert "zz-other.json uses the id 'hinge' of hinge.json" in problem


def test_hidden_temporary_and_kept_files_are_not_sessions(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    for name in (".hinge.json.x1.tmp", "old.json.unreadable-20261125T1200", "notes.txt"):
        (folder / name).write_bytes(b"{")
    (folder / "folder.json").mkdir()
    report = CustomSessionStore(folder, builtins()).load()
    assert set(report.sessions) == {"hinge"}
    assert report.problems == (
        f"{folder / 'folder.json'} is not a session file, so it was skipped.",
    )


def test_a_folder_that_is_a_file_is_reported_and_nothing_is_moved(data_dir: Path) -> None:
    not_a_folder = data_dir / "sessions"
    not_a_folder.write_bytes(b"x")
    report = CustomSessionStore(not_a_folder, builtins()).load()
    assert report.sessions == {}
    [problem] = report.problems
    assert problem.startswith(f"Your own sessions in {not_a_folder} could not be read")
    assert not_a_folder.read_bytes() == b"x"


def test_delete_keeps_the_file_aside_and_restore_brings_it_back(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    original = (folder / "hinge.json").read_bytes()
    deleted = store.delete("hinge", now=NOON)
    assert deleted.kept_at == folder / "hinge.json.deleted-20261125T120000"
    assert deleted.kept_at.read_bytes() == original
    assert "hinge" not in store.sessions
    assert a_store(folder).sessions == {}
    assert store.restore(deleted) == hinge()
    assert (folder / "hinge.json").read_bytes() == original
    assert a_store(folder).sessions == {"hinge": hinge()}


def test_two_deletes_in_one_second_keep_both_copies(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    first = store.delete("hinge", now=NOON)
    store.add(hinge())
    second = store.delete("hinge", now=NOON)
    assert first.kept_at != second.kept_at
    assert first.kept_at.exists() and second.kept_at.exists()


def test_a_delete_is_not_restored_over_a_session_that_took_its_id(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    deleted = store.delete("hinge")
    store.add(hinge(name="New hinge"))
    with pytest.raises(SessionError, match=r"its id is in use again\. Its file is kept at"):
        store.restore(deleted)
    assert deleted.kept_at.exists()
    assert store.sessions["hinge"].name == "New hinge"


def test_a_copy_of_bridge_hold_saves_and_keeps_its_phases(folder: Path) -> None:
    store = a_store(folder)
    copy = store.copy_of(builtins()["bridge-hold"])
    store.add(copy)
    loaded = a_store(folder).sessions["bridge-hold-copy"]
    assert loaded.rep == builtins()["bridge-hold"].rep
    assert build_plan(loaded, {"hold_s": 30}).phases[1].duration_s == 30


def test_export_writes_a_file_that_loads_as_the_same_session(tmp_path: Path) -> None:
    target = tmp_path / "to-share.json"
    export_definition(hinge(), target)
    assert load_session_file(target, builtin=False) == hinge()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_refused_export_leaves_an_existing_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "to-share.json"
    target.write_bytes(b"the patient's old file")
    with pytest.raises(SessionError):
        export_definition(replace(hinge(), name=""), target)
    assert target.read_bytes() == b"the patient's old file"


def test_ids_for_the_command_line_are_read_without_changing_the_folder(folder: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    (folder / "broken.json").write_bytes(b"{")
    before = files_in(folder)
    assert peek_session_ids(folder) == {"hinge"}
    assert files_in(folder) == before
    assert peek_session_ids(folder / "missing") == set()


def test_a_file_that_cannot_be_opened_is_reported_and_left_in_place(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = a_store(folder)
    store.add(hinge())
    locked = folder / "hinge.json"
    real_open = Path.open

    def refusing_open(path: Path, *args: Any, **kwargs: Any) -> Any:
        if path == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    [problem] = CustomSessionStore(folder, builtins()).load().problems
    assert problem == (
        f"Your session file {locked} could not be opened (Permission denied); "
        "it was left where it is."
    )
    assert locked.exists()
