"""Mute and volume, kept in the settings file; and the one quiet note when sound is missing
(or a spoken cue is, and its tone is played instead)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QLabel, QSlider

from hamtimer.core.i18n import translate
from hamtimer.core.settings_store import Settings
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.sound import SoundPlayer

logger = logging.getLogger(__name__)


class SoundControls(QObject):
    def __init__(
        self,
        player: SoundPlayer,
        preferences: Preferences,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self.preferences = preferences
        settings = preferences.settings
        self.mute_box = QCheckBox(translate("SoundControls", "Mute  (M)"))
        self.mute_box.setAccessibleName(translate("SoundControls", "Mute sound cues"))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setAccessibleName(translate("SoundControls", "Volume"))
        self.volume_slider.setMaximumWidth(220)
        self._note: QLabel | None = None
        player.set_muted(settings.sound_muted)
        player.set_volume(settings.volume)

    def attach(self, row: QBoxLayout, note: QLabel) -> None:
        """Put the controls in a row of the home screen, and the sound note in `note`."""
        self._note = note
        self.mute_box.setChecked(self.settings.sound_muted)
        self.volume_slider.setValue(round(self.settings.volume * 100))
        row.addWidget(QLabel(translate("SoundControls", "Sound:")))
        row.addWidget(self.mute_box)
        row.addWidget(QLabel(translate("SoundControls", "Volume")))
        row.addWidget(self.volume_slider)
        row.addStretch(1)
        self.preferences.problem.connect(self._show_problem)
        self.mute_box.toggled.connect(self._on_mute)
        self.volume_slider.valueChanged.connect(self._on_volume)
        self.volume_slider.sliderReleased.connect(
            lambda: self._on_volume(self.volume_slider.value())
        )
        signal = getattr(self.player, "unavailable", None)
        if signal is not None:
            signal.connect(self.show_unavailable)
        voice_missing = getattr(self.player, "voice_missing", None)  # CueSound's
        if voice_missing is not None:
            voice_missing.connect(self.show_note)
        reason = self.player.unavailable_reason()
        if reason:
            self.show_unavailable(reason)

    def toggle_mute(self) -> None:
        self.mute_box.toggle()

    def show_unavailable(self, reason: str) -> None:
        """Said once, in the status bar: the session still runs with visual cues."""
        if self._note is not None and not self._note.text():
            self._note.setText(
                translate("SoundControls", "Sound unavailable: {reason}").format(reason=reason)
            )

    def show_note(self, message: str) -> None:
        """Said once, in the status bar, unless something is shown there already."""
        if self._note is not None and not self._note.text():
            self._note.setText(message)

    @property
    def settings(self) -> Settings:
        return self.preferences.settings

    @property
    def save_error(self) -> str | None:
        return self.preferences.save_error

    def _on_mute(self, muted: bool) -> None:
        self.player.set_muted(muted)
        self.preferences.update(sound_muted=muted)

    def _on_volume(self, percent: int) -> None:
        """Heard at once; written when the slider is let go, not at every step of a drag."""
        self.player.set_volume(percent / 100)
        if not self.volume_slider.isSliderDown():
            self.preferences.update(volume=percent / 100)

    def _show_problem(self, message: str) -> None:
        if self._note is not None:
            self._note.setText(message)
