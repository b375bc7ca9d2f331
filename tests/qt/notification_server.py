"""A stand-in desktop notification server (org.freedesktop.Notifications) on a private bus.

Run with DBUS_SESSION_BUS_ADDRESS set. It prints "ready", then one JSON line per Notify call
with its arguments, and obeys lines on stdin:
"invoke ID KEY" emits ActionInvoked(ID, KEY), as a click would; "quit" ends it.

QtDBus calls Notify only for a call whose signature matches its slot exactly, the spec's
(susssasa{sv}i): a replaces_id sent as int32 is refused with UnknownMethod, as GNOME does.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

PATH = "/org/freedesktop/Notifications"
NAME = "org.freedesktop.Notifications"


class Server(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.last_id = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802 (the D-Bus method's name)
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        timeout: int,
    ) -> int:
        if not replaces_id:  # the spec: a replacement keeps the id it replaces
            self.last_id += 1
        shown_id = replaces_id or self.last_id
        call = {
            "id": shown_id,
            "app_name": app_name,
            "replaces_id": replaces_id,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {k: str(v) for k, v in hints.items()},
            "timeout": timeout,
        }
        print(json.dumps(call), flush=True)
        return shown_id

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:  # noqa: N802
        return ["actions", "body"]


def invoke(notification_id: int, key: str) -> None:
    signal = QDBusMessage.createSignal(PATH, NAME, "ActionInvoked")
    signal.setArguments([notification_id, key])
    QDBusConnection.sessionBus().send(signal)


def on_stdin(app: QCoreApplication) -> None:
    """Every command that arrived (read unbuffered: the notifier fires once per chunk)."""
    chunk = os.read(sys.stdin.fileno(), 4096).decode()
    if not chunk:
        app.quit()
    for words in (line.split() for line in chunk.splitlines()):
        if words and words[0] == "quit":
            app.quit()
        elif words and words[0] == "invoke":
            invoke(int(words[1]), words[2])


def main() -> None:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    server = Server()
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not (bus.registerObject(PATH, NAME, server, options) and bus.registerService(NAME)):
        print(f"error {bus.lastError().message()}", flush=True)
        sys.exit(1)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: on_stdin(app))
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
