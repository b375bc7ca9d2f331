"""Desktop notifications over D-Bus: no bus at all, and a private bus with a stand-in server
(tests/qt/private_bus.py; those tests run only where dbus-daemon is installed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from hamtimer.qt.notifications import DBusNotifier
from tests.qt.private_bus import PrivateBus, needs_dbus
from tests.qt.reminder_fakes import a_reminder


@pytest.fixture
def private_bus() -> Iterator[PrivateBus]:
    bus = PrivateBus()
    try:
        yield bus
    finally:
        bus.close()


@pytest.fixture
def connection(private_bus: PrivateBus) -> Iterator[QDBusConnection]:
    name = "hamtimer-tests"
    connection = QDBusConnection.connectToBus(private_bus.address, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


def test_with_no_bus_a_reminder_is_not_shown_and_the_patient_is_told_once(qtbot: QtBot) -> None:
    name = "hamtimer-tests-nowhere"
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/hamtimer-bus", name)
    notifier = DBusNotifier(bus=nowhere)
    with qtbot.waitSignal(notifier.failed) as blocker:
        assert notifier.notify(a_reminder()) is False
    assert str(blocker.args[0]).startswith("Desktop notifications are not available (")
    assert str(blocker.args[0]).endswith("reminders show in the hamtimer window.")
    with qtbot.assertNotEmitted(notifier.failed):
        assert notifier.notify(a_reminder()) is False
    QDBusConnection.disconnectFromBus(name)


@needs_dbus
def test_with_no_notification_server_the_patient_is_told(
    qtbot: QtBot, connection: QDBusConnection
) -> None:
    notifier = DBusNotifier(bus=connection)
    with qtbot.waitSignal(notifier.failed) as blocker:
        assert notifier.notify(a_reminder()) is False
    assert "org.freedesktop.Notifications" in str(blocker.args[0])


@needs_dbus
def test_a_reminder_is_sent_as_hamtimer_with_its_icon_and_a_start_action(
    qtbot: QtBot, private_bus: PrivateBus, connection: QDBusConnection
) -> None:
    private_bus.start_server()
    notifier = DBusNotifier(bus=connection)
    assert notifier.notify(a_reminder()) is True
    call = private_bus.server_call()
    assert call["app_name"] == "hamtimer"
    assert call["app_icon"] == "io.github.hamtimer.Hamtimer"
    assert call["summary"] == "Bridge hold time (1 of 2 today)"
    assert call["actions"] == ["default", "Start", "start", "Start"]
    assert call["hints"] == {"desktop-entry": "io.github.hamtimer.Hamtimer"}


@needs_dbus
def test_clicking_start_on_the_notification_starts_the_reminded_session(
    qtbot: QtBot, private_bus: PrivateBus, connection: QDBusConnection
) -> None:
    private_bus.start_server()
    notifier = DBusNotifier(bus=connection)
    notifier.notify(a_reminder("ice", "Ice"))
    shown = private_bus.server_call()
    with qtbot.waitSignal(notifier.start_requested, timeout=20_000) as blocker:
        private_bus.tell_server(f"invoke {shown['id']} start")
    assert blocker.args == ["ice"]


@needs_dbus
def test_a_new_reminder_replaces_our_last_notification(
    qtbot: QtBot, private_bus: PrivateBus, connection: QDBusConnection
) -> None:
    private_bus.start_server()
    notifier = DBusNotifier(bus=connection)
    notifier.notify(a_reminder("ice", "Ice"))
    first = private_bus.server_call()
    notifier.notify(a_reminder())
    second = private_bus.server_call()
    assert first["replaces_id"] == 0
    assert second["replaces_id"] == second["id"] == first["id"]
    with qtbot.waitSignal(notifier.start_requested, timeout=20_000) as blocker:
        private_bus.tell_server(f"invoke {second['id']} start")
    assert blocker.args == ["bridge-hold"]


@needs_dbus
def test_a_click_on_another_apps_notification_starts_nothing(
    qtbot: QtBot, private_bus: PrivateBus, connection: QDBusConnection
) -> None:
    private_bus.start_server()
    notifier = DBusNotifier(bus=connection)
    notifier.notify(a_reminder())
    ours = private_bus.server_call()["id"]
    started: list[str] = []
    notifier.start_requested.connect(started.append)
    private_bus.tell_server(f"invoke 999 start\ninvoke {ours} default")  # one write: in order
    qtbot.waitUntil(lambda: bool(started), timeout=20_000)
    notifier.notify(a_reminder("ice", "Ice"))  # its reply comes after both signals...
    private_bus.server_call()
    QCoreApplication.processEvents()  # ...which are delivered by now
    assert started == ["bridge-hold"]
