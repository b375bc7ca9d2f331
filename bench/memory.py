"""Memory: resident set size of hamtimer vs. a bare PySide6 window, and how it grows.

At start, after sessions, with a 100,000-record log, and with that log's history opened.

Each figure comes from a fresh child process (VmRSS and its peak VmHWM from
/proc/self/status), median of --runs runs:

  bare window        a QMainWindow with a label, 960×680, shown offscreen and painted
  hamtimer start     the real window (hamtimer.qt.app.build_window), empty log, painted
  after sessions     the real window at --time-scale 1000, after a bridge hold (0.1 s)
                     and an ice session (0.9 s) ran to their ends and were logged
  100k-record log    the real window built over a 100,000-record log, painted, after it
                     has read the whole log (it reads it after the first paint)
  history opened     the same, then the History page (hamtimer.qt.history_view) given
                     the window's records and shown beside it, painted (with its chart)

Children run with bytecode caching on (a private PYTHONPYCACHEPREFIX), as an installed
app would: compiling from source leaves several MiB of the compiler's garbage behind.

    python bench/memory.py [--runs 3] [--records 100000]   # about 30 s, plus ~20 s once to
                                                           # write the log (cached in /tmp)
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from typing import Any

import _common  # sets QT_QPA_PLATFORM and sys.path

VARIANTS = ("bare window", "hamtimer start", "after sessions", "big log", "history")
TARGET_START_RATIO = 1.4
SESSION_TIME_SCALE = 1000.0  # hamtimer's --time-scale maximum


def child(variant: str, records: int) -> dict[str, Any]:
    _common.make_qapplication()
    if variant == "bare window":
        from PySide6.QtWidgets import QLabel, QMainWindow

        window = QMainWindow()
        window.resize(960, 680)
        window.setCentralWidget(QLabel("Hello", window))
        _common.show_and_wait_for_paint(window)
        return _figures()
    data_dir = _common.temp_data_dir()
    if variant in ("big log", "history"):
        shutil.copyfile(_common.cached_log(records), data_dir / "log.jsonl")
    scale = SESSION_TIME_SCALE if variant == "after sessions" else 1.0
    window = _common.build_hamtimer_window(data_dir, time_scale=scale)
    _common.show_and_wait_for_paint(window)
    _common.wait_until_log_loaded(window)
    if variant == "history":
        open_history(window)
    if variant == "after sessions":
        run_session(window, "bridge-hold")
        run_session(window, "ice")
        if len(window.log_store.records) != 2:
            raise RuntimeError("the two sessions were not logged")
    figures = _figures()
    figures["records shown"] = len(window.log_store.records)
    return figures


def open_history(window: Any) -> None:
    """The History page over the window's log (no journal: the bench log has none)."""
    from datetime import datetime

    from hamtimer.core.program import load_program
    from hamtimer.qt.history_view import HistoryView
    from hamtimer.resources import resource_path

    view = HistoryView()
    view.resize(960, 680)
    program = load_program(resource_path("program.json"))
    view.show_data(window.log_store.records, [], program, datetime.now().astimezone())
    # The page scrolls inside the view, which never paints itself: wait for a label of it.
    _common.show_and_wait_for_paint(view, painted=view.streak_label)
    window.history_view = view  # kept alive until the figures are taken
    if view.model.rowCount() != len(window.log_store.records):
        raise RuntimeError("the history does not list every session")


def run_session(window: Any, session_id: str) -> None:
    """Run one session to its end on the real event loop (the window's time scale)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.runner.ended.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.start_session(session_id)
    loop.exec()
    window.runner.ended.disconnect(loop.quit)
    if window.runner.is_under_way or window.stack.currentWidget() is not window.done_view:
        raise RuntimeError(f"the {session_id} session did not end")
    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)  # let the done view paint
    loop.exec()


def _figures() -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    rss, peak = _common.rss_kib()
    return {"rss_kib": rss, "peak_kib": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.records)), flush=True)
        return
    print(_common.machine_line())
    log = _common.cached_log(args.records)  # written once, outside any measured child
    print(f"log: {args.records} records, {log.stat().st_size / 2**20:.1f} MiB ({log})")
    results: dict[str, list[dict[str, Any]]] = {variant: [] for variant in VARIANTS}
    for _ in range(args.runs):
        for variant in VARIANTS:
            output = subprocess.run(
                [sys.executable, __file__, "--child", variant, "--records", str(args.records)],
                check=True,
                capture_output=True,
                text=True,
                env=_common.child_env(),  # .pyc files, as an installed app has
            ).stdout
            results[variant].append(json.loads(output.strip().splitlines()[-1]))
    report(results, args)


def report(results: dict[str, list[dict[str, Any]]], args: argparse.Namespace) -> None:
    rss = {v: _common.median(r["rss_kib"] for r in runs) / 1024 for v, runs in results.items()}
    peak = {v: _common.median(r["peak_kib"] for r in runs) / 1024 for v, runs in results.items()}
    bare, start = rss["bare window"], rss["hamtimer start"]
    labels = {
        "bare window": "bare window",
        "hamtimer start": "hamtimer at start",
        "after sessions": "after 2 sessions",
        "big log": f"{args.records // 1000}k-record log",
        "history": "+ history opened",
    }
    print(f"\nresident memory, median of {args.runs} runs (MiB)")
    print(f"  {'':22} {'VmRSS':>8} {'peak':>8} {'× bare':>7} {'vs. start':>10}")
    for variant, label in labels.items():
        print(
            f"  {label:22} {rss[variant]:8.1f} {peak[variant]:8.1f} {rss[variant] / bare:6.2f}× "
            f"{rss[variant] - start:+9.1f}"
        )
    per_record = (rss["big log"] - start) * 2**20 / args.records
    print(f"  per logged record: {per_record:.0f} bytes resident")
    history = rss["history"] - rss["big log"]
    print(
        f"  history page over {args.records // 1000}k records: {history:+.1f} MiB "
        f"({history * 2**20 / args.records:.0f} bytes a record)"
    )
    ratio = start / bare
    print("\ntargets")
    print(
        f"  at start ≤ {TARGET_START_RATIO}× the bare window: {ratio:.2f}× — "
        f"{'met' if ratio <= TARGET_START_RATIO else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
