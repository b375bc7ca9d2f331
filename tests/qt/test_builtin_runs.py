"""Every built-in session, chosen on the session screen, runs to its end and is logged."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hamtimer.core.catalog import PROTOCOL_ORDER
from hamtimer.core.plan import build_plan
from hamtimer.core.records import Outcome
from hamtimer.qt.sound import Cue

from .conftest import Harness


@pytest.mark.parametrize("session_id", PROTOCOL_ORDER)
def test_every_builtin_runs_to_the_end_and_is_logged_as_completed(
    qtbot: QtBot, harness: Harness, session_id: str
) -> None:
    definition = harness.window.sessions[session_id]
    plan = build_plan(definition)
    harness.window.home.select(session_id)
    harness.window.home.request_start()
    harness.run_to_end()
    [record] = harness.log_store.records
    assert (record.session_id, record.outcome) == (session_id, Outcome.COMPLETED)
    assert record.reps_completed == record.reps_planned == plan.reps
    assert (record.ended_at - record.started_at).total_seconds() == plan.total_s
    assert definition.done_message in harness.window.done_view.details_label.text()
    switches = 1 if definition.per_side else 0
    assert harness.player.played.count(Cue.SWITCH_SIDES) == switches


def test_the_windmill_tells_you_to_switch_legs_between_them(qtbot: QtBot, harness: Harness) -> None:
    view = harness.window.runner_view
    harness.window.start_session("windmill")
    harness.run_until(lambda: view.phase_label.text() == "MOVE")
    assert view.rep_label.text() == "Left leg · rep 1 of 5"
    harness.run_until(lambda: view.phase_label.text() == "SWITCH SIDES")
    assert view.rep_label.text() == "Next: right leg"
    assert view.instruction_label.text() == "Switch legs: now stand on your right leg."
    assert view.digits.text() == "10"
    harness.run_until(lambda: view.phase_label.text() == "MOVE")
    assert view.rep_label.text() == "Right leg · rep 1 of 5"
