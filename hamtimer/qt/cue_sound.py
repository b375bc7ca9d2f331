"""What the patient hears at each cue, as chosen in Settings → Cues: tones, voice or silent.

The app's one sound player: CueChooser announces each moment of a session to it,
SoundControls sets its mute and volume, and it follows Preferences for the mode (a change
applies at the next cue). The tones come from a LazySoundPlayer; the voice of the app's
language is built at the first spoken cue. So QtMultimedia loads at the first cue, not
with the window, and only the chosen mode's sounds are loaded. In silent mode nothing is
built or played; the screen still shows every cue. A spoken line whose file is missing is
played as its tone instead, and the patient is told once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from hamtimer.core.i18n import translate
from hamtimer.core.settings_store import Settings
from hamtimer.core.voice_lines import VoiceLine
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.sound import Announcement, Cue, SoundPlayer, clamped_volume
from hamtimer.qt.voice_player import QtVoicePlayer

logger = logging.getLogger(__name__)


class VoicePlayer(Protocol):
    """What CueSound needs of the voice (QtVoicePlayer; fakes in tests)."""

    def say(self, lines: Sequence[VoiceLine]) -> None: ...

    def missing(self, lines: Sequence[VoiceLine]) -> list[VoiceLine]: ...

    def stop(self) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def unavailable_reason(self) -> str | None: ...


class CueSound(QObject):
    """Plays each announcement as the patient's chosen mode says.

    Signals:
        unavailable(str): sound cannot be heard (the tones' or the voice's reason); once.
        voice_missing(str): spoken cues were missing, so their tones were played; once.
    """

    unavailable = Signal(str)
    voice_missing = Signal(str)

    def __init__(
        self,
        tones: SoundPlayer,
        language: str,
        preferences: Preferences,
        parent: QObject | None = None,
        build_voice: Callable[[QObject], VoicePlayer] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tones = tones
        self.language = language
        self.mode = preferences.settings.sound_mode
        self._build_voice = build_voice or (lambda owner: QtVoicePlayer(language, owner))
        self.voice: VoicePlayer | None = None  # built at the first spoken cue
        self._muted = False
        self._volume = 1.0
        self._unavailable_said = False
        self._missing_said = False
        preferences.changed.connect(self._follow)
        signal = getattr(tones, "unavailable", None)
        if signal is not None:
            signal.connect(self._pass_unavailable)

    def announce(self, announcement: Announcement) -> None:
        if self._muted or self.mode == "silent":
            return
        if self.mode == "tones":
            self.tones.play(announcement.cue)
        elif announcement.lines:  # no lines: nothing to say now (a short phase's count)
            self._say(announcement)

    def play(self, cue: Cue) -> None:
        """The cue as the mode plays it, with no words to say."""
        self.announce(Announcement(cue))

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.tones.set_muted(muted)
        if self.voice is not None:
            self.voice.set_muted(muted)

    def set_volume(self, volume: float) -> None:
        self._volume = clamped_volume(volume)
        self.tones.set_volume(self._volume)
        if self.voice is not None:
            self.voice.set_volume(self._volume)

    def unavailable_reason(self) -> str | None:
        voice_reason = self.voice.unavailable_reason() if self.voice is not None else None
        return self.tones.unavailable_reason() or voice_reason

    def _say(self, announcement: Announcement) -> None:
        voice = self._voice_player()
        missing = voice.missing(announcement.lines)
        if not missing:
            voice.say(announcement.lines)
            return
        voice.stop()
        self.tones.play(announcement.cue)
        if not self._missing_said:
            self._missing_said = True
            files = ", ".join(line.file_name for line in missing)
            logger.warning("voice lines missing for %r: %s", self.language, files)
            self.voice_missing.emit(
                translate(
                    "CueSound",
                    "Some spoken cues are missing ({files}), so their tones are played instead.",
                ).format(files=files)
            )

    def _voice_player(self) -> VoicePlayer:
        if self.voice is None:
            voice = self._build_voice(self)
            voice.set_muted(self._muted)
            voice.set_volume(self._volume)
            signal = getattr(voice, "unavailable", None)
            if signal is not None:
                signal.connect(self._pass_unavailable)
            self.voice = voice
            logger.info("voice player built at the first spoken cue (%s)", self.language)
        return self.voice

    def _follow(self, settings: Settings) -> None:
        if settings.sound_mode == self.mode:
            return
        logger.info("cues: %s, from the next cue", settings.sound_mode)
        left_voice, self.mode = self.mode == "voice", settings.sound_mode
        if left_voice and self.voice is not None:
            self.voice.stop()

    def _pass_unavailable(self, reason: str) -> None:
        if not self._unavailable_said:
            self._unavailable_said = True
            self.unavailable.emit(reason)
