"""A second launch hands its request (e.g. --start ice) to the running hamtimer and exits.

The instance lock decides who runs; this local socket (a Unix domain socket or a Windows
named pipe, never a network socket) only carries the request. Its name derives from the data
directory, so two portable copies with different --data-dir never talk to each other.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

HANDOFF_TIMEOUT_MS = 3000
MAX_REQUEST_BYTES = 4096
ACCEPTED = b"ok\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"hamtimer-{digest}"


class InstanceServer(QObject):
    """Listens for requests from later launches.

    Signals:
        requested(object): a dict like {"start": "ice"} or {"start": None} (just show me).
    """

    requested = Signal(object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a stale socket: we hold the instance lock
        if self._server.listen(name):
            logger.info("listening for later launches as %s", name)
        else:
            logger.warning("cannot listen for later launches: %s", self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine() and connection.bytesAvailable() < MAX_REQUEST_BYTES:
            return
        line = bytes(connection.readLine(MAX_REQUEST_BYTES).data())
        request = parse_request(line)
        if request is not None:
            connection.write(ACCEPTED)
            connection.flush()
            self.requested.emit(request)
        connection.disconnectFromServer()


def parse_request(line: bytes) -> dict[str, str | None] | None:
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(data, dict) or set(data) != {"start"}:
        return None
    start = data["start"]
    if start is not None and (not isinstance(start, str) or len(start) > 40):
        return None
    return {"start": start}


def hand_to_running(data_dir: Path, start: str | None) -> bool:
    """Send the request to the running instance; True when it said it took it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(HANDOFF_TIMEOUT_MS):
        return False
    socket.write(json.dumps({"start": start}).encode("utf-8") + b"\n")
    if not socket.waitForBytesWritten(HANDOFF_TIMEOUT_MS):
        return False
    if not socket.waitForReadyRead(HANDOFF_TIMEOUT_MS):
        return False
    return bytes(socket.readLine(16).data()) == ACCEPTED
