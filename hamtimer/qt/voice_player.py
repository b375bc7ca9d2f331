"""The voice: one language's pre-rendered spoken cues (resources/voice/<lang>), said in turn.

The lines of one announcement ("Rep 2", then "Hold") are queued: the next starts when the
effect before it reports that it stopped playing (playingChanged), never on a timer. A new
announcement replaces whatever is still queued or playing: "Three" matters more than the
end of the line before it. CueSound builds this player only in voice mode, at the first
spoken cue, so only the chosen language's lines are loaded, and only when they are wanted.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from hamtimer.core.voice_lines import ALL_LINES, VoiceLine
from hamtimer.qt.sound import clamped_volume, multimedia_problem
from hamtimer.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

logger = logging.getLogger(__name__)


class QtVoicePlayer(QObject):
    """Says voice lines through QSoundEffect, one preloaded effect per line.

    `make_effect` builds each effect (QSoundEffect unless given; tests pass fakes, and then
    QtMultimedia is not asked whether there is an audio output).

    Signals:
        unavailable(str): sound cannot be heard, with a plain reason; emitted at most once,
            at the first unmuted say().
    """

    unavailable = Signal(str)

    def __init__(
        self,
        language: str,
        parent: QObject | None = None,
        voice_dir: Path | None = None,
        make_effect: Callable[[QObject], QSoundEffect] | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._effects: dict[str, QSoundEffect] = {}
        self._missing: set[str] = set()
        self._queue: deque[VoiceLine] = deque()
        self._current: QSoundEffect | None = None
        self._muted = False
        self._volume = 1.0
        self._reason: str | None = None
        self._announced = False
        self._load(voice_dir, make_effect)

    def missing(self, lines: Sequence[VoiceLine]) -> list[VoiceLine]:
        """Those of `lines` with no playable file (none when sound is unavailable anyway)."""
        if self._reason is not None:
            return []
        return [line for line in lines if line.file_name in self._missing]

    def say(self, lines: Sequence[VoiceLine]) -> None:
        """Stop what is being said and say `lines`, one after another."""
        if self._muted:
            return
        if self._reason is not None:
            self._announce()
            return
        self.stop()
        self._queue.extend(lines)
        self._next()

    def stop(self) -> None:
        self._queue.clear()
        current, self._current = self._current, None
        if current is not None and current.isPlaying():
            current.stop()

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

    def _load(
        self, voice_dir: Path | None, make_effect: Callable[[QObject], QSoundEffect] | None
    ) -> None:
        if make_effect is None:
            self._reason = multimedia_problem()
            if self._reason is not None:
                logger.info("Sound unavailable: %s", self._reason)
                return
            from PySide6.QtMultimedia import QSoundEffect

            make_effect = QSoundEffect
        folder = voice_dir if voice_dir is not None else resource_path("voice", self.language)
        for line in ALL_LINES:
            path = folder / line.file_name
            if not path.is_file():
                self._missing.add(line.file_name)
                continue
            effect = make_effect(self)
            self._effects[line.file_name] = effect
            effect.playingChanged.connect(lambda effect=effect: self._on_playing_changed(effect))
            effect.statusChanged.connect(lambda line=line: self._check_status(line))
            effect.setSource(QUrl.fromLocalFile(str(path)))
        if self._missing:
            logger.warning(
                "%d voice line(s) missing in %s: %s",
                len(self._missing), folder, ", ".join(sorted(self._missing)),
            )  # fmt: skip
        logger.info("voice loaded: %d lines of %r", len(self._effects), self.language)

    def _next(self) -> None:
        while self._queue:
            line = self._queue.popleft()
            effect = self._effects.get(line.file_name)
            if effect is None:
                continue
            self._current = effect
            try:
                effect.play()
            except RuntimeError as error:  # the effect's C++ side is gone, e.g. at shutdown
                logger.warning("Could not say %s: %s", line.file_name, error)
                continue
            if effect.isPlaying():
                return
        self._current = None

    def _on_playing_changed(self, effect: QSoundEffect) -> None:
        if effect is self._current and not effect.isPlaying():
            self._next()

    def _check_status(self, line: VoiceLine) -> None:
        effect = self._effects.get(line.file_name)
        if effect is not None and effect.status() == effect.Status.Error:
            logger.warning("The voice line %s could not be loaded", line.file_name)
            self._missing.add(line.file_name)

    def _announce(self) -> None:
        if not self._announced and self._reason is not None:
            self._announced = True
            self.unavailable.emit(self._reason)
