"""scripts/render_voice.py: what it would record, and what it refuses (espeak-ng not run)."""

from __future__ import annotations

import array
import json
from pathlib import Path
from types import ModuleType

import pytest

from hamtimer.core.voice_lines import ALL_LINES, VOICE_CONTEXT
from tests import by_path


@pytest.fixture(scope="module")
def render() -> ModuleType:
    return by_path.load("scripts/render_voice.py")


SPANISH = {
    "Get ready": "Prepárate", "Hold": "Mantén", "Ice on": "Hielo", "Rest": "Descansa",
    "Rest between sets": "Descanso entre series", "Switch legs": "Cambia de pierna",
    "Go": "Ya", "Stretch": "Estira", "Three": "Tres", "Two": "Dos", "One": "Uno",
    "All done": "Terminado", "Ice off": "Quita el hielo", "Rep {n}": "Repetición {n}",
}  # fmt: skip


def spanish(context: str, text: str) -> str:
    return SPANISH.get(text, "") if context == VOICE_CONTEXT else ""


def test_english_is_recorded_as_written(render: ModuleType) -> None:
    texts = render.spoken_texts("en", render.english)
    assert len(texts) == len(ALL_LINES)
    assert (texts["hold.wav"], texts["rep_07.wav"]) == ("Hold", "Rep 7")


def test_a_translated_language_is_recorded_in_its_own_words(render: ModuleType) -> None:
    texts = render.spoken_texts("es", spanish)
    assert (texts["hold.wav"], texts["rep_12.wav"]) == ("Mantén", "Repetición 12")


def test_a_language_with_untranslated_lines_is_refused_and_they_are_named(
    render: ModuleType,
) -> None:
    def half_done(context: str, text: str) -> str:
        return "" if text in ("Hold", "Rep {n}") else spanish(context, text)

    with pytest.raises(render.UntranslatedError) as refused:
        render.spoken_texts("es", half_done)
    message = str(refused.value)
    assert "2 voice line(s) are not translated into 'es'" in message
    assert "'Hold'" in message and "'Rep {n}'" in message
    assert render.untranslated(half_done) == ["Hold", "Rep {n}"]


def test_untranslated_lines_stay_english_only_when_allowed(render: ModuleType) -> None:
    def half_done(context: str, text: str) -> str:
        return "" if text == "Hold" else spanish(context, text)

    texts = render.spoken_texts("es", half_done, allow_untranslated=True)
    assert (texts["hold.wav"], texts["rest.wav"]) == ("Hold", "Descansa")


def test_nothing_translated_means_every_line_is_missing(render: ModuleType) -> None:
    assert len(render.untranslated(lambda _c, _t: "")) == len({x.text for x in ALL_LINES})


def test_espeak_is_asked_for_the_language_s_voice_at_a_calm_rate(render: ModuleType) -> None:
    command = render.espeak_command("espeak-ng", "de", "-Halten", Path("out.wav"))
    assert command[:5] == ["espeak-ng", "-v", "de", "-s", str(render.WORDS_PER_MINUTE)]
    assert command[-2:] == ["--", "-Halten"]  # text that looks like an option stays text
    assert render.WORDS_PER_MINUTE < 175


def test_silence_is_trimmed_to_a_short_pad_and_the_peak_normalised(render: ModuleType) -> None:
    rate = 1000
    quiet, word = [0] * 500, [0, 4000, -8000, 4000]
    samples = array.array("h", quiet + word + quiet)
    trimmed = render.trimmed(samples, rate)
    pad = round(render.PAD_S * rate)
    assert len(trimmed) == pad + len(word) + pad - 1
    loudest = render.normalised(trimmed)
    assert max(abs(sample) for sample in loudest) == render.PEAK
    assert len(render.trimmed(array.array("h", quiet), rate)) == 0


def test_an_unknown_language_is_refused_before_espeak_is_looked_for(
    render: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        render.main(["fr"])
    assert "no espeak-ng voice is set for fr" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_each_recorded_voice_says_what_its_translation_says_now(
    render: ModuleType, language: str
) -> None:
    """A translation changed after its voice was recorded fails here: re-run the script."""
    translate = render.english if language == "en" else render.qm_translator(language)
    folder = render.VOICE_DIR / language
    recorded = json.loads((folder / render.MANIFEST).read_text("utf-8"))
    assert recorded == render.spoken_texts(language, translate)
