"""Hostile and corrupt session files, generated from a valid one (see hostile.py), met by the
import and by the sessions folder: an import is refused with one plain line naming the file
and the folder stays byte for byte as it was; in the folder, a bad file is set aside byte
for byte and reported, and the patient's other sessions still load."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from hamtimer.core.custom_sessions import CustomSessionStore, export_definition
from hamtimer.core.draft_build import draft_to_definition
from hamtimer.core.safe_files import QUARANTINE_MARK
from hamtimer.core.session import SessionError
from hamtimer.core.session_import import ImportChoice, import_definition, read_import
from hamtimer.core.session_json import definition_to_json
from hamtimer.core.session_loader import load_session_file
from tests.custom_sessions import a_store, builtins, files_in, per_side_draft

from .hostile import assert_plain, hostile_variants

SEED = 1125
MIB = 1024 * 1024


def valid_custom_session() -> dict[str, Any]:
    """A schema v2 session with every optional part: sets, a rest between them, each leg."""
    return definition_to_json(draft_to_definition(per_side_draft(), "hinge"))


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A sessions folder that already holds one of the patient's sessions."""
    folder = data_dir / "sessions"
    a_store(folder).add(draft_to_definition(per_side_draft(name="Curl"), "curl"))
    return folder


def test_no_hostile_import_changes_the_folder_or_escapes_as_anything_but_a_message(
    tmp_path: Path, folder: Path, marker: Path
) -> None:
    chosen = tmp_path / "chosen.json"
    before = files_in(folder)
    refused = accepted = 0
    for description, variant in hostile_variants(valid_custom_session(), SEED, marker):
        chosen.write_bytes(variant)
        store = a_store(folder)
        try:
            imported = import_definition(store, read_import(chosen), ImportChoice.KEEP_BOTH)
        except SessionError as error:
            assert_plain(str(error), chosen)
            assert files_in(folder) == before, description
            refused += 1
            continue
        written = store.path_of(imported.definition.id)
        assert load_session_file(written, builtin=False) == imported.definition, description
        written.unlink()
        accepted += 1
    print(f"{refused} hostile imports refused, {accepted} harmless variants imported")
    assert refused > 1000
    assert accepted > 0  # the generator also makes valid files: a text that is still text


def test_no_hostile_file_in_the_folder_costs_another_session(
    folder: Path, marker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rename's directory fsync (3 ms each, 3000 times) is proven in test_safe_files;
    # here only what is kept, moved and reported matters.
    monkeypatch.setattr("hamtimer.core.safe_files.fsync_directory", lambda _directory: None)
    curl = folder / "curl.json"
    curl_bytes = curl.read_bytes()
    hostile = folder / "hostile.json"
    for description, variant in hostile_variants(valid_custom_session(), SEED, marker):
        hostile.write_bytes(variant)
        report = CustomSessionStore(folder, builtins()).load()
        assert "curl" in report.sessions, description
        assert curl.read_bytes() == curl_bytes, description
        if not report.problems:
            assert hostile.read_bytes() == variant, description
            hostile.unlink()
            continue
        [problem] = report.problems
        [kept] = folder.glob(f"hostile.json{QUARANTINE_MARK}*")
        assert kept.read_bytes() == variant, description
        assert str(kept) in problem and "\n" not in problem, description
        assert not hostile.exists(), description
        kept.unlink()


def test_the_generated_variants_include_each_family_for_a_session_file(marker: Path) -> None:
    """Guards the generator for this document: a test of nothing would pass too."""
    names = [name for name, _ in hostile_variants(valid_custom_session(), SEED, marker)]
    for family in ("cut after", "random bytes", "byte flips", "missing", "= 1e400", "= NaN",
                   "non-UTF-8", "byte order mark", "nested 100000", "schema_version 99",
                   "a pickle", "= Python code", "per_side.duration", "between_sets.instruction",
                   "sets = "):  # fmt: skip
        assert any(family in name for name in names), family


def test_a_future_schema_version_is_refused_naming_the_field(tmp_path: Path) -> None:
    document = valid_custom_session() | {"schema_version": 3}
    chosen = tmp_path / "future.json"
    chosen.write_text(json.dumps(document))
    with pytest.raises(SessionError, match=r"schema_version: 3 is not supported \(this app reads"):
        read_import(chosen)


def test_a_100_mb_import_is_refused_by_its_size_in_bounded_memory(
    tmp_path: Path, folder: Path
) -> None:
    chosen = tmp_path / "huge.json"
    with chosen.open("wb") as handle:
        handle.truncate(100 * MIB)
        handle.seek(100 * MIB)
        handle.write(json.dumps(valid_custom_session()).encode())
    before = files_in(folder)
    tracemalloc.start()
    try:
        with pytest.raises(SessionError, match="a session file may be at most 65536 bytes"):
            read_import(chosen)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1 * MIB
    assert files_in(folder) == before


def test_an_export_the_disk_refuses_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "shared.json"
    target.write_bytes(b"old")

    def full_disk(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("hamtimer.core.safe_files.os.replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        export_definition(draft_to_definition(per_side_draft(), "hinge"), target)
    assert files_in(tmp_path) == {"shared.json": b"old"}
