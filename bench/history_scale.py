"""How hamtimer scales with the size of its log: 1k, 10k and 100k records.

For each size, in one process, each figure the median of --runs runs (appends: of
--appends appends), beside a baseline measured the same way:

  load           LogStore.load() of the log      vs. reading the lines and json.loads()
                                                     of each (the floor for JSON Lines)
  load + show    build_window over the log (it reads today's sessions from the end of
                 the log) + show + first paint    vs. the same with an empty log
  full load      the same, until the window has read the whole log (validated, after
                 its first paint, a slice at a time on the event loop)
  append         LogStore.append(record): encode, check, one write + fsync
                                                  vs. os.write + os.fsync of the same line
  refresh today  MainWindow.refresh_today(), which runs after every logged session
  open history   a HistoryView (960×680) given the loaded records, shown, first paint
                                                  vs. the same with an empty log
                 and again with a journal of a pain rating before and after every session
  history after a session
                 show_data() with one more record on the open page, repainted (the
                 window's refresh after each session; while the page is hidden it is ~0)

The logs are generated once with hamtimer.core.log_store.encode_record (cached in /tmp by
date, since the last 5 records of each are "today").

    python bench/history_scale.py [--runs 5] [--appends 50]   # about 1 min once cached
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import _common  # sets QT_QPA_PLATFORM and sys.path

from hamtimer.core.journal import JournalEntry, PainContext, pain
from hamtimer.core.log_store import LogStore, encode_record
from hamtimer.core.program import Program, load_program
from hamtimer.core.records import SessionRecord
from hamtimer.resources import resource_path

SIZES = (1_000, 10_000, 100_000)
TARGET_SHOW_S = 0.300
TARGET_APPEND_S = 0.005


def timed(action: Callable[[], Any]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def median_of(runs: int, action: Callable[[], Any]) -> float:
    return _common.median(timed(action) for _ in range(runs))


def raw_json_load(path: Path) -> int:
    import json

    with path.open("rb") as handle:
        return sum(1 for line in handle if json.loads(line))


def data_dir_with(log: Path | None) -> Path:
    data_dir = _common.temp_data_dir()
    if log is not None:
        shutil.copyfile(log, data_dir / "log.jsonl")
    return data_dir


def build_and_show(data_dir: Path) -> Any:
    window = _common.build_hamtimer_window(data_dir)
    _common.show_and_wait_for_paint(window)
    return window


def dispose(window: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def time_show(data_dir: Path, runs: int) -> tuple[float, Any]:
    """Median build+show+paint time; returns the last window (kept) for further use."""
    times, window = [], None
    for run in range(runs):
        if window is not None:
            dispose(window)
        began = time.perf_counter()
        window = build_and_show(data_dir)
        times.append(time.perf_counter() - began)
        assert run >= 0
    return _common.median(times), window


def time_full_load(data_dir: Path, runs: int) -> tuple[float, Any]:
    """Median build+show until the whole log is read; returns the last window (kept)."""
    times, window = [], None
    for _ in range(runs):
        if window is not None:
            dispose(window)
        began = time.monotonic()
        window = build_and_show(data_dir)
        times.append(_common.wait_until_log_loaded(window) - began)
    return _common.median(times), window


def time_appends(log: Path, count: int) -> tuple[float, float, float]:
    """(median LogStore.append, its max, median raw write+fsync) on copies of `log`."""
    data_dir = data_dir_with(log)
    store = LogStore(data_dir / "log.jsonl")
    store.load()
    make = _common.make_record_factory()
    records = [make(i, datetime.now().astimezone().replace(microsecond=0)) for i in range(count)]
    appends = [timed(lambda r=record: store.append(r)) for record in records]
    raw_path = data_dir / "raw.jsonl"
    shutil.copyfile(log, raw_path)
    lines = [encode_record(r) for r in records]
    raw = [timed(lambda line=line: _raw_append(raw_path, line)) for line in lines]
    return _common.median(appends), max(appends), _common.median(raw)


def _raw_append(path: Path, line: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def pain_journal(records: tuple[SessionRecord, ...]) -> list[JournalEntry]:
    """A pain rating just before and just after every session, as the app asks for them."""
    journal = []
    for record in records:
        key = (record.session_id, record.started_at)
        journal.append(pain(record.started_at, 3, PainContext.BEFORE, *key))
        journal.append(pain(record.ended_at, 2, PainContext.AFTER, *key))
    return journal


def open_history(
    records: tuple[SessionRecord, ...], journal: list[JournalEntry], program: Program
) -> Any:
    from hamtimer.qt.history_view import HistoryView

    view = HistoryView()
    view.resize(960, 680)
    view.show_data(records, journal, program, datetime.now().astimezone())
    _common.show_and_wait_for_paint(view, painted=view.streak_label)  # its page covers it
    return view


def time_history(
    records: tuple[SessionRecord, ...], journal: list[JournalEntry], runs: int
) -> tuple[float, Any]:
    """Median open (build + data + show + first paint); returns the last view, open."""
    program = load_program(resource_path("program.json"))
    times, view = [], None
    for _ in range(runs):
        if view is not None:
            dispose(view)
        began = time.perf_counter()
        view = open_history(records, journal, program)
        times.append(time.perf_counter() - began)
    return _common.median(times), view


def time_history_refresh(
    view: Any, records: tuple[SessionRecord, ...], journal: list[JournalEntry], runs: int
) -> float:
    """The refresh after a session: one more record, on the open page, repainted."""
    program = load_program(resource_path("program.json"))
    now = datetime.now().astimezone().replace(microsecond=0)
    more = (*records, _common.make_record_factory()(len(records), now))

    def refresh() -> None:
        view.show_data(more, journal, program, now)
        view.repaint()

    return median_of(runs, refresh)


def measure_history(store: LogStore, runs: int) -> dict[str, float]:
    records = store.records
    journal = pain_journal(records)
    opened, view = time_history(records, [], runs)
    rows_formatted = view.model.formatted
    dispose(view)
    with_journal, view = time_history(records, journal, runs)
    refresh = time_history_refresh(view, records, journal, runs)
    dispose(view)
    return {
        "history": opened,
        "history_journal": with_journal,
        "history_refresh": refresh,
        "history_rows_formatted": rows_formatted,
    }


def measure(size: int, runs: int, appends: int, empty_show: float) -> dict[str, float]:
    log = _common.cached_log(size)
    load_dir = data_dir_with(log)
    store = LogStore(load_dir / "log.jsonl")
    load = median_of(runs, store.load)
    raw = median_of(runs, lambda: raw_json_load(log))
    show, window = time_show(data_dir_with(log), runs)
    dispose(window)
    full_load, window = time_full_load(data_dir_with(log), runs)
    today = median_of(runs, window.refresh_today)
    shown_today = window.home.today.count()
    dispose(window)
    append, append_max, raw_append = time_appends(log, appends)
    history = measure_history(store, runs)
    return {
        **history,
        "load": load,
        "raw": raw,
        "show": show,
        "full_load": full_load,
        "empty_show": empty_show,
        "today": today,
        "shown_today": shown_today,
        "append": append,
        "append_max": append_max,
        "raw_append": raw_append,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--appends", type=int, default=50)
    args = parser.parse_args()
    print(_common.machine_line())
    for size in SIZES:
        _common.cached_log(size)  # generate outside the timings
    _common.make_qapplication()
    began = time.perf_counter()
    dispose(open_history((), [], load_program(resource_path("program.json"))))
    first_history = time.perf_counter() - began  # imports QtCharts: the first open only
    dispose(build_and_show(data_dir_with(None)))  # warm fonts, styles and imports
    empty_show, window = time_show(data_dir_with(None), args.runs)
    dispose(window)
    empty_history, view = time_history((), [], args.runs)
    dispose(view)
    results = {size: measure(size, args.runs, args.appends, empty_show) for size in SIZES}
    report(results, args)
    report_history(results, empty_history, first_history)


def report(results: dict[int, dict[str, float]], args: argparse.Namespace) -> None:
    f = _common.ms
    print(f"\nmedians of {args.runs} runs (appends: of {args.appends}); baseline in brackets")
    print(
        f"  {'records':>8} {'load':>10} {'[json.loads]':>13} {'load + show':>12} "
        f"{'[empty log]':>12} {'full load':>10} {'append':>9} {'(max)':>9} "
        f"{'[write+fsync]':>14} {'refresh today':>14}"
    )
    for size, r in results.items():
        print(
            f"  {size:>8} {f(r['load']):>10} {f(r['raw']):>13} {f(r['show']):>12} "
            f"{f(r['empty_show']):>12} {f(r['full_load']):>10} {f(r['append']):>9} "
            f"{f(r['append_max']):>9} {f(r['raw_append']):>14} {f(r['today']):>14}"
        )
    big = results[max(results)]
    appends = [r["append"] for r in results.values()]
    print("\ntargets")
    print(
        f"  load + show ≤ 300 ms at {max(results) // 1000}k: {f(big['show'])} — "
        f"{'met' if big['show'] <= TARGET_SHOW_S else 'MISSED'}"
    )
    print(
        f"  append ≤ 5 ms: worst median {f(max(appends))} — "
        f"{'met' if max(appends) <= TARGET_APPEND_S else 'MISSED'}"
    )
    print(
        f"  append flat in log size: {' / '.join(f(a) for a in appends)} "
        f"(ratio 100k/1k {appends[-1] / appends[0]:.2f})"
    )
    print(f"  (today's list showed {int(big['shown_today'])} rows at every size)")


def report_history(
    results: dict[int, dict[str, float]], empty_history: float, first_history: float
) -> None:
    f = _common.ms
    print("\nhistory page; baseline in brackets")
    print(
        f"  {'records':>8} {'open':>10} {'[empty log]':>12} {'with journal':>13} "
        f"{'after a session':>16} {'load + open':>12} {'rows formatted':>15}"
    )
    for size, r in results.items():
        print(
            f"  {size:>8} {f(r['history']):>10} {f(empty_history):>12} "
            f"{f(r['history_journal']):>13} {f(r['history_refresh']):>16} "
            f"{f(r['load'] + r['history']):>12} {int(r['history_rows_formatted']):>15}"
        )
    print(f"  first open in a process, QtCharts imported: {f(first_history)}")
    big = results[max(results)]
    total = big["load"] + big["history"]
    print(
        f"  load + open history ≤ 300 ms at {max(results) // 1000}k: {f(total)} — "
        f"{'met' if total <= TARGET_SHOW_S else 'MISSED'} (open alone: {f(big['history'])}, "
        f"{big['history'] / empty_history:.1f}× the empty log)"
    )


if __name__ == "__main__":
    main()
