"""The Today page: the stage, what is due and done, pain ratings, sharp pain, stage moves."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hamtimer.core.journal import EntryKind, PainContext
from hamtimer.core.records import Outcome
from tests.seed import NOW

from .conftest import Harness


def entries(harness: Harness, kind: EntryKind) -> list:  # type: ignore[type-arg]
    return [e for e in harness.window.program.program.journal.entries if e.kind is kind]


def test_a_new_patient_sees_stage_one_with_ice_due_and_the_rice_checklist(
    harness: Harness,
) -> None:
    view = harness.window.today_view
    harness.window.tabs.setCurrentWidget(view)
    assert view.stage_label.text() == "Stage 1 of 4 · First 48 hours: rest and RICE"
    assert view.item_labels["ice"].text() == "○  Ice 0 of 3"
    assert view.rice_box.isVisibleTo(view)
    assert "Enter the day the pain started" in view.offer_label.text()
    assert not view.move_button.isEnabled()


def test_start_on_today_runs_the_ice_and_counts_it(qtbot: QtBot, harness: Harness) -> None:
    view = harness.window.today_view
    harness.window.tabs.setCurrentWidget(view)
    qtbot.mouseClick(view.start_buttons["ice"], Qt.MouseButton.LeftButton)
    harness.run_to_end()
    assert harness.log_store.records[-1].session_id == "ice"
    assert view.item_labels["ice"].text().startswith("○  Ice 1 of 3 — next from ")


def test_a_future_onset_is_refused_with_a_message_and_nothing_saved(harness: Harness) -> None:
    harness.window.program.set_onset(harness.clock.wall_now().date() + timedelta(days=1))
    assert harness.errors.messages == ["The day the pain started cannot be in the future."]
    assert harness.window.program.program.state.onset is None


def test_48_hours_after_onset_the_patient_may_move_on_and_sees_bridge_holds(
    qtbot: QtBot, harness: Harness
) -> None:
    view = harness.window.today_view
    harness.window.tabs.setCurrentWidget(view)
    harness.window.program.set_onset(harness.clock.wall_now().date() - timedelta(days=2))
    assert view.move_button.isEnabled()
    harness.answers.answers.append(True)
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    assert view.stage_label.text() == "Stage 2 of 4 · Isometric bridge holds"
    assert view.item_labels["bridge-hold"].text() == "○  Bridge hold 0 of 2"
    assert [(e.code, e.detail) for e in entries(harness, EntryKind.STAGE)] == [
        ("isometric", "moved on")
    ]
    harness.answers.answers.append(True)
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.stage_label.text().startswith("Stage 1 of 4")


def test_ticking_rice_is_kept_for_the_day(qtbot: QtBot, harness: Harness) -> None:
    view = harness.window.today_view
    harness.window.tabs.setCurrentWidget(view)
    view.rice_checks["ice"].click()
    view.rice_checks["elevation"].click()
    [*_, last] = entries(harness, EntryKind.RICE)
    assert last.items == ("ice", "elevation") and last.day == harness.clock.wall_now().date()


def test_pain_before_and_after_are_one_key_each_and_linked_to_the_session(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.window.home.select("bridge-hold")
    qtbot.keyClick(harness.window, Qt.Key.Key_Space)
    qtbot.keyClick(harness.window, Qt.Key.Key_4)
    qtbot.keyClick(harness.window, Qt.Key.Key_7)  # a second press is ignored
    harness.run_to_end()
    qtbot.keyClick(harness.window, Qt.Key.Key_Plus)
    record = harness.log_store.records[-1]
    ratings = [
        (e.context, e.rating, e.session_started_at) for e in entries(harness, EntryKind.PAIN)
    ]
    assert ratings == [
        (PainContext.BEFORE, 4, record.started_at),
        (PainContext.AFTER, 10, record.started_at),
    ]


def test_p_stops_for_sharp_pain_at_once_and_shows_the_protocols_advice(
    qtbot: QtBot, harness: Harness
) -> None:
    harness.window.home.select("bridge-hold")
    qtbot.keyClick(harness.window, Qt.Key.Key_Space)
    harness.clock.advance(12)
    harness.waker.fire()
    qtbot.keyClick(harness.window, Qt.Key.Key_P)
    record = harness.log_store.records[-1]
    assert (record.outcome, record.stop_reason) == (Outcome.STOPPED, "sharp pain")
    assert harness.answers.questions == []  # no question asked of someone in pain
    assert "stop at the first nagging pain" in harness.window.done_view.details_label.text()
    [sharp] = entries(harness, EntryKind.SHARP_PAIN)
    assert sharp.session_started_at == record.started_at


def test_the_seeded_weeks_show_the_stage_the_reinjury_flag_and_the_offer(
    seeded_harness: Harness,
) -> None:
    view = seeded_harness.window.today_view
    assert view.stage_label.text() == "Stage 3 of 4 · Resistance, once pain-free"
    assert "You have been injured again more than once." in view.flags_label.text()
    assert view.flags_label.isVisibleTo(view)
    assert "About 4 weeks since the pain started: 21 days so far" in view.offer_label.text()
    assert not view.move_button.isEnabled()
    [flag] = entries(seeded_harness, EntryKind.RED_FLAG)
    assert flag.code == "reinjury" and flag.at == NOW
    assert view.onset_edit.date().toPython() == date(2026, 11, 4)


def test_the_morning_rating_is_asked_after_a_day_of_exercise(
    qtbot: QtBot, seeded_harness: Harness
) -> None:
    view = seeded_harness.window.today_view
    assert not view.morning.isVisibleTo(view)  # the seed rated this morning already
    seeded_harness.clock.advance(24 * 3600)
    seeded_harness.window.refresh_today()
    assert view.morning.isVisibleTo(view)
    qtbot.keyClick(seeded_harness.window, Qt.Key.Key_2)
    last = entries(seeded_harness, EntryKind.PAIN)[-1]
    assert (last.context, last.rating) == (PainContext.MORNING_AFTER, 2)
    assert not view.morning.isVisibleTo(view)


def test_the_export_action_hands_the_data_folder_and_clock_to_the_export(
    monkeypatch: object, seeded_harness: Harness
) -> None:
    calls = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        "hamtimer.qt.export_dialog.export_from_window",
        lambda parent, data_dir, now: calls.append((data_dir, now())),
    )
    seeded_harness.window.menus.export_action.trigger()
    assert calls == [(seeded_harness.log_store.path.parent, NOW)]


def test_the_history_tab_shows_the_seeded_weeks_and_a_new_session(
    seeded_harness: Harness,
) -> None:
    window = seeded_harness.window
    window.tabs.setCurrentWidget(window.history_view)
    assert window.history_view.model.rowCount() == 59
    assert "58 of 63" in window.history_view.totals_label.text()
    window.tabs.setCurrentWidget(window.home)
    window.home.select("bridge-hold")
    window.start_session("bridge-hold")
    seeded_harness.run_to_end()
    window.show_home()
    window.tabs.setCurrentWidget(window.history_view)
    assert window.history_view.model.rowCount() == 60


def test_space_on_today_starts_the_first_session_still_due(
    qtbot: QtBot, seeded_harness: Harness
) -> None:
    qtbot.keyClick(seeded_harness.window, Qt.Key.Key_Space)
    engine = seeded_harness.window.runner.engine
    assert engine is not None and engine.plan.definition.id == "nordic-curl"
