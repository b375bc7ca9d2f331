"""Spoken cues: the recorded lines, the modes (tones, voice, silent) and the voice player."""

from __future__ import annotations

import wave
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hamtimer.core import voice_lines as voice
from hamtimer.core.settings_store import Settings, SettingsStore
from hamtimer.core.voice_lines import ALL_LINES, VoiceLine
from hamtimer.qt.cue_sound import CueSound
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.sound import NO_OUTPUT_REASON, Announcement, Cue, SilentPlayer
from hamtimer.qt.sound_controls import SoundControls
from hamtimer.qt.voice_player import QtVoicePlayer
from hamtimer.resources import resource_path

from .conftest import Harness

# Every language hamtimer has is also spoken (scripts/render_voice.py en es de).
VOICED_LANGUAGES = ("en", "es", "de")
# Per language: 33 lines of at most 2 s at 22.05 kHz; Spanish is the longest, 1.61 MiB
# ("Repetición 12" for "Rep 12").
VOICE_BUDGET_BYTES = 1_800_000


@pytest.mark.parametrize("language", VOICED_LANGUAGES)
@pytest.mark.parametrize("line", ALL_LINES, ids=lambda line: line.file_name)
def test_every_voice_line_is_a_short_mono_16_bit_wav(language: str, line: VoiceLine) -> None:
    path = resource_path("voice", language, line.file_name)
    with wave.open(str(path), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        assert sound.getframerate() == 22_050
        assert 0.2 < sound.getnframes() / sound.getframerate() < 2.0


@pytest.mark.parametrize("language", VOICED_LANGUAGES)
def test_a_voice_holds_its_lines_and_nothing_else(language: str) -> None:
    folder = resource_path("voice", language)
    recordings = sorted(folder.glob("*.wav"))
    assert [p.name for p in recordings] == sorted(x.file_name for x in ALL_LINES)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [p.name for p in recordings] + ["lines.json"]
    )  # the words each says (scripts/render_voice.py)
    assert sum(p.stat().st_size for p in recordings) < VOICE_BUDGET_BYTES


class FakeVoice:
    """Stands in for QtVoicePlayer: says nothing, remembers what it was asked."""

    def __init__(self, missing: Sequence[str] = ()) -> None:
        self.said: list[tuple[VoiceLine, ...]] = []
        self.stopped = 0
        self.muted = False
        self.volume = 1.0
        self._missing = set(missing)

    def say(self, lines: Sequence[VoiceLine]) -> None:
        self.said.append(tuple(lines))

    def missing(self, lines: Sequence[VoiceLine]) -> list[VoiceLine]:
        return [line for line in lines if line.file_name in self._missing]

    def stop(self) -> None:
        self.stopped += 1

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def unavailable_reason(self) -> str | None:
        return None


class Rig:
    """A CueSound over a silent tone player and a fake voice, following real Preferences."""

    def __init__(self, data_dir: Path, mode: str, voice_player: FakeVoice) -> None:
        self.preferences = Preferences(
            SettingsStore(data_dir / "s.json"), Settings(sound_mode=mode)
        )
        self.tones = SilentPlayer()
        self.voice = voice_player
        self.built: list[str] = []
        self.sound = CueSound(self.tones, "en", self.preferences, build_voice=self._build)
        self.notes: list[str] = []
        self.sound.voice_missing.connect(self.notes.append)

    def _build(self, _owner: QObject) -> FakeVoice:
        self.built.append("voice")
        return self.voice


REP_2_HOLD = Announcement(Cue.HOLD, (voice.rep_line(2) or voice.HOLD, voice.HOLD))


def test_tones_mode_plays_the_tone_and_loads_no_voice(qtbot: QtBot, data_dir: Path) -> None:
    rig = Rig(data_dir, "tones", FakeVoice())
    rig.sound.announce(REP_2_HOLD)
    assert rig.tones.played == [Cue.HOLD]
    assert rig.built == []


def test_voice_mode_says_the_lines_and_plays_no_tone(qtbot: QtBot, data_dir: Path) -> None:
    rig = Rig(data_dir, "voice", FakeVoice())
    rig.sound.announce(REP_2_HOLD)
    assert rig.voice.said == [REP_2_HOLD.lines]
    assert rig.tones.played == []


def test_silent_mode_plays_nothing_and_builds_nothing(qtbot: QtBot, data_dir: Path) -> None:
    rig = Rig(data_dir, "silent", FakeVoice())
    rig.sound.announce(REP_2_HOLD)
    rig.sound.announce(Announcement(Cue.DONE, (voice.ALL_DONE,)))
    assert (rig.tones.played, rig.voice.said, rig.built) == ([], [], [])


def test_a_new_mode_applies_at_the_next_cue(qtbot: QtBot, data_dir: Path) -> None:
    rig = Rig(data_dir, "tones", FakeVoice())
    rig.sound.announce(Announcement(Cue.GET_READY, (voice.GET_READY,)))
    rig.preferences.update(sound_mode="voice")
    rig.sound.announce(Announcement(Cue.TICK, (voice.THREE,)))
    rig.preferences.update(sound_mode="silent")
    rig.sound.announce(Announcement(Cue.TICK, (voice.TWO,)))
    rig.preferences.update(sound_mode="tones")
    rig.sound.announce(Announcement(Cue.TICK, (voice.ONE,)))
    assert rig.tones.played == [Cue.GET_READY, Cue.TICK]
    assert rig.voice.said == [(voice.THREE,)]
    assert rig.voice.stopped == 1  # leaving voice mode cuts a line short


def test_a_moment_with_nothing_to_say_is_quiet_in_voice_mode(qtbot: QtBot, data_dir: Path) -> None:
    rig = Rig(data_dir, "voice", FakeVoice())
    rig.sound.announce(Announcement(Cue.TICK, ()))
    assert (rig.tones.played, rig.voice.said) == ([], [])


def test_a_missing_voice_line_plays_the_tone_and_says_so_once(qtbot: QtBot, data_dir: Path) -> None:
    rig = Rig(data_dir, "voice", FakeVoice(missing=["hold.wav"]))
    rig.sound.announce(REP_2_HOLD)
    rig.sound.announce(Announcement(Cue.HOLD, (voice.HOLD,)))
    rig.sound.announce(Announcement(Cue.REST, (voice.REST,)))
    assert rig.tones.played == [Cue.HOLD, Cue.HOLD]
    assert rig.voice.said == [(voice.REST,)]
    assert rig.notes == [
        "Some spoken cues are missing (hold.wav), so their tones are played instead."
    ]


def test_mute_and_volume_reach_the_voice_built_later(qtbot: QtBot, data_dir: Path) -> None:
    rig = Rig(data_dir, "voice", FakeVoice())
    rig.sound.set_volume(0.4)
    rig.sound.set_muted(True)
    rig.sound.announce(REP_2_HOLD)
    assert rig.built == [] and rig.tones.muted
    rig.sound.set_muted(False)
    rig.sound.announce(REP_2_HOLD)
    assert (rig.voice.muted, rig.voice.volume, rig.tones.volume) == (False, 0.4, 0.4)


class FakeEffect(QObject):
    """Stands in for QSoundEffect: plays until the test says the line has ended."""

    playingChanged = Signal()  # noqa: N815 - QSoundEffect's name
    statusChanged = Signal()  # noqa: N815 - QSoundEffect's name
    Status = type("Status", (), {"Error": "error", "Ready": "ready"})

    def __init__(self, owner: QObject, started: list[str]) -> None:
        super().__init__(owner)
        self.name = ""
        self.playing = False
        self._started = started

    def setSource(self, url: QUrl) -> None:  # noqa: N802 - QSoundEffect's name
        self.name = Path(url.toLocalFile()).name

    def status(self) -> str:
        return "ready"

    def play(self) -> None:
        self._started.append(self.name)
        self._set_playing(True)

    def stop(self) -> None:
        self._set_playing(False)

    def end(self) -> None:
        self._set_playing(False)

    def isPlaying(self) -> bool:  # noqa: N802 - QSoundEffect's name
        return self.playing

    def setMuted(self, muted: bool) -> None:  # noqa: N802 - QSoundEffect's name
        pass

    def setVolume(self, volume: float) -> None:  # noqa: N802 - QSoundEffect's name
        pass

    def _set_playing(self, playing: bool) -> None:
        if playing != self.playing:
            self.playing = playing
            self.playingChanged.emit()


def fake_voice_player(folder: Path) -> tuple[QtVoicePlayer, list[str], dict[str, FakeEffect]]:
    started: list[str] = []
    effects: dict[str, FakeEffect] = {}

    def make(owner: QObject) -> FakeEffect:
        effect = FakeEffect(owner, started)
        effects[str(len(effects))] = effect
        return effect

    player = QtVoicePlayer("en", voice_dir=folder, make_effect=make)  # type: ignore[arg-type]
    return player, started, {effect.name: effect for effect in effects.values()}


def test_the_next_line_starts_when_the_one_before_has_ended(qtbot: QtBot) -> None:
    player, started, effects = fake_voice_player(resource_path("voice", "en"))
    player.say(REP_2_HOLD.lines)
    assert started == ["rep_02.wav"]
    effects["rep_02.wav"].end()
    assert started == ["rep_02.wav", "hold.wav"]
    effects["hold.wav"].end()
    assert started == ["rep_02.wav", "hold.wav"]


def test_a_new_announcement_cuts_the_old_one_short(qtbot: QtBot) -> None:
    player, started, effects = fake_voice_player(resource_path("voice", "en"))
    player.say(REP_2_HOLD.lines)
    player.say((voice.THREE,))
    assert not effects["rep_02.wav"].isPlaying()
    effects["three.wav"].end()
    assert started == ["rep_02.wav", "three.wav"]  # "Hold" was dropped, not said late


def test_the_voice_player_knows_which_lines_have_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    for line in ALL_LINES:
        if line is not voice.HOLD:
            (tmp_path / line.file_name).write_bytes(b"")
    player, _started, _effects = fake_voice_player(tmp_path)
    assert player.missing(REP_2_HOLD.lines) == [voice.HOLD]
    assert player.missing((voice.REST,)) == []


def test_without_an_audio_output_the_voice_says_so_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    player = QtVoicePlayer("en")
    announcements: list[str] = []
    player.unavailable.connect(announcements.append)
    assert player.missing(REP_2_HOLD.lines) == []  # no tone either: nothing can be heard
    for _ in range(3):
        player.say(REP_2_HOLD.lines)
    assert announcements == [NO_OUTPUT_REASON]


def test_a_session_announces_each_moment_with_its_words(qtbot: QtBot, harness: Harness) -> None:
    harness.window.start_session("bridge-hold", {"reps": 2, "get_ready_s": 5})
    harness.run_to_end()
    said = [" ".join(line.spoken() for line in lines) for lines in harness.player.said]
    assert said[:6] == ["Get ready", "Three", "Two", "One", "Rep 1 Hold", "Three"]
    assert "Rep 2 Hold" in said and said.count("Rest") == 1
    assert said[-1] == "All done"
    assert len(said) == len(harness.player.played)


def test_the_missing_voice_note_is_shown_once_in_the_status_bar(
    qtbot: QtBot, data_dir: Path
) -> None:
    rig = Rig(data_dir, "voice", FakeVoice(missing=["hold.wav"]))
    controls = SoundControls(rig.sound, rig.preferences)
    holder = QWidget()
    qtbot.addWidget(holder)
    note = QLabel(holder)
    controls.attach(QHBoxLayout(holder), note)
    rig.sound.announce(REP_2_HOLD)
    assert note.text() == rig.notes[0]
    assert "hold.wav" in note.text()


def test_the_voice_loads_every_line_of_its_own_language_only(qtbot: QtBot) -> None:
    sources: list[Path] = []

    def make(owner: QObject) -> FakeEffect:
        effect = FakeEffect(owner, [])
        effect.setSource = lambda url: sources.append(Path(url.toLocalFile()))  # type: ignore[method-assign]
        return effect

    player = QtVoicePlayer("en", make_effect=make)  # type: ignore[arg-type]
    assert sorted(path.name for path in sources) == sorted(x.file_name for x in ALL_LINES)
    assert {path.parent for path in sources} == {resource_path("voice", "en")}
    assert player.missing(ALL_LINES) == []
