"""The patient's place in the program (program-state.json): the day the pain started, the
stage they confirmed, and their reminder choices. Small, versioned, written atomically; a
file we cannot read is moved aside and the program starts over with a message.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
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

STATE_SCHEMA_VERSION = 1
MAX_REMINDERS = 6
MIN_ICE_EVERY_H, MAX_ICE_EVERY_H = 2, 8
MAX_ONSET_AGE_DAYS = 5 * 365


class ProgramStateError(ValueError):
    """A state that does not follow the format, or a bad choice; the message says which."""


@dataclass(frozen=True)
class ProgramState:
    onset: date | None = None
    stage_id: str = "rest-ice"
    exercise_reminders: tuple[str, ...] | None = None  # None: the stage's defaults
    ice_every_h: int | None = None  # None: the stage's default
    reminders_on: bool = True
    keep_in_tray: bool = True
    tray_hint_shown: bool = False  # told once that closing keeps hamtimer in the tray
    schema_version: int = STATE_SCHEMA_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "onset": self.onset.isoformat() if self.onset else None,
            "stage_id": self.stage_id,
            "exercise_reminders": list(self.exercise_reminders)
            if self.exercise_reminders is not None
            else None,
            "ice_every_h": self.ice_every_h,
            "reminders_on": self.reminders_on,
            "keep_in_tray": self.keep_in_tray,
            "tray_hint_shown": self.tray_hint_shown,
        }

    @classmethod
    def from_json(cls, data: object) -> ProgramState:
        if not isinstance(data, dict):
            raise ProgramStateError(
                translate("ProgramStore", "the program state must be a JSON object")
            )
        version = data.get("schema_version")
        if version != STATE_SCHEMA_VERSION or isinstance(version, bool):
            raise ProgramStateError(
                translate("ProgramStore", "{field}: {value} is not {version}").format(
                    field="schema_version", value=repr(version), version=STATE_SCHEMA_VERSION
                )
            )
        onset = data.get("onset")
        stage_id = data.get("stage_id")
        if not isinstance(stage_id, str) or not 1 <= len(stage_id) <= 40:
            raise ProgramStateError(
                translate("ProgramStore", "{field}: must be a stage's id").format(field="stage_id")
            )
        state = cls(
            onset=_date(onset) if onset is not None else None,
            stage_id=stage_id,
            exercise_reminders=_times(data.get("exercise_reminders")),
            ice_every_h=_hours(data.get("ice_every_h")),
            reminders_on=_flag(data, "reminders_on"),
            keep_in_tray=_flag(data, "keep_in_tray"),
            tray_hint_shown=_flag(data, "tray_hint_shown", default=False),
        )
        return state


def check_onset(onset: date, today: date) -> date:
    """A day the pain started must be in the past five years and not in the future."""
    if onset > today:
        raise ProgramStateError(
            translate("ProgramStore", "The day the pain started cannot be in the future.")
        )
    if (today - onset).days > MAX_ONSET_AGE_DAYS:
        raise ProgramStateError(
            translate(
                "ProgramStore", "The day the pain started must be within the last five years."
            )
        )
    return onset


def with_reminders(state: ProgramState, times: list[str], ice_every_h: int | None) -> ProgramState:
    return replace(state, exercise_reminders=_times(times), ice_every_h=_hours(ice_every_h))


def _date(value: object) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ProgramStateError(
            translate("ProgramStore", "{field}: must be a date like {example}").format(
                field="onset", example="2026-11-25"
            )
        )
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ProgramStateError(
            translate("ProgramStore", "{field}: {value} is not a date").format(
                field="onset", value=repr(value)
            )
        ) from None


def _times(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > MAX_REMINDERS:
        raise ProgramStateError(
            translate("ProgramStore", "Reminders: at most {most} times a day").format(
                most=MAX_REMINDERS
            )
        )
    times = []
    for item in value:
        try:
            times.append(datetime.strptime(str(item), "%H:%M").strftime("%H:%M"))
        except ValueError:
            raise ProgramStateError(
                translate("ProgramStore", "Reminders: {value} is not a time like {example}").format(
                    value=repr(item), example="09:00"
                )
            ) from None
    return tuple(sorted(set(times)))


def _hours(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProgramStateError(
            translate("ProgramStore", "Ice reminders: the hours must be a whole number")
        )
    if not MIN_ICE_EVERY_H <= value <= MAX_ICE_EVERY_H:
        raise ProgramStateError(
            translate(
                "ProgramStore", "Ice reminders: every {low}–{high} hours; {value} was chosen"
            ).format(low=MIN_ICE_EVERY_H, high=MAX_ICE_EVERY_H, value=value)
        )
    return value


def _flag(data: dict[str, Any], name: str, default: bool = True) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        raise ProgramStateError(
            translate("ProgramStore", "{field}: must be true or false").format(field=name)
        )
    return value


class ProgramStore:
    """The one owner of program-state.json."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def load(self) -> tuple[ProgramState, str | None]:
        try:
            return ProgramState.from_json(read_json_bounded(self._path)), None
        except FileNotFoundError:
            return ProgramState(), None
        except OSError as error:
            return ProgramState(), translate(
                "ProgramStore",
                "Your program file {file} could not be opened ({reason}); the program starts "
                "from the first stage.",
            ).format(file=self._path, reason=error.strerror or error)
        except (UnreadableJSONError, ProgramStateError) as error:
            try:
                kept_at = quarantine(self._path)
            except OSError as move_error:
                return ProgramState(), translate(
                    "ProgramStore",
                    "Your program file {file} could not be read ({error}) nor moved aside "
                    "({move_error}).",
                ).format(file=self._path, error=error, move_error=move_error.strerror or move_error)
            return ProgramState(), translate(
                "ProgramStore",
                "Your program file could not be read ({error}); the program starts from the "
                "first stage. The original file was kept at {kept_at}.",
            ).format(error=error, kept_at=kept_at)

    def save(self, state: ProgramState) -> None:
        """Write atomically; raises OSError for the caller to show."""
        text = json.dumps(state.to_json(), indent=2, sort_keys=True)
        atomic_write_bytes(self._path, text.encode("utf-8") + b"\n")
