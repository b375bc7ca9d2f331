"""Runs hamtimer in a child process and waits for what it logs, never for a fixed time."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

DEADLINE_S = 60.0


def hamtimer_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HAMTIMER_LOG_LEVEL"] = "INFO"
    return env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """A command line that must be refused before any window opens."""
    return subprocess.run(
        [sys.executable, "-m", "hamtimer", *args],
        capture_output=True,
        text=True,
        env=hamtimer_env(),
        timeout=DEADLINE_S,
        check=False,
    )


class RunningApp:
    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "hamtimer", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=hamtimer_env(),
        )
        self.lines: list[str] = []

    def wait_for_line(self, fragment: str) -> str:
        """Read the app's log until a line contains `fragment` (event-driven, with a deadline)."""
        assert self.process.stderr is not None
        selector = selectors.DefaultSelector()
        selector.register(self.process.stderr, selectors.EVENT_READ)
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            if not selector.select(timeout=deadline - time.monotonic()):
                break
            line = self.process.stderr.readline()
            if not line:
                break
            self.lines.append(line)
            if fragment in line:
                return line
        raise AssertionError(f"never logged {fragment!r}; got:\n{''.join(self.lines)}")

    def terminate(self, number: int = signal.SIGTERM) -> int:
        self.process.send_signal(number)
        code = self.process.wait(timeout=DEADLINE_S)
        assert self.process.stderr is not None
        self.lines.extend(self.process.stderr.readlines())
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=DEADLINE_S)


def log_lines(data_dir: Path) -> list[str]:
    path = data_dir / "log.jsonl"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []
