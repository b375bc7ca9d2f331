"""Desktop notifications where there is no tray (GNOME): org.freedesktop.Notifications over
the local session bus, with a Start action whose click starts the reminded session.

Notify's replaces_id is a D-Bus uint32, which PySide6 cannot put in a plain QDBusMessage
(a Python int goes as int32, and GNOME Shell refuses the call). The call is therefore made
through a QDBusInterface's introspected method with typed arguments; it waits for the reply
for at most CALL_TIMEOUT_MS. Each reminder replaces our previous notification, so at most one
hamtimer notification is on screen.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from hamtimer import APP_ID, APP_NAME
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.reminders import Reminder

logger = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
START_ACTION = "start"
START_LABEL = QT_TRANSLATE_NOOP("DBusNotifier", "Start")
CALL_TIMEOUT_MS = 3000
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "DBusNotifier",
    "Desktop notifications are not available ({reason}); reminders show in the hamtimer window.",
)


def actions() -> list[str]:
    """Notify's actions: (key, label) pairs flattened; "default" is a click on the body."""
    start = translate("DBusNotifier", START_LABEL)
    return ["default", start, START_ACTION, start]


class Notifier(Protocol):
    """Shows a reminder outside the window; a click comes back as start_requested(str)."""

    @property
    def start_requested(self) -> SignalInstance: ...

    def notify(self, reminder: Reminder) -> bool:
        """True when the reminder was shown."""
        ...


class DBusNotifier(QObject):
    """Notifications through the desktop's notification server.

    Signals:
        start_requested(str): the patient clicked one of our notifications or its Start.
        failed(str): a plain sentence, once, when notifications cannot be shown.
    """

    start_requested = Signal(str)
    failed = Signal(str)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._interface: QDBusInterface | None = None
        self._shown: dict[int, str] = {}  # our notification ids still open → session id
        self._last_id = 0
        self._reported = False
        self._listen("ActionInvoked", "_on_action(QDBusMessage)")
        self._listen("NotificationClosed", "_on_closed(QDBusMessage)")

    def notify(self, reminder: Reminder) -> bool:
        interface = self._interface_or_report()
        if interface is None:
            return False
        replaces = self._last_id if self._last_id in self._shown else 0
        new_id = self._call_notify(interface, reminder, replaces)
        error = interface.lastError()
        if error.isValid() or not new_id:
            self._report(error.message() or "the notification server gave no id")
            self._interface = None  # ask again next time: the server may come back
            return False
        self._shown.pop(replaces, None)
        self._shown[int(new_id)] = reminder.session_id
        self._last_id = int(new_id)
        logger.info("notification %s shown for %s", new_id, reminder.key)
        return True

    def _call_notify(self, interface: QDBusInterface, reminder: Reminder, replaces: int) -> int:
        new_id = QMetaObject.invokeMethod(
            interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", replaces),
            Q_ARG(str, APP_ID),
            Q_ARG(str, reminder.title),
            Q_ARG(str, reminder.body),
            Q_ARG("QStringList", actions()),
            Q_ARG("QVariantMap", {"desktop-entry": APP_ID}),
            Q_ARG(int, -1),
        )
        return int(new_id) if isinstance(new_id, int) else 0

    def _interface_or_report(self) -> QDBusInterface | None:
        if self._interface is not None:
            return self._interface
        if not self._bus.isConnected():
            self._report(self._bus.lastError().message() or "no session bus")
            return None
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus, self)
        if not interface.isValid():
            self._report(interface.lastError().message())
            interface.deleteLater()
            return None
        interface.setTimeout(CALL_TIMEOUT_MS)
        self._interface = interface
        return interface

    def _listen(self, signal: str, slot: str) -> None:
        if not self._bus.isConnected():
            return
        # The stubs ask for bytes; at run time PySide6 takes only SLOT()'s str.
        listening = self._bus.connect(  # type: ignore[call-overload]
            SERVICE, PATH, INTERFACE, signal, self, SLOT(slot)
        )
        if not listening:
            logger.warning("cannot listen to %s.%s: %s", INTERFACE, signal, self._bus.lastError())

    def _report(self, reason: str) -> None:
        logger.warning("desktop notification not shown: %s", reason)
        if not self._reported:
            self._reported = True
            self.failed.emit(translate("DBusNotifier", UNAVAILABLE).format(reason=reason))

    @Slot(QDBusMessage)
    def _on_action(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) != 2:
            return
        notification_id, action = int(arguments[0]), str(arguments[1])
        session_id = self._shown.get(notification_id)
        if session_id is not None and action in ("default", START_ACTION):
            logger.info("notification %s: %s %s", notification_id, action, session_id)
            self.start_requested.emit(session_id)

    @Slot(QDBusMessage)
    def _on_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if arguments:
            self._shown.pop(int(arguments[0]), None)
