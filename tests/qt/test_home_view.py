"""The session screen: every exercise in the protocol's order, with its drawing and its plan."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from hamtimer.core.catalog import PROTOCOL_ORDER
from hamtimer.core.session import SessionDefinition
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.qt.home_view import HomeView
from hamtimer.resources import resource_path

BUILTINS = load_builtin_sessions(resource_path("sessions"))


def shown_home(qtbot: QtBot, sessions: Mapping[str, SessionDefinition] = BUILTINS) -> HomeView:
    home = HomeView(sessions)
    qtbot.addWidget(home)
    home.resize(960, 640)
    home.show()
    qtbot.waitExposed(home)
    return home


def drawn_pixels(image: QImage) -> int:
    step = 4
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 100
    )


def test_the_list_shows_every_session_by_protocol_stage_with_its_plan(qtbot: QtBot) -> None:
    home = shown_home(qtbot)
    items = [home.session_list.item(row).text() for row in range(home.session_list.count())]
    assert [text.split("\n")[0] for text in items] == [BUILTINS[i].name for i in PROTOCOL_ORDER]
    assert items[2] == "Single-leg windmill\n5 × 6 s work · 4 s rest · each leg"
    assert items[0] == "Ice\n15 min ice"
    assert home.selected_id() == "ice"


def test_choosing_the_windmill_shows_its_drawing_setup_plan_and_settings(qtbot: QtBot) -> None:
    home = shown_home(qtbot)
    home.select("windmill")
    drawing = home.details.illustration
    assert drawing.isVisible()
    assert drawing.accessibleName() == "Drawing: Single-Leg Windmill (mobility)"
    assert drawn_pixels(drawing.grab().toImage()) > 100
    assert home.title_label.text() == "Single-Leg Windmill (mobility)"
    assert "slowly hinge at the hips, reaching toward your foot" in home.setup_label.text()
    assert home.summary_label.text() == "5 × 6 s work · 4 s rest · each leg · about 2 min"
    reps = home.spin_boxes["reps"]
    assert (reps.minimum(), reps.maximum(), reps.value()) == (3, 10, 5)
    assert "hamtimer's default" in reps.accessibleDescription()


def test_a_changed_setting_changes_the_plan_and_the_start_request(qtbot: QtBot) -> None:
    home = shown_home(qtbot)
    home.select("windmill")
    home.spin_boxes["reps"].setValue(3)
    assert home.summary_label.text().startswith("3 × 6 s work")
    with qtbot.waitSignal(home.start_requested) as started:
        home.request_start()
    assert started.args[0] == "windmill"
    assert started.args[1]["reps"] == 3


def test_a_session_without_a_drawing_shows_its_text_alone(qtbot: QtBot) -> None:
    plain = replace(BUILTINS["squat"], illustration=None)
    home = shown_home(qtbot, {"squat": plain, "ice": BUILTINS["ice"]})
    home.select("squat")
    assert not home.details.illustration.isVisible()
    assert home.details.illustration.accessibleName() == ""
    home.select("ice")
    assert home.details.illustration.isVisible()
