"""Sound cues, so a patient lying on the floor can follow a session without looking.

QtMultimedia is imported only when a `QtSoundPlayer` is built, and the app builds it only
at the first cue (`LazySoundPlayer`): the window appears without it, and a machine whose
QtMultimedia cannot load (no libpulse, stripped bundle) or that has no audio output still
runs, showing cues on screen only. Nothing here raises because of sound.

These are the tones; the spoken cues are in voice_player.py, and cue_sound.py plays one or
the other (or nothing) as the patient chose (docs/SOUND.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl, Signal

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.voice_lines import VoiceLine
from hamtimer.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

logger = logging.getLogger(__name__)

NO_OUTPUT_REASON = QT_TRANSLATE_NOOP(
    "Sound", "No audio output device was found, so cues are shown on screen only."
)
NO_MULTIMEDIA_REASON = QT_TRANSLATE_NOOP(
    "Sound", "Sound support could not be loaded, so cues are shown on screen only."
)


class Cue(Enum):
    """What the patient should hear at each moment of a session; the value is its WAV."""

    GET_READY = "get_ready.wav"
    HOLD = "hold.wav"
    TICK = "tick.wav"
    REST = "rest.wav"
    SWITCH_SIDES = "switch_sides.wav"
    DONE = "done.wav"

    @property
    def file_name(self) -> str:
        return self.value


@dataclass(frozen=True)
class Announcement:
    """One moment of a session: its tone, and the voice lines that say it (maybe none)."""

    cue: Cue
    lines: tuple[VoiceLine, ...] = ()


class SoundPlayer(Protocol):
    def play(self, cue: Cue) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def set_volume(self, volume: float) -> None:
        """Volume from 0.0 (silent) to 1.0 (full); values outside are clamped."""

    def unavailable_reason(self) -> str | None:
        """Why cues cannot be heard, in words for the patient; None when sound works."""


class SilentPlayer:
    """Plays nothing and remembers what it was asked to play: for tests and sound off."""

    def __init__(self) -> None:
        self.played: list[Cue] = []
        self.said: list[tuple[VoiceLine, ...]] = []
        self.muted = False
        self.volume = 1.0

    def play(self, cue: Cue) -> None:
        self.played.append(cue)

    def announce(self, announcement: Announcement) -> None:
        """Records the cue in `played` and the lines in `said`, whatever the mode."""
        self.played.append(announcement.cue)
        self.said.append(announcement.lines)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_volume(self, volume: float) -> None:
        self.volume = clamped_volume(volume)

    def unavailable_reason(self) -> str | None:
        return None


class QtSoundPlayer(QObject):
    """Plays cues through QSoundEffect, one preloaded effect per cue, so ticks are on time.

    Signals:
        unavailable(str): sound cannot be heard, with a plain reason. Emitted at most once:
            when an effect fails to load, or, if sound was already known to be unavailable
            when the player was built, at the first unmuted play().
    """

    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None, sounds_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Cue, QSoundEffect] = {}
        self._muted = False
        self._volume = 1.0
        self._reason: str | None = None
        self._announced = False
        self._built = False
        self._load_effects(sounds_dir)
        self._built = True

    def play(self, cue: Cue) -> None:
        if self._muted:
            return
        if self._reason is not None:
            self._announce()
            return
        try:
            self._effects[cue].play()
        except RuntimeError as error:  # the effect's C++ side is gone, e.g. at shutdown
            logger.warning("Could not play %s: %s", cue.name, error)
            self._mark_unavailable(
                translate("Sound", "Sound stopped working ({error}).").format(error=error)
            )

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in self._effects.values():
            effect.setMuted(muted)

    def set_volume(self, volume: float) -> None:
        self._volume = clamped_volume(volume)
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def unavailable_reason(self) -> str | None:
        return self._reason

    def _load_effects(self, sounds_dir: Path | None) -> None:
        problem = multimedia_problem()
        if problem is not None:
            self._mark_unavailable(problem)
            return
        from PySide6.QtMultimedia import QSoundEffect

        try:
            folder = sounds_dir if sounds_dir is not None else resource_path("sounds")
        except FileNotFoundError as error:
            self._mark_unavailable(
                translate("Sound", "The cue sounds were not found ({error}).").format(error=error)
            )
            return
        for cue in Cue:
            effect = QSoundEffect(self)
            self._effects[cue] = effect
            effect.statusChanged.connect(lambda cue=cue: self._check_status(cue))
            effect.setSource(QUrl.fromLocalFile(str(folder / cue.file_name)))

    def _check_status(self, cue: Cue) -> None:
        effect = self._effects.get(cue)
        if effect is not None and effect.status() == effect.Status.Error:
            logger.warning("The %s cue could not be loaded from %s", cue.name, effect.source())
            self._mark_unavailable(
                translate(
                    "Sound",
                    "The {file} sound could not be played, so cues are shown on screen only.",
                ).format(file=cue.file_name)
            )

    def _mark_unavailable(self, reason: str) -> None:
        if self._reason is None:
            self._reason = reason
            logger.info("Sound unavailable: %s", reason)
        if self._built:
            self._announce()

    def _announce(self) -> None:
        if not self._announced and self._reason is not None:
            self._announced = True
            self.unavailable.emit(self._reason)


class LazySoundPlayer(QObject):
    """A QtSoundPlayer built when the first cue is played, not at start-up.

    Loading QtMultimedia and asking for the audio outputs (its FFmpeg and PulseAudio
    libraries) costs ~14 MiB and ~15 ms that the window does not need to appear. Mute and
    volume set before then are handed over when the player is built. Muted cues build
    nothing: there is nothing to hear, so nothing to find unavailable yet.

    Signals:
        unavailable(str): the built player's, passed on (so at most once).
    """

    unavailable = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        build: Callable[[QObject], QtSoundPlayer] | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build or (lambda owner: QtSoundPlayer(owner))
        self._player: QtSoundPlayer | None = None
        self._muted = False
        self._volume = 1.0

    @property
    def is_built(self) -> bool:
        return self._player is not None

    def play(self, cue: Cue) -> None:
        if not self._muted:
            self._built_player().play(cue)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._player is not None:
            self._player.set_muted(muted)

    def set_volume(self, volume: float) -> None:
        self._volume = clamped_volume(volume)
        if self._player is not None:
            self._player.set_volume(self._volume)

    def unavailable_reason(self) -> str | None:
        """None until the player is built: whether sound works is not known before."""
        return self._player.unavailable_reason() if self._player is not None else None

    def _built_player(self) -> QtSoundPlayer:
        if self._player is None:
            player = self._build(self)
            player.set_muted(self._muted)
            player.set_volume(self._volume)
            player.unavailable.connect(self.unavailable)
            self._player = player
            logger.info("sound player built at the first cue")
        return self._player


def multimedia_problem() -> str | None:
    """Why QSoundEffect cannot be heard here, for the patient; None when it can."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: F401
    except (ImportError, OSError) as error:  # OSError: a shared library such as libpulse
        logger.warning("QtMultimedia could not be loaded: %s", error)
        return translate("Sound", NO_MULTIMEDIA_REASON)
    if not QMediaDevices.audioOutputs():
        return translate("Sound", NO_OUTPUT_REASON)
    return None


def clamped_volume(volume: float) -> float:
    return min(max(volume, 0.0), 1.0)
