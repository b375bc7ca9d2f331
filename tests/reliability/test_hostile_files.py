"""Hostile and corrupt files, generated from valid ones: loading never crashes, never runs
anything, sets an unreadable log or settings file aside byte for byte with a plain message,
and keeps every valid session of a mixed log."""

from __future__ import annotations

import json
import os
import random
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from hamtimer.core.log_store import LogStore, encode_record
from hamtimer.core.safe_files import QUARANTINE_MARK
from hamtimer.core.session import SessionError
from hamtimer.core.session_loader import load_session_file
from hamtimer.core.settings_store import Settings, SettingsStore
from hamtimer.resources import resource_path

from .crash_child import crash_record, record_key
from .hostile import assert_plain, hostile_variants

SEED = 1125
MIB = 1024 * 1024
LONG_MODE = os.environ.get("HAMTIMER_LONG") == "1"  # the 100 MB log of valid sessions
VALID_SETTINGS = {"schema_version": 1, "sound_muted": False, "volume": 0.8}


def valid_record() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(encode_record(crash_record(9, 0)))
    return document


def valid_session() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(resource_path("sessions/bridge-hold.json").read_bytes())
    return document


def kept_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}{QUARANTINE_MARK}*"))


def test_no_hostile_log_line_crashes_the_load_or_costs_a_valid_session(
    tmp_path: Path, marker: Path
) -> None:
    before, after = encode_record(crash_record(7, 0)), encode_record(crash_record(7, 1))
    variants = hostile_variants(valid_record(), SEED, marker)
    for number, (description, variant) in enumerate(variants):
        path = tmp_path / f"variant-{number}" / "log.jsonl"
        path.parent.mkdir()
        original = before + variant + b"\n" + after
        path.write_bytes(original)
        report = LogStore(path).load()
        keys = [record_key(record) for record in report.records]
        assert (7, 0) in keys and (7, 1) in keys, description
        if report.unreadable_lines == 0:
            assert path.read_bytes() == original, description
            continue
        assert report.quarantined_to is not None, description
        assert report.quarantined_to.read_bytes() == original, description
        assert_plain(report.message(), report.quarantined_to)
        assert LogStore(path).load().unreadable_lines == 0, description


def test_every_valid_session_of_a_log_mixed_with_hostile_lines_is_kept(
    tmp_path: Path, marker: Path
) -> None:
    hostile = [variant for _, variant in hostile_variants(valid_record(), SEED, marker)]
    valid = [encode_record(crash_record(7, n)) for n in range(len(hostile))]
    lines = [*valid, *(line + b"\n" for line in hostile)]
    random.Random(SEED).shuffle(lines)
    path = tmp_path / "log.jsonl"
    path.write_bytes(b"".join(lines))
    original = path.read_bytes()

    report = LogStore(path).load()

    mine = [key for key in map(record_key, report.records) if key[0] == 7]
    in_file_order = [(7, json.loads(line)["parameters"]["n"]) for line in lines if line in valid]
    assert mine == in_file_order
    assert len(mine) == len(valid)
    assert report.unreadable_lines > 100
    assert report.quarantined_to is not None
    assert report.quarantined_to.read_bytes() == original
    assert_plain(report.message(), report.quarantined_to)
    again = LogStore(path).load()
    assert again.unreadable_lines == 0
    assert again.records == report.records


def test_no_hostile_settings_file_crashes_the_load_and_a_bad_one_is_kept_aside(
    tmp_path: Path, marker: Path
) -> None:
    variants = hostile_variants(VALID_SETTINGS, SEED, marker)
    for number, (description, variant) in enumerate(variants):
        path = tmp_path / f"variant-{number}" / "settings.json"
        path.parent.mkdir()
        path.write_bytes(variant)
        settings, message = SettingsStore(path).load()
        if message is None:
            assert path.read_bytes() == variant, description
            continue
        assert settings == Settings(), description
        assert not path.exists(), description
        [kept] = kept_files(path)
        assert kept.read_bytes() == variant, description
        assert_plain(message, kept)


def test_a_hostile_custom_session_file_raises_only_a_session_error_naming_the_file(
    tmp_path: Path, marker: Path
) -> None:
    path = tmp_path / "custom.json"
    refused = 0
    for description, variant in hostile_variants(valid_session(), SEED, marker):
        path.write_bytes(variant)
        try:
            load_session_file(path, builtin=False)
        except SessionError as error:
            assert str(path) in str(error), description
            assert "\n" not in str(error), description
            refused += 1
    assert refused > 1000


@pytest.mark.parametrize(
    "number", [b"1" + b"0" * 400, b"-" + b"9" * 309, b"1e400", b"NaN", b"-Infinity"]
)
def test_a_number_no_double_can_hold_sets_the_line_aside_instead_of_crashing(
    data_dir: Path, number: bytes
) -> None:
    path = data_dir / "log.jsonl"
    good = encode_record(crash_record(7, 0))
    bad = good.replace(b'"actual_active_s":36.0', b'"actual_active_s":' + number)
    path.write_bytes(good + bad)
    report = LogStore(path).load()
    assert [record_key(record) for record in report.records] == [(7, 0)]
    assert report.unreadable_lines == 1


@pytest.mark.parametrize("number", [b"1" + b"0" * 400, b"1e400", b"NaN"])
def test_a_settings_volume_no_double_can_hold_gives_the_defaults(
    data_dir: Path, number: bytes
) -> None:
    path = data_dir / "settings.json"
    path.write_bytes(b'{"schema_version": 1, "volume": ' + number + b"}")
    settings, message = SettingsStore(path).load()
    assert settings == Settings()
    assert message is not None and "could not be read" in message


def test_a_session_setting_whose_unit_is_a_list_is_refused_naming_the_field(
    tmp_path: Path,
) -> None:
    document = valid_session()
    document["parameters"][0]["unit"] = ["s"]
    path = tmp_path / "custom.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SessionError, match=r"parameters\[0\]\.unit"):
        load_session_file(path, builtin=False)


# --- huge files ----------------------------------------------------------------------------


def sparse_file(path: Path, size: int, tail: bytes = b"") -> None:
    """`size` bytes of zeros, costing no disk and no time, then `tail`."""
    with path.open("wb") as handle:
        handle.truncate(size)
        handle.seek(size)
        handle.write(tail)


def peak_memory_while(action: Any) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_100_mb_log_is_read_in_bounded_memory_and_its_sessions_kept(data_dir: Path) -> None:
    path = data_dir / "log.jsonl"
    line = encode_record(crash_record(7, 0))
    sparse_file(path, 100 * MIB, b"\n" + line)
    report, peak = peak_memory_while(LogStore(path).load)
    assert peak < 2 * MIB
    assert [record_key(record) for record in report.records] == [(7, 0)]
    assert report.unreadable_lines == 1
    assert report.quarantined_to is not None
    assert report.quarantined_to.stat().st_size == 100 * MIB + 1 + len(line)
    assert path.read_bytes() == line


@pytest.mark.parametrize(
    "megabytes",
    [5, pytest.param(100, marks=pytest.mark.skipif(not LONG_MODE, reason="HAMTIMER_LONG=1"))],
)
def test_a_big_log_of_valid_sessions_loads_every_one_in_seconds(
    data_dir: Path, megabytes: int
) -> None:
    path = data_dir / "log.jsonl"
    line = encode_record(crash_record(7, 0))
    count = megabytes * MIB // len(line)
    path.write_bytes(line * count)
    began = time.monotonic()
    report = LogStore(path).load()
    elapsed = time.monotonic() - began
    print(f"{megabytes} MB log of {count} sessions loaded in {elapsed:.2f} s")
    assert len(report.records) == count
    assert report.unreadable_lines == 0
    assert elapsed < megabytes * 0.2  # ~0.05 s per MB here; generous for slow CI


def test_a_100_mb_settings_file_is_set_aside_without_being_read(data_dir: Path) -> None:
    path = data_dir / "settings.json"
    sparse_file(path, 100 * MIB, json.dumps(VALID_SETTINGS).encode())
    (settings, message), peak = peak_memory_while(SettingsStore(path).load)
    assert peak < 1 * MIB
    assert settings == Settings()
    [kept] = kept_files(path)
    assert kept.stat().st_size > 100 * MIB
    assert_plain(message, kept)


def test_a_100_mb_session_file_is_refused_by_its_size_before_it_is_read(data_dir: Path) -> None:
    path = data_dir / "custom.json"
    sparse_file(path, 100 * MIB, json.dumps(valid_session()).encode())
    _, peak = peak_memory_while(lambda: _refused(path))
    assert peak < 1 * MIB


def _refused(path: Path) -> None:
    with pytest.raises(SessionError, match="a session file may be at most"):
        load_session_file(path, builtin=False)


def test_generated_variants_cover_every_kind_of_damage(marker: Path) -> None:
    """Guards the generator itself: each family is present for each file kind."""
    for document in (valid_record(), VALID_SETTINGS, valid_session()):
        names = [description for description, _ in hostile_variants(document, SEED, marker)]
        for family in ("cut after", "random bytes", "byte flips", "missing", "= 1e400",
                       "= 10**400", "= NaN", "non-UTF-8", "byte order mark", "nested 100000",
                       "schema_version 2", "a pickle", "= Python code"):  # fmt: skip
            assert any(family in name for name in names), family
