"""Start-up of the frozen bundle against the same app run from source, to the running window.

The frozen app cannot host bench/startup.py's paint filter, so both are timed the same
outside way: from just before the spawn to the INFO line "session started", which
`--start bridge-hold` logs from a zero-delay timer queued after window.show(), that is,
once the event loop runs with the window shown (offscreen, where expose and first paint
happen in that same first loop pass). Each run is a fresh process with its own data
folder; one discarded warm-up of each, then the two alternate.

    pyinstaller --noconfirm --clean build.spec
    python bench/frozen_startup.py [--runs 7] [--bundle dist/hamtimer/hamtimer]
"""

from __future__ import annotations

import argparse
import os
import selectors
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common  # sets QT_QPA_PLATFORM and sys.path

MARKER = b"session started"
TIMEOUT_S = 60.0


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to the marker line on stderr; the process is then ended."""
    with tempfile.TemporaryDirectory(prefix="hamtimer-bench-") as data:
        started = time.monotonic()
        process = subprocess.Popen(
            [*command, "--data-dir", data, "--start", "bridge-hold"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        try:
            return _wait_for_marker(process, started)
        finally:
            process.kill()
            process.wait()


def _wait_for_marker(process: subprocess.Popen[bytes], started: float) -> float:
    assert process.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    seen = b""
    while selector.select(timeout=TIMEOUT_S):
        chunk = os.read(process.stderr.fileno(), 65536)
        if not chunk:
            break
        seen += chunk
        if MARKER in seen:
            return time.monotonic() - started
    raise RuntimeError(f"never logged {MARKER!r}; got:\n{seen.decode(errors='replace')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=_common.REPO_ROOT / "dist/hamtimer/hamtimer")
    args = parser.parse_args()
    env = _common.child_env()
    env["HAMTIMER_LOG_LEVEL"] = "INFO"
    commands = {
        "source": [sys.executable, "-m", "hamtimer"],
        "frozen": [str(args.bundle)],
    }
    print(_common.machine_line())
    for command in commands.values():
        time_to_window(command, env)  # warm the disk cache and write .pyc; discarded
    results: dict[str, list[float]] = {kind: [] for kind in commands}
    for _ in range(args.runs):
        for kind, command in commands.items():
            results[kind].append(time_to_window(command, env))
    print(f"\nspawn → window shown and event loop running, median of {args.runs} warm runs")
    for kind, samples in results.items():
        print(
            f"  {kind:7} {_common.median(samples) * 1000:7.1f} ms "
            f"({min(samples) * 1000:.0f}–{max(samples) * 1000:.0f})"
        )
    ratio = _common.median(results["frozen"]) / _common.median(results["source"])
    verdict = "met" if ratio <= 1.0 else "MISSED"
    print(f"  frozen/source {ratio:.2f}×; target: frozen no slower than source — {verdict}")


if __name__ == "__main__":
    main()
