"""What a frozen, windowed app does with its messages and its crashes, having no terminal.

A windowed bundle has nobody reading stderr (on Windows sys.stderr is even None, and a
print to it would raise), so: log records also go to a rotating file in the log folder,
prints to a missing stderr or stdout go there too, and an unexpected exception, in the
main thread, another thread or a Qt slot (PySide6 hands those to sys.excepthook), writes a
crash report there and tells the patient where it is.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from hamtimer import APP_NAME, __version__

logger = logging.getLogger(__name__)

LOG_FILE_NAME = f"{APP_NAME}.log"
FAULTS_FILE_NAME = "faults.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
MAX_CRASH_REPORTS = 5  # per run: an error in a paint event would otherwise repeat forever

Notify = Callable[[str], None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _LineLogger(io.TextIOBase):
    """Stands in for a missing sys.stderr/stdout: each line written becomes a log record."""

    def __init__(self, name: str) -> None:
        self._logger = logging.getLogger(name)
        self._partial = ""
        self._writing = threading.local()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if getattr(self._writing, "active", False):
            return len(text)  # a handler writing to this very stream: it would loop
        self._writing.active = True
        try:
            *lines, self._partial = (self._partial + text).split("\n")
            for line in lines:
                if line.strip():
                    self._logger.warning("%s", line)
        finally:
            self._writing.active = False
        return len(text)


def ensure_std_streams() -> None:
    """Give a windowed app (sys.stderr is None on Windows) streams that print can use."""
    if sys.stderr is None:
        sys.stderr = _LineLogger(f"{APP_NAME}.stderr")
    if sys.stdout is None:
        sys.stdout = _LineLogger(f"{APP_NAME}.stdout")


def say(message: str) -> None:
    """One line for whoever reads stderr; safe when there is no stderr at all."""
    stream = sys.stderr
    if stream is not None:
        print(f"{APP_NAME}: {message}", file=stream, flush=True)


def notify_user(message: str) -> None:
    """The real notice: a message box when the app has a window on a real screen."""
    if "PySide6.QtWidgets" in sys.modules:
        from hamtimer.qt.crash_dialog import show_crash_dialog

        show_crash_dialog(message)


@dataclass
class Diagnostics:
    """The log file, crash reports and exception hooks of one run; close() undoes install()."""

    log_dir: Path
    notify: Notify = notify_user
    handler: logging.Handler | None = None
    crash_reports: list[Path] = field(default_factory=list)
    _restore: list[Callable[[], None]] = field(default_factory=list)
    _notified: bool = False

    def report_crash(self, exc: ExcInfo, origin: str) -> Path | None:
        """Write a crash report and tell the patient where it is; return its path."""
        text = "".join(traceback.format_exception(*exc))
        logger.critical("unexpected error in %s:\n%s", origin, text.rstrip())
        if len(self.crash_reports) >= MAX_CRASH_REPORTS:
            return None
        path: Path | None = None
        try:
            path = self._write_report(text, origin)
            message = f"{APP_NAME} hit an unexpected error. A report was written to {path}"
        except OSError as error:
            message = (
                f"{APP_NAME} hit an unexpected error, and its report could not be written ({error})"
            )
        say(message)
        if not self._notified:
            self._notified = True
            self.notify(message)
        return path

    def _write_report(self, text: str, origin: str) -> Path:
        now = datetime.now().astimezone()
        path = (
            self.log_dir / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}-{len(self.crash_reports)}.txt"
        )
        header = [
            f"{APP_NAME} {__version__} crash report",
            f"time: {now.isoformat(timespec='seconds')}",
            f"where: {origin}",
            f"python: {sys.version.split()[0]}, {platform.platform()}",
            f"frozen: {bool(getattr(sys, 'frozen', False))}",
            "",
        ]
        self.log_dir.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(header) + text, encoding="utf-8")
        self.crash_reports.append(path)
        return path

    def close(self) -> None:
        while self._restore:
            self._restore.pop()()


def install(
    log_dir: Path,
    notify: Notify = notify_user,
    max_bytes: int = MAX_LOG_BYTES,
    backups: int = LOG_BACKUPS,
) -> Diagnostics:
    """Log to `log_dir`/hamtimer.log (rotated) and catch every unexpected exception."""
    diagnostics = Diagnostics(log_dir, notify)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    except OSError as error:
        say(f"cannot keep a log in {log_dir} ({error}); messages go to the terminal only")
    else:
        _add_file_handler(diagnostics, handler)
        _enable_faulthandler(diagnostics, log_dir / FAULTS_FILE_NAME)
    _install_hooks(diagnostics)
    return diagnostics


def _add_file_handler(diagnostics: Diagnostics, handler: logging.Handler) -> None:
    """The file gets INFO and up; streams keep the level they had (HAMTIMER_LOG_LEVEL)."""
    root = logging.getLogger()
    old_level = root.level
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
    handler.setLevel(logging.INFO)
    quiet: list[logging.Handler] = []
    levelled: list[logging.Handler] = []
    for existing in list(root.handlers):
        stream = getattr(existing, "stream", None)
        if isinstance(stream, _LineLogger):  # nobody reads it, and it would copy every record
            root.removeHandler(existing)
            quiet.append(existing)
        elif existing.level == logging.NOTSET:
            existing.setLevel(old_level)
            levelled.append(existing)
    root.addHandler(handler)
    root.setLevel(min(old_level, logging.INFO))
    diagnostics.handler = handler

    def undo() -> None:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
        for removed in quiet:
            root.addHandler(removed)
        for existing in levelled:
            existing.setLevel(logging.NOTSET)

    diagnostics._restore.append(undo)


def _enable_faulthandler(diagnostics: Diagnostics, path: Path) -> None:
    """A hard crash inside Qt (a segfault) still leaves the Python stack in faults.log."""
    try:
        faults: IO[Any] = path.open("a", encoding="utf-8")
    except OSError as error:
        say(f"cannot open {path} ({error})")
        return
    faulthandler.enable(file=faults)

    def undo() -> None:
        faulthandler.disable()
        faults.close()

    diagnostics._restore.append(undo)


def _install_hooks(diagnostics: Diagnostics) -> None:
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def excepthook(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_hook(kind, value, tb)
            return
        diagnostics.report_crash((kind, value, tb), "the main thread")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        where = f"thread {args.thread.name}" if args.thread else "a thread"
        diagnostics.report_crash((args.exc_type, args.exc_value, args.exc_traceback), where)

    sys.excepthook, threading.excepthook = excepthook, thread_hook

    def undo() -> None:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook

    diagnostics._restore.append(undo)
