"""Put on PYTHONPATH by test_security.py: records, and refuses, any network use by the app.

An audit hook sees every socket the Python side creates, connects, binds or sends on, and
every name lookup, however the call is reached (socket.create_connection, a library, or
_socket directly), so monkeypatching socket.socket would be weaker. Unix domain sockets
(signal handling's socketpair, the single-instance channel) are allowed.
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any

_REPORT = os.environ.get("HAMTIMER_NET_GUARD_REPORT", "")
_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_SOCKET_CALLS = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}


def _note(line: str) -> None:
    with open(_REPORT, "a", encoding="utf-8") as report:
        report.write(line + "\n")


def _refuse(event: str, detail: Any) -> None:
    _note(f"VIOLATION {event} {detail!r}")
    raise PermissionError(f"network use is not allowed: {event}")


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.__new__" and args[1] in _NETWORK_FAMILIES:
        _refuse(event, args[1:])
    elif event in _SOCKET_CALLS and getattr(args[0], "family", None) in _NETWORK_FAMILIES:
        _refuse(event, args[1])
    elif event in _LOOKUPS:
        _refuse(event, args)


if _REPORT:
    _note(f"ACTIVE {os.getpid()}")
    sys.addaudithook(_audit)
