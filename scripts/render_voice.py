"""Render hamtimer's spoken cues into resources/voice/<lang>/ with espeak-ng (docs/SOUND.md).

    python scripts/render_voice.py            # English
    python scripts/render_voice.py es de      # after the VoiceLine translations exist

The lines are hamtimer/core/voice_lines.py. English is spoken as written; other languages
take their text from the compiled translations (resources/translations/hamtimer_<lang>.qm,
context "VoiceLine"), so the voice follows the same Linguist workflow as the screen. A
language whose lines are not all translated is refused: English words are never recorded
as Spanish. Each file is trimmed of espeak-ng's silence, normalised to one peak level and
written as 16-bit mono 22.05 kHz WAV. espeak-ng gives the same samples for the same text,
voice and version, so re-running changes nothing. Beside the WAVs, lines.json lists the words
each file says, so a test can tell when a translation changed after its voice was recorded.
"""

from __future__ import annotations

import argparse
import array
import json
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hamtimer.core.voice_lines import ALL_LINES, VOICE_CONTEXT, VoiceLine  # noqa: E402

VOICE_DIR = ROOT / "resources" / "voice"
TRANSLATIONS = ROOT / "resources" / "translations"
MANIFEST = "lines.json"  # file name → the words it says
# espeak-ng's voice for each language hamtimer has.
ESPEAK_VOICES = {"en": "en-gb", "es": "es", "de": "de"}
WORDS_PER_MINUTE = 140  # calm: espeak-ng's own default is 175
SAMPLE_RATE = 22_050
PEAK = round(32_767 * 10 ** (-3 / 20))  # -3 dBFS
SILENCE = 600  # samples quieter than this (about -35 dBFS) at the ends are trimmed
PAD_S = 0.03  # kept before and after the words so they do not start with a click

Translate = Callable[[str, str], str]


class UntranslatedError(RuntimeError):
    """The language's voice lines are not all translated yet."""


def english(_context: str, text: str) -> str:
    return text


def qm_translator(language: str, folder: Path = TRANSLATIONS) -> Translate:
    """Look texts up in hamtimer_<language>.qm; "" for a text it has no translation of."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(f"hamtimer_{language}", str(folder)):
        raise UntranslatedError(f"{folder / f'hamtimer_{language}.qm'} could not be loaded")
    return lambda context, text: translator.translate(context, text) or ""


def untranslated(translate: Translate, lines: Sequence[VoiceLine] = ALL_LINES) -> list[str]:
    """The English texts of `lines` that `translate` has no translation for, each once."""
    texts = dict.fromkeys(line.text for line in lines)
    return [text for text in texts if not translate(VOICE_CONTEXT, text).strip()]


def spoken_texts(
    language: str,
    translate: Translate,
    allow_untranslated: bool = False,
    lines: Sequence[VoiceLine] = ALL_LINES,
) -> dict[str, str]:
    """File name → words to record. English as written; another language only when every
    line is translated, unless `allow_untranslated` (then the missing ones stay English)."""
    if language == "en":
        translate = english
    missing = untranslated(translate, lines)
    if missing and not allow_untranslated:
        raise UntranslatedError(
            f"{len(missing)} voice line(s) are not translated into {language!r} yet "
            f"(context {VOICE_CONTEXT!r}: {', '.join(repr(text) for text in missing)}). "
            "Translate them and run scripts/i18n.py release, or pass --allow-untranslated."
        )
    fallback = (lambda c, t: translate(c, t) or t) if missing else translate
    return {line.file_name: line.spoken(fallback) for line in lines}


def espeak_command(espeak: str, language: str, text: str, output: Path) -> list[str]:
    voice = ESPEAK_VOICES[language]
    return [espeak, "-v", voice, "-s", str(WORDS_PER_MINUTE), "-w", str(output), "--", text]


def trimmed(samples: array.array[int], rate: int) -> array.array[int]:
    """Without the silence espeak-ng leaves at both ends, keeping PAD_S of it each side."""
    loud = [index for index, sample in enumerate(samples) if abs(sample) > SILENCE]
    if not loud:
        return array.array("h")
    pad = round(PAD_S * rate)
    return samples[max(loud[0] - pad, 0) : loud[-1] + pad + 1]


def normalised(samples: array.array[int]) -> array.array[int]:
    """Every line at the same peak, so no word is quieter than the others."""
    peak = max((abs(sample) for sample in samples), default=0)
    if peak == 0:
        return samples
    return array.array("h", (round(sample * PEAK / peak) for sample in samples))


def read_wav(path: Path) -> tuple[array.array[int], int]:
    with wave.open(str(path), "rb") as sound:
        if sound.getnchannels() != 1 or sound.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit mono from espeak-ng")
        samples = array.array("h", sound.readframes(sound.getnframes()))
        return samples, sound.getframerate()


def write_wav(path: Path, samples: array.array[int], rate: int) -> None:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes(samples.tobytes())


def render(language: str, texts: dict[str, str], espeak: str, folder: Path) -> int:
    """Write every line of `language` into `folder`; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.wav"):
        if stale.name not in texts:
            stale.unlink()
    with tempfile.TemporaryDirectory() as temp:
        raw = Path(temp) / "raw.wav"
        for file_name, text in texts.items():
            subprocess.run(espeak_command(espeak, language, text, raw), check=True)
            samples, rate = read_wav(raw)
            if rate != SAMPLE_RATE:
                raise ValueError(f"espeak-ng wrote {rate} Hz, expected {SAMPLE_RATE}")
            write_wav(folder / file_name, normalised(trimmed(samples, rate)), rate)
    manifest = json.dumps(texts, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (folder / MANIFEST).write_text(manifest, encoding="utf-8")
    return sum(path.stat().st_size for path in folder.glob("*.wav"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "languages", nargs="*", help=f"any of {', '.join(ESPEAK_VOICES)}; en if none"
    )
    parser.add_argument(
        "--allow-untranslated",
        action="store_true",
        help="record lines not translated yet in English (for trying the voice out only)",
    )
    options = parser.parse_args(argv)
    unknown = sorted(set(options.languages) - set(ESPEAK_VOICES))
    if unknown:
        parser.error(f"no espeak-ng voice is set for {', '.join(unknown)}")
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        print("espeak-ng was not found: apt-get install espeak-ng", file=sys.stderr)
        return 1
    for language in options.languages or ["en"]:
        try:
            translate = english if language == "en" else qm_translator(language)
            texts = spoken_texts(language, translate, options.allow_untranslated)
        except UntranslatedError as error:
            print(f"{language}: {error}", file=sys.stderr)
            return 1
        size = render(language, texts, espeak, VOICE_DIR / language)
        print(f"{language}: {len(texts)} lines, {size / 1024:.0f} KiB in {VOICE_DIR / language}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
