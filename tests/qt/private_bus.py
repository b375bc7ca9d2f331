"""A private D-Bus of our own, with the stand-in notification server on it, for tests.

Nothing here touches the session bus of the machine running the tests. The tests that need
it run only where dbus-daemon is installed (Debian: apt-get install dbus).
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SERVER = Path(__file__).with_name("notification_server.py")
DEADLINE_S = 20.0
needs_dbus = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="no dbus-daemon")


class LineReader:
    """The lines a child prints, read unbuffered as they come (bounded), never by sleeping."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        self._fd = process.stdout.fileno()
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._fd, selectors.EVENT_READ)
        self._lines: list[str] = []
        self._partial = b""

    def next_line(self) -> str:
        while not self._lines:
            if not self._selector.select(timeout=DEADLINE_S):
                raise AssertionError("the child printed nothing in time")
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise AssertionError("the child ended")
            *complete, self._partial = (self._partial + chunk).split(b"\n")
            self._lines.extend(line.decode() for line in complete)
        return self._lines.pop(0).strip()


class PrivateBus:
    def __init__(self) -> None:
        self.daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.address = LineReader(self.daemon).next_line()
        self.server: subprocess.Popen[bytes] | None = None
        self._server_lines: LineReader | None = None

    def start_server(self) -> None:
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address)
        self.server = subprocess.Popen(
            [sys.executable, str(SERVER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
        )
        self._server_lines = LineReader(self.server)
        assert self._server_lines.next_line() == "ready"

    def server_call(self) -> dict[str, object]:
        """The next Notify call the server received."""
        assert self._server_lines is not None
        return dict(json.loads(self._server_lines.next_line()))

    def tell_server(self, command: str) -> None:
        assert self.server is not None and self.server.stdin is not None
        self.server.stdin.write(command.encode() + b"\n")
        self.server.stdin.flush()

    def close(self) -> None:
        for process in (self.server, self.daemon):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=DEADLINE_S)
