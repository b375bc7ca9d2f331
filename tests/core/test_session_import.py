"""Importing a session file: checked in full before a byte is written; a used id is the
patient's choice, never a silent overwrite."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from hamtimer.core.custom_sessions import export_definition
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.session import SessionDefinition, SessionError
from hamtimer.core.session_import import (
    ImportChoice,
    find_clash,
    import_definition,
    read_import,
)
from hamtimer.core.session_json import definition_to_json
from tests.custom_sessions import a_store, builtins, files_in, per_side_draft


def hinge(name: str = "Hinge") -> SessionDefinition:
    return draft_to_definition(per_side_draft(name=name), "hinge")


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return data_dir / "sessions"


def test_export_then_import_gives_the_same_session(folder: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared" / "hinge.json"
    shared.parent.mkdir()
    export_definition(hinge(), shared)
    store = a_store(folder)
    imported = import_definition(store, read_import(shared))
    assert imported.definition == hinge()
    assert a_store(folder).sessions == {"hinge": hinge()}


def test_an_exported_builtin_imports_as_the_patients_own_under_a_new_id(
    folder: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "ice.json"
    export_definition(builtins()["ice"], shared)
    store = a_store(folder)
    incoming = read_import(shared)
    clash = find_clash(store, incoming)
    assert clash is not None and not clash.can_replace
    assert (clash.renamed.id, clash.renamed.name) == ("ice-2", "Ice (imported)")
    imported = import_definition(store, incoming, ImportChoice.KEEP_BOTH)
    expected = replace(builtins()["ice"], id="ice-2", name="Ice (imported)", builtin=False)
    assert imported.definition == expected
    assert files_in(folder).keys() == {"ice-2.json"}


def test_a_builtin_is_never_replaced_by_an_import(folder: Path, tmp_path: Path) -> None:
    shared = tmp_path / "ice.json"
    export_definition(builtins()["ice"], shared)
    store = a_store(folder)
    with pytest.raises(SessionError, match="'ice' is not one of your sessions"):
        import_definition(store, read_import(shared), ImportChoice.REPLACE)
    assert files_in(folder) == {}


def test_replacing_my_own_session_keeps_the_old_file_as_a_deleted_copy(
    folder: Path, tmp_path: Path
) -> None:
    store = a_store(folder)
    store.add(hinge())
    old_bytes = (folder / "hinge.json").read_bytes()
    shared = tmp_path / "hinge.json"
    export_definition(hinge("Hinge, slower"), shared)
    imported = import_definition(store, read_import(shared), ImportChoice.REPLACE)
    assert imported.replaced_kept_at is not None
    assert imported.replaced_kept_at.read_bytes() == old_bytes
    assert a_store(folder).sessions["hinge"].name == "Hinge, slower"


def test_keeping_both_renames_only_what_clashes(folder: Path, tmp_path: Path) -> None:
    store = a_store(folder)
    store.add(hinge())
    shared = tmp_path / "hinge.json"
    export_definition(hinge("Hinge, slower"), shared)
    imported = import_definition(store, read_import(shared), ImportChoice.KEEP_BOTH)
    assert (imported.definition.id, imported.definition.name) == ("hinge-2", "Hinge, slower")
    assert set(a_store(folder).sessions) == {"hinge", "hinge-2"}


def test_a_file_in_the_folder_that_did_not_load_is_a_clash_too(
    folder: Path, tmp_path: Path
) -> None:
    store = a_store(folder)
    folder.mkdir()
    (folder / "hinge.json").write_bytes(b"put there by hand after the load")
    shared = tmp_path / "hinge.json"
    export_definition(hinge(), shared)
    clash = find_clash(store, read_import(shared))
    assert clash is not None and clash.existing is None and not clash.can_replace
    assert clash.renamed.id == "hinge-2"


def test_a_refused_import_names_the_file_and_the_field_and_writes_nothing(
    folder: Path, tmp_path: Path
) -> None:
    store = a_store(folder)
    store.add(hinge())
    before = files_in(folder)
    document = definition_to_json(hinge())
    document["rep"][0]["duration"] = 4000
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    with pytest.raises(SessionError) as caught:
        read_import(bad)
    assert str(caught.value) == f"{bad}: rep[0].duration: 4000 s is outside 0–3600 s"
    assert files_in(folder) == before


def test_an_import_too_long_to_run_is_refused_before_writing(folder: Path, tmp_path: Path) -> None:
    document = definition_to_json(hinge())
    document["parameters"][0]["default"] = 100  # work_s: 50 reps × 2 sets × 2 sides of 104 s
    document["parameters"][2]["default"] = 50  # reps
    long = tmp_path / "long.json"
    long.write_text(json.dumps(document))
    with pytest.raises(SessionError, match=rf"^{long}: Hinge: .* at most 240 min"):
        read_import(long)
    assert files_in(folder) == {}


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "session.json"
    os.mkfifo(pipe)
    with pytest.raises(SessionError, match=rf"^{pipe}: is not a file$"):
        read_import(pipe)


@pytest.mark.parametrize("path", [Path("/dev/zero"), Path("/")])
def test_a_device_or_a_folder_is_refused_without_reading_it(path: Path) -> None:
    with pytest.raises(SessionError, match="is not a file"):
        read_import(path)


def test_a_missing_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match=r"missing\.json: cannot be opened \(No such file"):
        read_import(tmp_path / "missing.json")
