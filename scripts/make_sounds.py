"""Generate hamtimer's spoken-timer cue sounds as small WAV files.

Run from the project root:

    python scripts/make_sounds.py

It writes 16-bit mono 44.1 kHz WAVs into `resources/sounds/`, overwriting any there. The
output is deterministic (pure arithmetic, no randomness), so rerunning it gives the same
bytes and the files can be regenerated rather than edited. Only the standard library is used.

Each cue is shaped so a patient lying on the floor can tell them apart without looking:
rising = go, falling = rest, alternating = switch sides, three-note chime = done. Every tone
has a short raised-cosine attack and release so there are no clicks, and each file is
normalised to a fixed peak (about -3 dBFS; rest is deliberately softer).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Callable
from pathlib import Path

SAMPLE_RATE = 44_100
FULL_SCALE = 32_767
LOUD_DBFS = -3.0
SOFT_DBFS = -9.0
SOUNDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"

Samples = list[float]


def _edge(position: float) -> float:
    """Raised-cosine ramp from 0 to 1 as position goes 0 to 1."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(position, 0.0), 1.0))


def tone(
    frequency_hz: float,
    duration_s: float,
    attack_s: float = 0.008,
    release_s: float = 0.03,
    decay_per_s: float = 0.0,
    overtone: float = 0.15,
) -> Samples:
    """A sine tone with a soft second harmonic, a click-free envelope and optional decay."""
    count = round(duration_s * SAMPLE_RATE)
    samples = []
    for index in range(count):
        t = index / SAMPLE_RATE
        envelope = _edge(t / attack_s) * _edge((duration_s - t) / release_s)
        envelope *= math.exp(-decay_per_s * t)
        phase = 2 * math.pi * frequency_hz * t
        samples.append(envelope * (math.sin(phase) + overtone * math.sin(2 * phase)))
    return samples


def silence(duration_s: float) -> Samples:
    return [0.0] * round(duration_s * SAMPLE_RATE)


def sequence(*parts: Samples) -> Samples:
    return [sample for part in parts for sample in part]


def mix_at(layers: list[tuple[float, Samples]]) -> Samples:
    """Overlay (start_s, samples) layers, so chime notes can ring into each other."""
    length = max(round(start * SAMPLE_RATE) + len(samples) for start, samples in layers)
    mixed = [0.0] * length
    for start_s, samples in layers:
        offset = round(start_s * SAMPLE_RATE)
        for index, sample in enumerate(samples):
            mixed[offset + index] += sample
    return mixed


def normalised(samples: Samples, peak_dbfs: float) -> Samples:
    peak = max(abs(sample) for sample in samples)
    gain = 10 ** (peak_dbfs / 20) / peak
    return [sample * gain for sample in samples]


def get_ready() -> Samples:
    """Two short, calm mid-pitch beeps (A4)."""
    beep = tone(440.0, 0.12, release_s=0.04)
    return sequence(beep, silence(0.13), beep, silence(0.02))


def hold() -> Samples:
    """A clear rising fifth, C5 then G5: "go"."""
    return sequence(tone(523.25, 0.14), silence(0.02), tone(783.99, 0.19, release_s=0.05))


def tick() -> Samples:
    """A short, bright pip for each of the last three seconds."""
    return tone(1318.5, 0.08, attack_s=0.004, release_s=0.02, decay_per_s=12.0, overtone=0.05)


def rest() -> Samples:
    """A falling major third, E5 then C5, longer and softer than hold: "relax"."""
    return sequence(
        tone(659.26, 0.2, attack_s=0.02, release_s=0.06),
        tone(523.25, 0.3, attack_s=0.02, release_s=0.12),
    )


def switch_sides() -> Samples:
    """Two tones alternating high-low-high-low, like a two-note siren."""
    high = tone(880.0, 0.1, release_s=0.025)
    low = tone(587.33, 0.1, release_s=0.025)
    gap = silence(0.025)
    return sequence(high, gap, low, gap, high, gap, low)


def done() -> Samples:
    """A rising C major chime, C5 E5 G5, each note ringing on under the next."""
    notes = (523.25, 659.26, 783.99)
    layers = [
        (0.18 * index, tone(freq, 0.9 - 0.18 * index, release_s=0.12, decay_per_s=3.5))
        for index, freq in enumerate(notes)
    ]
    return mix_at(layers)


CUES: dict[str, tuple[Callable[[], Samples], float]] = {
    "get_ready.wav": (get_ready, LOUD_DBFS),
    "hold.wav": (hold, LOUD_DBFS),
    "tick.wav": (tick, LOUD_DBFS),
    "rest.wav": (rest, SOFT_DBFS),
    "switch_sides.wav": (switch_sides, LOUD_DBFS),
    "done.wav": (done, LOUD_DBFS),
}


def write_wav(path: Path, samples: Samples) -> None:
    frames = b"".join(struct.pack("<h", round(sample * FULL_SCALE)) for sample in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)


def main(target_dir: Path = SOUNDS_DIR) -> int:
    target_dir.mkdir(parents=True, exist_ok=True)
    for name, (make, peak_dbfs) in CUES.items():
        path = target_dir / name
        write_wav(path, normalised(make(), peak_dbfs))
        print(f"{path.relative_to(target_dir.parent.parent)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
