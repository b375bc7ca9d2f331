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

from hamtimer.core.i18n import translate
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
            raise SettingsError(translate("SettingsStore", "the settings must be a JSON object"))
        version = data.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise SettingsError(
                translate("SettingsStore", "{field} must be a whole number from 1").format(
                    field="schema_version"
                )
            )
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
        raise _not_a_fraction(name)


def _not_a_fraction(name: str) -> SettingsError:
    return SettingsError(
        translate("SettingsStore", "{field} must be a number from 0.0 to 1.0").format(field=name)
    )


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        allowed = ", ".join(f'"{c}"' for c in choices)
        raise SettingsError(
            translate("SettingsStore", "{field} must be one of {allowed}").format(
                field=name, allowed=allowed
            )
        )


def _choice(data: dict[str, Any], name: str, default: str, choices: tuple[str, ...]) -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise SettingsError(
            translate("SettingsStore", "{field} must be a string").format(field=name)
        )
    _check_choice(name, value, choices)
    return value


def _bool(data: dict[str, Any], name: str, default: bool) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        raise SettingsError(
            translate("SettingsStore", "{field} must be true or false").format(field=name)
        )
    return value


def _fraction(data: dict[str, Any], name: str, default: float) -> float:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _not_a_fraction(name)
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
            return Settings(), translate(
                "SettingsStore",
                "Your settings file {file} could not be opened ({reason}), so the default "
                "settings are used.",
            ).format(file=self._path, reason=reason)
        except FutureSettingsError as error:
            return Settings(), self._set_aside(error, newer=True)
        except (UnreadableJSONError, SettingsError) as error:
            return Settings(), self._set_aside(error, newer=False)

    def save(self, settings: Settings) -> None:
        """Write the settings atomically; raises OSError for the caller to show."""
        text = json.dumps(settings.to_json(), indent=2, sort_keys=True, allow_nan=False)
        atomic_write_bytes(self._path, text.encode("utf-8") + b"\n")

    def _set_aside(self, problem: Exception, newer: bool) -> str:
        """Move the file aside; the note says why (`newer`: saved by a newer hamtimer)."""
        logger.warning("settings file %s cannot be used: %s", self._path, problem)
        try:
            kept_at = quarantine(self._path)
        except OSError as error:
            logger.error("could not move %s aside: %s", self._path, error)
            if newer:
                template = translate(
                    "SettingsStore",
                    "Your settings file {file} was saved by a newer version of hamtimer, and it "
                    "could not be moved aside ({reason}). The default settings are used.",
                )
            else:
                template = translate(
                    "SettingsStore",
                    "Your settings file {file} could not be read ({error}), and it could not be "
                    "moved aside ({reason}). The default settings are used.",
                )
            return template.format(file=self._path, error=problem, reason=error.strerror or error)
        if newer:
            template = translate(
                "SettingsStore",
                "Your settings file was saved by a newer version of hamtimer, so the default "
                "settings are used. The original file was kept at {kept_at}.",
            )
        else:
            template = translate(
                "SettingsStore",
                "Your settings file could not be read ({error}), so the default settings are "
                "used. The original file was kept at {kept_at}.",
            )
        return template.format(error=problem, kept_at=kept_at)
