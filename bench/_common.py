"""Shared bits for the benchmarks: set-up that must happen before Qt loads, stats, fixtures.

Importing this module sets QT_QPA_PLATFORM=offscreen (unless already set), quiets
QtMultimedia's probing messages, and puts the repository root on sys.path, so that
`python bench/x.py` works from the repository root. Nothing here imports Qt at module
level: the startup bench times the imports itself.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa.*=false"
)  # probing noise, as in tests/conftest.py


def child_env(use_pyc: bool = True) -> dict[str, str]:
    """Bytecode caching on, in a private folder: an installed app starts from .pyc files,
    but this checkout may run with PYTHONDONTWRITEBYTECODE and must not get __pycache__."""
    env = os.environ.copy()
    if use_pyc:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "hamtimer-bench-pycache")
    return env


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: with few samples, p99 is honestly the maximum."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def machine_line() -> str:
    import PySide6  # imported here: callers print this after their timed part

    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"machine: {os.cpu_count()} CPUs, {model}; Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )


def rss_kib() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process in KiB, from /proc/self/status."""
    fields: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields["VmRSS"], fields["VmHWM"]


def temp_data_dir(prefix: str = "hamtimer-bench-") -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))


def make_qapplication() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    return app


def build_hamtimer_window(data_dir: Path, time_scale: float = 1.0) -> Any:
    """The real window, built as hamtimer.qt.app.run_app builds it, minus app.exec()."""
    from PySide6.QtGui import QIcon

    from hamtimer import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__
    from hamtimer.cli import Options
    from hamtimer.core.session_loader import load_builtin_sessions
    from hamtimer.paths import prepare_data_dir
    from hamtimer.qt.app import build_window
    from hamtimer.resources import resource_path

    sessions = load_builtin_sessions(resource_path("sessions"))
    paths = prepare_data_dir(data_dir)
    app = make_qapplication()
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    return build_window(app, Options(data_dir, None, time_scale), paths, sessions)


def show_and_wait_for_paint(window: Any, timeout_s: float = 10.0, painted: Any = None) -> float:
    """Show `window`, spin the event loop until it (or `painted`, a widget in it, for a
    window whose children cover it whole) has painted; return time.monotonic() then."""
    from PySide6.QtCore import QEventLoop, QTimer

    watched = window if painted is None else painted
    watcher = PaintWatcher(watched)
    loop = QEventLoop()
    watcher.painted_callback = loop.quit
    QTimer.singleShot(round(timeout_s * 1000), loop.quit)
    window.show()
    if watcher.painted_at is None:
        loop.exec()
    watched.removeEventFilter(watcher)
    if watcher.painted_at is None:
        raise RuntimeError("the window did not paint")
    return float(watcher.painted_at)


def wait_until_log_loaded(window: Any, timeout_s: float = 120.0) -> float:
    """Spin the event loop until the window has read its whole log (it reads the log
    after its first paint, a slice at a time); return time.monotonic() then."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    store = window.log_store
    if not store.is_loaded:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: store.is_loaded and loop.quit())
        poll.start(2)
        QTimer.singleShot(round(timeout_s * 1000), loop.quit)
        loop.exec()
        poll.stop()
    if not store.is_loaded:
        raise RuntimeError("the log was not loaded")
    return time.monotonic()


def PaintWatcher(window: Any) -> Any:  # noqa: N802 (a factory that reads as a class)
    """An event filter that notes the time of the window's first Paint event."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class _Watcher(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.painted_at: float | None = None
            self.painted_callback: Any = None

        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and self.painted_at is None:
                self.painted_at = time.monotonic()
                if self.painted_callback is not None:
                    self.painted_callback()
            return False

    watcher = _Watcher()
    window.installEventFilter(watcher)
    return watcher


def make_record_factory() -> Any:
    """A function i -> SessionRecord, varied like a real log: both sessions, both outcomes."""
    from hamtimer import __version__
    from hamtimer.core.records import Outcome, SessionRecord

    def record(index: int, started_at: datetime) -> SessionRecord:
        if index % 3 == 0:
            return SessionRecord(
                session_id="ice",
                session_name="Ice",
                parameters={"minutes": 15, "get_ready_s": 15},
                started_at=started_at,
                ended_at=started_at + timedelta(seconds=915),
                planned_active_s=900.0,
                actual_active_s=900.0,
                reps_planned=1,
                reps_completed=1,
                outcome=Outcome.COMPLETED,
                app_version=__version__,
            )
        stopped = index % 7 == 0
        return SessionRecord(
            session_id="bridge-hold",
            session_name="Bridge hold",
            parameters={"hold_s": 10, "reps": 3, "rest_s": 30, "get_ready_s": 10},
            started_at=started_at,
            ended_at=started_at + timedelta(seconds=40 if stopped else 100),
            planned_active_s=30.0,
            actual_active_s=13.5 if stopped else 30.0,
            reps_planned=3,
            reps_completed=1 if stopped else 3,
            outcome=Outcome.STOPPED if stopped else Outcome.COMPLETED,
            app_version=__version__,
            stop_reason="stopped by the patient" if stopped else None,
        )

    return record


def write_log(path: Path, count: int, todays: int = 5) -> None:
    """A log of `count` records, oldest first, ~6 a day, the last `todays` of them today."""
    from hamtimer.core.log_store import encode_record

    make = make_record_factory()
    now = datetime.now().astimezone().replace(microsecond=0)
    today_start = now.replace(hour=0, minute=0, second=0)
    older = count - todays
    with path.open("wb") as handle:
        for index in range(older):
            days_back = (older - index) // 6 + 1
            started = today_start - timedelta(days=days_back) + timedelta(hours=2 * (index % 6))
            handle.write(encode_record(make(index, started)))
        for index in range(todays):
            started = today_start + timedelta(minutes=min(now.hour * 60, 600) * index // todays)
            handle.write(encode_record(make(older + index, started)))


def cached_log(count: int) -> Path:
    """A generated log of `count` records, kept in the temp folder across bench runs."""
    folder = Path(tempfile.gettempdir()) / "hamtimer-bench-logs"
    folder.mkdir(exist_ok=True)
    day = datetime.now().astimezone().date().isoformat()
    path = folder / f"log-{count}-{day}.jsonl"  # dated: "today's" records must be today
    if not path.exists():
        partial = path.with_suffix(".partial")
        write_log(partial, count)
        partial.replace(path)
    return path


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
