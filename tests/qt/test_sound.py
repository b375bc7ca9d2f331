"""Sound cues: the bundled WAVs, the silent player, and a Qt player that degrades quietly."""

from __future__ import annotations

import itertools
import sys
import types
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from hamtimer.qt.sound import (
    NO_OUTPUT_REASON,
    Cue,
    LazySoundPlayer,
    QtSoundPlayer,
    SilentPlayer,
    SoundPlayer,
)
from hamtimer.resources import resource_path


def cue_path(cue: Cue) -> Path:
    return resource_path("sounds", cue.file_name)


@pytest.fixture
def audio_outputs(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The audio outputs QtMultimedia reports: none, like this machine, unless a test adds one."""
    from PySide6.QtMultimedia import QMediaDevices

    outputs: list[object] = []
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: outputs))
    return outputs


def record_announcements(player: QtSoundPlayer) -> list[str]:
    announcements: list[str] = []
    player.unavailable.connect(announcements.append)
    return announcements


@pytest.mark.parametrize("cue", list(Cue), ids=lambda cue: cue.name)
def test_every_cue_has_a_short_mono_16_bit_wav(cue: Cue) -> None:
    with wave.open(str(cue_path(cue)), "rb") as sound:
        assert sound.getnchannels() == 1
        assert sound.getsampwidth() == 2
        assert sound.getframerate() == 44_100
        assert 0 < sound.getnframes() / sound.getframerate() < 1.5
    assert cue_path(cue).stat().st_size < 100_000


def test_every_cue_sounds_different() -> None:
    sounds = {cue: cue_path(cue).read_bytes() for cue in Cue}
    for first, second in itertools.combinations(Cue, 2):
        assert sounds[first] != sounds[second], f"{first.name} and {second.name} are identical"


def test_silent_player_records_the_cues_it_was_asked_to_play() -> None:
    player = SilentPlayer()
    for cue in (Cue.GET_READY, Cue.HOLD, Cue.TICK, Cue.TICK, Cue.REST):
        player.play(cue)
    assert player.played == [Cue.GET_READY, Cue.HOLD, Cue.TICK, Cue.TICK, Cue.REST]
    assert player.unavailable_reason() is None


def test_silent_player_keeps_volume_between_zero_and_one() -> None:
    player = SilentPlayer()
    player.set_volume(1.7)
    assert player.volume == 1.0
    player.set_volume(-0.2)
    assert player.volume == 0.0


def test_both_players_satisfy_the_sound_player_protocol(
    qtbot: QtBot, audio_outputs: list[object]
) -> None:
    players: list[SoundPlayer] = [SilentPlayer(), QtSoundPlayer()]
    for player in players:
        player.set_volume(0.5)
        player.set_muted(False)
        player.play(Cue.DONE)


def test_on_this_machine_the_real_player_reports_missing_sound_and_never_raises(
    qtbot: QtBot,
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio output")
    player = QtSoundPlayer()
    announcements = record_announcements(player)
    for cue in list(Cue) * 3:
        player.play(cue)
    assert player.unavailable_reason() == NO_OUTPUT_REASON
    assert announcements == [NO_OUTPUT_REASON]


def test_without_an_audio_output_the_player_says_cues_are_on_screen_only(
    qtbot: QtBot, audio_outputs: list[object]
) -> None:
    player = QtSoundPlayer()
    assert player.unavailable_reason() == NO_OUTPUT_REASON


def test_unavailable_is_announced_once_however_many_cues_are_played(
    qtbot: QtBot, audio_outputs: list[object]
) -> None:
    player = QtSoundPlayer()
    announcements = record_announcements(player)
    for cue in list(Cue) * 5:
        player.play(cue)
    assert announcements == [NO_OUTPUT_REASON]


def test_muted_cues_do_not_announce_that_sound_is_unavailable(
    qtbot: QtBot, audio_outputs: list[object]
) -> None:
    player = QtSoundPlayer()
    announcements = record_announcements(player)
    player.set_muted(True)
    player.play(Cue.HOLD)
    assert announcements == []
    player.set_muted(False)
    player.play(Cue.HOLD)
    assert announcements == [NO_OUTPUT_REASON]


def test_player_belongs_to_its_parent(qtbot: QtBot, audio_outputs: list[object]) -> None:
    owner = QObject()
    player = QtSoundPlayer(parent=owner)
    assert player.parent() is owner


def test_without_qtmultimedia_the_player_is_unavailable_and_never_raises(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = QtSoundPlayer()
    announcements = record_announcements(player)
    for cue in Cue:
        player.play(cue)
    assert player.unavailable_reason()
    assert len(announcements) == 1


class _MissingLibpulse(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        raise OSError("libpulse.so.0: cannot open shared object file")


def test_a_missing_audio_library_makes_the_player_unavailable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", _MissingLibpulse("QtMultimedia"))
    player = QtSoundPlayer()
    player.play(Cue.TICK)
    assert player.unavailable_reason()


# QSoundEffect reports the broken file itself as a warning; the player's reason covers it.
@pytest.mark.qt_log_ignore(r"QSoundEffect: Error decoding source .*")
def test_a_cue_that_cannot_be_loaded_makes_the_player_unavailable_once(
    qtbot: QtBot, audio_outputs: list[object], tmp_path: Path
) -> None:
    from PySide6.QtMultimedia import QSoundEffect

    audio_outputs.append(object())
    for cue in Cue:
        (tmp_path / cue.file_name).write_bytes(b"not a wav file")
    player = QtSoundPlayer(sounds_dir=tmp_path)
    announcements = record_announcements(player)
    with qtbot.wait_signal(player.unavailable, timeout=5000):
        player.play(Cue.GET_READY)
    effects = player.findChildren(QSoundEffect)
    assert len(effects) == len(Cue)
    qtbot.wait_until(lambda: all(effect.status() == effect.Status.Error for effect in effects))
    player.play(Cue.HOLD)
    assert len(announcements) == 1
    assert "could not be played" in (player.unavailable_reason() or "")


class PlayerFactory:
    """Builds real players (with the audio outputs the test gives) and counts them."""

    def __init__(self) -> None:
        self.built: list[QtSoundPlayer] = []

    def __call__(self, owner: QObject) -> QtSoundPlayer:
        player = QtSoundPlayer(owner)
        self.built.append(player)
        return player


def test_the_lazy_player_builds_no_sound_player_before_the_first_cue(
    qtbot: QtBot, audio_outputs: list[object]
) -> None:
    factory = PlayerFactory()
    lazy = LazySoundPlayer(build=factory)
    lazy.set_muted(False)
    lazy.set_volume(0.3)
    assert factory.built == [] and not lazy.is_built
    assert lazy.unavailable_reason() is None
    lazy.play(Cue.GET_READY)
    lazy.play(Cue.TICK)
    assert len(factory.built) == 1 and lazy.is_built
    assert factory.built[0].parent() is lazy


class RecordingPlayer(QObject):
    """Stands in for QtSoundPlayer: remembers what it was told and played."""

    unavailable = Signal(str)

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.silent = SilentPlayer()

    def play(self, cue: Cue) -> None:
        self.silent.play(cue)

    def set_muted(self, muted: bool) -> None:
        self.silent.set_muted(muted)

    def set_volume(self, volume: float) -> None:
        self.silent.set_volume(volume)

    def unavailable_reason(self) -> str | None:
        return None


def test_muted_cues_build_nothing_and_unmuting_hands_the_settings_over(qtbot: QtBot) -> None:
    built: list[RecordingPlayer] = []

    def build(owner: QObject) -> RecordingPlayer:
        built.append(RecordingPlayer(owner))
        return built[-1]

    lazy = LazySoundPlayer(build=build)  # type: ignore[arg-type]
    lazy.set_muted(True)
    lazy.play(Cue.HOLD)
    assert built == []
    lazy.set_volume(0.25)
    lazy.set_muted(False)
    lazy.play(Cue.HOLD)
    [player] = built
    assert (player.silent.muted, player.silent.volume, player.silent.played) == (
        False,
        0.25,
        [Cue.HOLD],
    )


def test_the_lazy_player_says_once_that_sound_is_unavailable(
    qtbot: QtBot, audio_outputs: list[object]
) -> None:
    lazy = LazySoundPlayer()
    announcements: list[str] = []
    lazy.unavailable.connect(announcements.append)
    for cue in list(Cue) * 3:
        lazy.play(cue)
    assert announcements == [NO_OUTPUT_REASON]
    assert lazy.unavailable_reason() == NO_OUTPUT_REASON
