"""Every built-in's drawing exists, and Qt's SVG renderer draws it without a complaint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from hamtimer.core.catalog import PROTOCOL_ORDER
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.resources import resource_path

BUILTINS = load_builtin_sessions(resource_path("sessions"))
QtLog = Any  # pytest-qt's message capture; its class is private
SHOWN_PX = 240


def render(renderer: QSvgRenderer) -> QImage:
    image = QImage(SHOWN_PX, SHOWN_PX, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, SHOWN_PX, SHOWN_PX))
    painter.end()
    return image


def dark_pixels(image: QImage) -> int:
    """Pixels of the figure's strokes: the background and the floor are light."""
    step = 2
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 100
    )


@pytest.mark.parametrize("session_id", PROTOCOL_ORDER)
def test_a_builtins_drawing_renders_without_a_qt_warning(
    qtbot: QtBot, qtlog: QtLog, session_id: str
) -> None:
    path = resource_path("illustrations", str(BUILTINS[session_id].illustration))
    renderer = QSvgRenderer(str(path))
    image = render(renderer)
    assert renderer.isValid()
    assert not renderer.viewBoxF().isEmpty()
    assert dark_pixels(image) > 200  # a figure is drawn, not just a background
    assert [record.message for record in qtlog.records] == []


@pytest.mark.parametrize("session_id", PROTOCOL_ORDER)
def test_a_builtins_drawing_has_a_title_for_screen_readers(session_id: str) -> None:
    text = resource_path("illustrations", f"{session_id}.svg").read_text(encoding="utf-8")
    title = text.split("<title>", 1)[1].split("</title>", 1)[0]
    assert len(title) > 20


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_the_warning_check_sees_a_drawing_qt_cannot_resolve(qtlog: QtLog) -> None:
    broken = (
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
        b'<rect width="5" height="5" fill="url(#nowhere)"/></svg>'
    )
    QSvgRenderer(QByteArray(broken))
    assert any("Could not resolve" in record.message for record in qtlog.records)


def test_no_drawing_is_left_without_a_session() -> None:
    files = {path.name for path in Path(resource_path("illustrations")).glob("*.svg")}
    assert files == {f"{session_id}.svg" for session_id in PROTOCOL_ORDER}
