"""settings.json: defaults when missing, a round trip, and a bad file moved aside, not lost."""

from __future__ import annotations

import json
import re
import stat
import sys
from pathlib import Path

import pytest

from hamtimer.core.settings_store import Settings, SettingsError, SettingsStore

QUARANTINE_NAME = re.compile(r"settings\.json\.unreadable-\d{8}T\d{6}")


def store_with(data_dir: Path, content: bytes) -> SettingsStore:
    path = data_dir / "settings.json"
    path.write_bytes(content)
    return SettingsStore(path)


def kept_file(data_dir: Path) -> Path:
    (kept,) = [p for p in data_dir.iterdir() if QUARANTINE_NAME.fullmatch(p.name)]
    return kept


def test_a_missing_file_gives_the_defaults_without_a_message(data_dir: Path) -> None:
    assert SettingsStore(data_dir / "settings.json").load() == (Settings(), None)


def test_the_defaults_are_sound_on_at_eighty_percent() -> None:
    assert (Settings().sound_muted, Settings().volume, Settings().schema_version) == (
        False,
        0.8,
        1,
    )


def test_saved_settings_load_back_unchanged(data_dir: Path) -> None:
    store = SettingsStore(data_dir / "settings.json")
    store.save(Settings(sound_muted=True, volume=0.25))
    assert store.load() == (Settings(sound_muted=True, volume=0.25), None)


def test_the_saved_file_is_versioned_json(data_dir: Path) -> None:
    SettingsStore(data_dir / "settings.json").save(Settings(volume=0.5))
    data = json.loads((data_dir / "settings.json").read_text("utf-8"))
    assert data == {
        "schema_version": 1,
        "sound_muted": False,
        "volume": 0.5,
        "language": "",
        "sound_mode": "tones",
        "floor_mode": False,
    }


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_saved_file_is_readable_by_its_owner_only(data_dir: Path) -> None:
    SettingsStore(data_dir / "settings.json").save(Settings())
    assert stat.S_IMODE((data_dir / "settings.json").stat().st_mode) == 0o600


def test_missing_fields_take_their_defaults(data_dir: Path) -> None:
    store = store_with(data_dir, b'{"schema_version": 1, "volume": 0.3}')
    assert store.load() == (Settings(volume=0.3), None)


def test_unknown_fields_are_ignored(data_dir: Path) -> None:
    store = store_with(data_dir, b'{"schema_version": 1, "theme": "dark"}')
    assert store.load() == (Settings(), None)


def test_a_byte_order_mark_is_tolerated(data_dir: Path) -> None:
    store = store_with(data_dir, b'\xef\xbb\xbf{"schema_version": 1, "sound_muted": true}')
    assert store.load() == (Settings(sound_muted=True), None)


def test_bad_json_is_moved_aside_byte_for_byte_and_defaults_are_used(data_dir: Path) -> None:
    store = store_with(data_dir, b'{"schema_version": 1, "volume": ')
    settings, _ = store.load()
    assert settings == Settings()
    assert kept_file(data_dir).read_bytes() == b'{"schema_version": 1, "volume": '
    assert not (data_dir / "settings.json").exists()


def test_the_message_names_the_problem_and_the_kept_file(data_dir: Path) -> None:
    store = store_with(data_dir, b"not json")
    _, message = store.load()
    assert message == (
        "Your settings file could not be read (it is not valid JSON), so the default "
        f"settings are used. The original file was kept at {kept_file(data_dir)}."
    )


@pytest.mark.parametrize(
    "content",
    [
        b'{"schema_version": 1, "sound_muted": "yes"}',
        b'{"schema_version": 1, "volume": "loud"}',
        b'{"schema_version": 1, "volume": true}',
        b'{"schema_version": "1"}',
        b'{"sound_muted": true}',
        b"[1, 2, 3]",
    ],
)
def test_wrong_types_are_moved_aside(data_dir: Path, content: bytes) -> None:
    settings, message = store_with(data_dir, content).load()
    assert settings == Settings()
    assert kept_file(data_dir).read_bytes() == content
    assert message is not None


@pytest.mark.parametrize("volume", [b"1.5", b"-0.1", b"NaN", b"Infinity", b"1e400"])
def test_an_out_of_range_volume_is_moved_aside(data_dir: Path, volume: bytes) -> None:
    settings, message = store_with(
        data_dir, b'{"schema_version": 1, "volume": ' + volume + b"}"
    ).load()
    assert settings == Settings()
    assert kept_file(data_dir).exists()
    assert message is not None


def test_settings_from_a_newer_version_are_moved_aside_with_a_clear_message(
    data_dir: Path,
) -> None:
    _, message = store_with(data_dir, b'{"schema_version": 2, "volume": 0.1}').load()
    assert message == (
        "Your settings file was saved by a newer version of hamtimer, so the default "
        f"settings are used. The original file was kept at {kept_file(data_dir)}."
    )


def test_a_file_over_64_kib_is_moved_aside(data_dir: Path) -> None:
    content = b'{"schema_version": 1, "pad": "' + b"x" * 70_000 + b'"}'
    settings, message = store_with(data_dir, content).load()
    assert settings == Settings()
    assert kept_file(data_dir).read_bytes() == content
    assert "larger than 64 KiB" in (message or "")


def test_a_settings_file_that_cannot_be_opened_is_reported_and_left_alone(
    data_dir: Path,
) -> None:
    (data_dir / "settings.json").mkdir()
    settings, message = SettingsStore(data_dir / "settings.json").load()
    assert settings == Settings()
    assert message is not None and "could not be opened" in message
    assert (data_dir / "settings.json").is_dir()


def test_settings_refuse_a_volume_outside_zero_to_one() -> None:
    with pytest.raises(SettingsError, match="volume"):
        Settings(volume=1.2)


def test_language_sound_mode_and_floor_mode_round_trip(data_dir: Path) -> None:
    store = SettingsStore(data_dir / "settings.json")
    chosen = Settings(language="de", sound_mode="voice", floor_mode=True)
    store.save(chosen)
    assert store.load() == (chosen, None)


@pytest.mark.parametrize(
    ("field", "value"),
    [("language", "fr"), ("language", 3), ("sound_mode", "loud"), ("floor_mode", "yes")],
)
def test_an_unknown_language_or_sound_mode_sets_the_file_aside(
    data_dir: Path, field: str, value: object
) -> None:
    content = json.dumps({"schema_version": 1, field: value}).encode()
    settings, message = store_with(data_dir, content).load()
    assert settings == Settings()
    assert message is not None and field in message
    assert kept_file(data_dir).read_bytes() == content
