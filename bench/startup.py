"""Start-up time to the first paint of the main window: hamtimer vs. a bare PySide6 window.

Each run is a fresh child process (warm: one discarded run of each kind first, and the
two kinds alternate so both see the same disk cache and machine load). Two spans:
  spawn→paint   from just before the parent spawns the child to the window's first Paint
                event (CLOCK_MONOTONIC is shared by all processes), interpreter start
                included;
  import→paint  from the child's first line, before PySide6 or hamtimer is imported, to
                the same Paint event.
The Paint event is caught by the same event filter on both windows.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import time

CHILD_T0 = time.monotonic()  # the child's first line: nothing Qt or hamtimer is loaded yet

import argparse  # noqa: E402 (after the clock read, on purpose)
import itertools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import _common  # noqa: E402  (sets QT_QPA_PLATFORM and sys.path)

TARGET_RATIO = 2.0
PAINT = "show → first paint"


def child_bare() -> dict[str, float]:
    stages = {"t0": CHILD_T0}
    from PySide6.QtWidgets import QLabel, QMainWindow

    stages["import PySide6.QtWidgets"] = time.monotonic()
    app = _common.make_qapplication()
    stages["QApplication"] = time.monotonic()
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(960, 680)  # the size hamtimer opens at
    window.setCentralWidget(QLabel("Hello", window))
    stages["build window"] = time.monotonic()
    stages["show → first paint"] = _common.show_and_wait_for_paint(window)
    del app
    return stages


def child_hamtimer() -> dict[str, float]:
    """The same work as hamtimer.qt.app.run_app up to the first paint, in stages.

    The stages only attribute time: importing PySide6.QtWidgets ahead of hamtimer moves
    its cost out of the later stages without changing the total. (QtMultimedia is not
    loaded before the first paint: the sound player is built at the first cue.)
    """
    stages = {"t0": CHILD_T0}
    import PySide6.QtWidgets  # noqa: F401

    stages["import PySide6.QtWidgets"] = time.monotonic()
    import hamtimer.qt.app  # noqa: F401

    stages["import hamtimer.qt.app"] = time.monotonic()
    _common.make_qapplication()
    stages["QApplication"] = time.monotonic()
    window = _common.build_hamtimer_window(_common.temp_data_dir())
    stages["build window"] = time.monotonic()
    stages["show → first paint"] = _common.show_and_wait_for_paint(window)
    return stages


def run_child(kind: str, env: dict[str, str]) -> dict[str, float]:
    """Stage timestamps of one fresh process, with "spawned" (before the spawn) added."""
    spawned = time.monotonic()
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    stages: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return {"spawned": spawned, **stages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=["bare", "hamtimer"], help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-pyc",
        action="store_true",
        help="keep the environment as it is (e.g. PYTHONDONTWRITEBYTECODE=1: compile each run)",
    )
    args = parser.parse_args()
    if args.child:
        stages = child_bare() if args.child == "bare" else child_hamtimer()
        print(json.dumps(stages), flush=True)
        os._exit(0)  # the measurement is done; teardown is not part of start-up

    print(_common.machine_line())
    env = _common.child_env(use_pyc=not args.no_pyc)
    print(f"bytecode cache: {env.get('PYTHONPYCACHEPREFIX', 'as the environment says')}")
    run_child("bare", env), run_child("hamtimer", env)  # warm caches, write .pyc; discarded
    results: dict[str, list[dict[str, float]]] = {"bare": [], "hamtimer": []}
    for _ in range(args.runs):
        for kind in results:
            results[kind].append(run_child(kind, env))
    report(results, args.runs)
    print_stages(results)


def report(results: dict[str, list[dict[str, float]]], runs: int) -> None:
    print(f"\nstart-up to first paint, median of {runs} warm runs (min–max)")
    print(f"{'':10} {'spawn→paint':>24} {'import→paint':>24}")
    medians: dict[str, tuple[float, float]] = {}
    for kind, runs_stages in results.items():
        samples = [(s[PAINT] - s["spawned"], s[PAINT] - s["t0"]) for s in runs_stages]
        cells = []
        for column in (0, 1):
            values = [sample[column] for sample in samples]
            cells.append(
                f"{_common.median(values) * 1000:7.1f} ms "
                f"({min(values) * 1000:.0f}–{max(values) * 1000:.0f})"
            )
        medians[kind] = (
            _common.median(s[0] for s in samples),
            _common.median(s[1] for s in samples),
        )
        print(f"{kind:10} {cells[0]:>24} {cells[1]:>24}")
    ratios = [medians["hamtimer"][c] / medians["bare"][c] for c in (0, 1)]
    print(f"{'ratio':10} {ratios[0]:>23.2f}× {ratios[1]:>23.2f}×")
    verdict = "met" if max(ratios) <= TARGET_RATIO else "MISSED"
    print(f"target: hamtimer ≤ {TARGET_RATIO:g}× the bare window — {verdict}")


def print_stages(results: dict[str, list[dict[str, float]]]) -> None:
    """Where the time goes: the median of each stage's own duration."""
    for kind, runs_stages in results.items():
        print(f"\n{kind} stages (median ms)")
        names = list(runs_stages[0])
        for before, name in itertools.pairwise(names):
            span = _common.median(s[name] - s[before] for s in runs_stages)
            label = "python start" if name == "t0" else name
            print(f"  {label:32} {span * 1000:7.1f}")


if __name__ == "__main__":
    main()
