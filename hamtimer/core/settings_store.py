"""The patient's settings in settings.json: small, versioned, written atomically.

A settings file we cannot read is moved aside (never overwritten) and the defaults are used,
with a message saying so; a lost volume setting must not stop a rehab session.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hamtimer.core.safe_files import (
    UnreadableJSONError,
    atomic_write_bytes,
    quarantine,
    read_json_bounded,
)

logger = logging.getLogger(__name__)

SETTINGS_SCHEMA_VERSION = 1
# The languages hamtimer is translated into ("" = the system's language, English if none).
LANGUAGES = ("", "en", "es", "de")
# Tones: a distinct sound per cue; voice: the cue spoken; silent: cues on screen only.
SOUND_MODES = ("tones", "voice", "silent")


class SettingsError(ValueError):
    """Settings that do not follow the format; the message names the field."""


class FutureSettingsError(SettingsError):
    """Settings written by a newer hamtimer."""


@dataclass(frozen=True)
class Settings:
    """What the patient chose. Every field has a default, so a file written before a field
    existed still loads; new fields go at the end with a default."""

    schema_version: int = SETTINGS_SCHEMA_VERSION
    sound_muted: bool = False
    volume: float = 0.8
    # "" follows the system's language; otherwise one of LANGUAGES.
    language: str = ""
    # What the patient hears at each cue: one of SOUND_MODES.
    sound_mode: str = "tones"
    # Sessions run full screen with the digits filling the window (floor mode).
    floor_mode: bool = False

    def __post_init__(self) -> None:
        _check_fraction("volume", self.volume)
        _check_choice("language", self.language, LANGUAGES)
        _check_choice("sound_mode", self.sound_mode, SOUND_MODES)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> Settings:
        """Validate decoded JSON; missing fields take their defaults, unknown ones are ignored
        (a newer version of the same schema may add them)."""
        if not isinstance(data, dict):
            raise SettingsError("the settings must be a JSON object")
        version = data.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise SettingsError("schema_version must be a whole number from 1")
        if version > SETTINGS_SCHEMA_VERSION:
            raise FutureSettingsError(f"schema_version {version} is newer than this app reads")
        return cls(
            schema_version=version,
            sound_muted=_bool(data, "sound_muted", _DEFAULTS.sound_muted),
            volume=_fraction(data, "volume", _DEFAULTS.volume),
            language=_choice(data, "language", _DEFAULTS.language, LANGUAGES),
            sound_mode=_choice(data, "sound_mode", _DEFAULTS.sound_mode, SOUND_MODES),
            floor_mode=_bool(data, "floor_mode", _DEFAULTS.floor_mode),
        )


def _check_fraction(name: str, value: float) -> None:
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise SettingsError(f"{name} must be a number from 0.0 to 1.0")


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        allowed = ", ".join(f'"{c}"' for c in choices)
        raise SettingsError(f"{name} must be one of {allowed}")


def _choice(data: dict[str, Any], name: str, default: str, choices: tuple[str, ...]) -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise SettingsError(f"{name} must be a string")
    _check_choice(name, value, choices)
    return value


def _bool(data: dict[str, Any], name: str, default: bool) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        raise SettingsError(f"{name} must be true or false")
    return value


def _fraction(data: dict[str, Any], name: str, default: float) -> float:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SettingsError(f"{name} must be a number from 0.0 to 1.0")
    _check_fraction(name, value)
    return float(value)


_DEFAULTS = Settings()


class SettingsStore:
    """The one owner of settings.json."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        return self._path

    def load(self) -> tuple[Settings, str | None]:
        """Return the settings and a note for the patient (None when all is well).

        Never raises for a bad or missing file: the defaults are used instead.
        """
        try:
            return Settings.from_json(read_json_bounded(self._path)), None
        except FileNotFoundError:
            return Settings(), None
        except OSError as error:  # e.g. permission denied: nothing we could move aside
            logger.error("could not open %s: %s", self._path, error)
            reason = error.strerror or str(error)
            return Settings(), (
                f"Your settings file {self._path} could not be opened ({reason}), "
                "so the default settings are used."
            )
        except FutureSettingsError:
            return Settings(), self._set_aside("was saved by a newer version of hamtimer")
        except (UnreadableJSONError, SettingsError) as error:
            return Settings(), self._set_aside(f"could not be read ({error})")

    def save(self, settings: Settings) -> None:
        """Write the settings atomically; raises OSError for the caller to show."""
        text = json.dumps(settings.to_json(), indent=2, sort_keys=True, allow_nan=False)
        atomic_write_bytes(self._path, text.encode("utf-8") + b"\n")

    def _set_aside(self, problem: str) -> str:
        logger.warning("settings file %s %s", self._path, problem)
        try:
            kept_at = quarantine(self._path)
        except OSError as error:
            logger.error("could not move %s aside: %s", self._path, error)
            return (
                f"Your settings file {self._path} {problem}, and it could not be moved aside "
                f"({error.strerror or error}). The default settings are used."
            )
        return (
            f"Your settings file {problem}, so the default settings are used. "
            f"The original file was kept at {kept_at}."
        )
