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
            env=hamtimer_env(),
        )
        self.lines: list[str] = []
        self._partial = b""
        self._unsearched = 0  # lines before this index were searched by an earlier wait

    def wait_for_line(self, fragment: str) -> str:
        """Read the app's log until a new line contains `fragment` (event-driven, bounded)."""
        assert self.process.stderr is not None
        fd = self.process.stderr.fileno()
        selector = selectors.DefaultSelector()
        selector.register(fd, selectors.EVENT_READ)
        deadline = time.monotonic() + DEADLINE_S
        while (found := self._find(fragment)) is None:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            chunk = os.read(fd, 65536)  # unbuffered: select() sees every byte not yet read
            if not chunk:
                break
            *complete, self._partial = (self._partial + chunk).split(b"\n")
            self.lines.extend(raw.decode("utf-8", "replace") for raw in complete)
        if found is None:
            raise AssertionError(f"never logged {fragment!r}; got:\n" + "\n".join(self.lines))
        return found

    def _find(self, fragment: str) -> str | None:
        """The first line not searched by an earlier wait that contains `fragment`."""
        for index in range(self._unsearched, len(self.lines)):
            if fragment in self.lines[index]:
                self._unsearched = index + 1
                return self.lines[index]
        return None

    def terminate(self, number: int = signal.SIGTERM) -> int:
        self.process.send_signal(number)
        code = self.process.wait(timeout=DEADLINE_S)
        assert self.process.stderr is not None
        rest = self._partial + self.process.stderr.read()
        self.lines.extend(rest.decode("utf-8", "replace").splitlines())
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=DEADLINE_S)


def log_lines(data_dir: Path) -> list[str]:
    path = data_dir / "log.jsonl"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []
