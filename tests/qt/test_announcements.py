"""What a screen reader says during a session: phases, the last three seconds, pauses, the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hamtimer.core.clock import FakeClock
from hamtimer.qt.announcer import AccessibleAnnouncer, spoken_time
from hamtimer.qt.language import Language

from .conftest import Harness, make_harness


class RecordingAnnouncer:
    """Stands in for the screen reader: keeps what it was asked to say."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def announce(self, message: str) -> None:
        self.said.append(message)


ONE_BRIDGE_REP = [
    "Get ready, 10 seconds. Lie on your back, knees bent, feet flat on the floor.",
    "3",
    "2",
    "1",
    "Rep 1 of 3. Hold, 12 seconds",
    "3",
    "2",
    "1",
    "Rest, 30 seconds",
    "3",
    "2",
    "1",
    "Rep 2 of 3. Hold, 12 seconds",
]


@pytest.fixture
def heard(qtbot: QtBot, data_dir: Path) -> tuple[Harness, RecordingAnnouncer]:
    recorder = RecordingAnnouncer()
    harness = make_harness(
        qtbot, data_dir, FakeClock(), announcer=lambda _answers, _errors: recorder
    )
    return harness, recorder


def test_one_bridge_rep_is_announced_phase_by_phase_with_the_last_three_seconds(
    heard: tuple[Harness, RecordingAnnouncer],
) -> None:
    harness, recorder = heard
    harness.window.start_session("bridge-hold", {"hold_s": 12})
    view = harness.window.runner_view
    harness.run_until(lambda: view.rep_label.text() == "Rep 2 of 3")
    assert recorder.said == ONE_BRIDGE_REP


def test_the_transcript_in_the_accessibility_guide_is_the_one_heard() -> None:
    guide = (Path(__file__).parents[2] / "docs" / "ACCESSIBILITY.md").read_text("utf-8")
    quoted = "\n".join(f"{n}. “{line}”" for n, line in enumerate(ONE_BRIDGE_REP, start=1))
    assert quoted in guide


def test_the_end_of_a_session_is_announced_as_done(
    heard: tuple[Harness, RecordingAnnouncer],
) -> None:
    harness, recorder = heard
    harness.window.start_session("bridge-hold", {"reps": 2})
    harness.run_to_end()
    assert recorder.said[-4:] == ["3", "2", "1", "Done"]


def test_pause_and_resume_are_announced_with_the_time_left(
    qtbot: QtBot, heard: tuple[Harness, RecordingAnnouncer]
) -> None:
    harness, recorder = heard
    harness.window.start_session("bridge-hold")
    harness.run_until(lambda: harness.window.runner_view.digits.text() == "7")
    qtbot.keyClick(harness.window, Qt.Key.Key_Space)
    qtbot.keyClick(harness.window, Qt.Key.Key_Space)
    assert recorder.said[-2:] == ["Paused", "Going on. Get ready, 7 seconds left"]


def test_a_stop_is_announced(heard: tuple[Harness, RecordingAnnouncer]) -> None:
    harness, recorder = heard
    harness.window.start_session("bridge-hold")
    harness.window.stop_for_sharp_pain()
    assert recorder.said[-1] == "Stopped"


def test_after_a_stall_only_the_newest_news_is_said_once(
    heard: tuple[Harness, RecordingAnnouncer],
) -> None:
    harness, recorder = heard
    harness.window.start_session("bridge-hold")
    harness.clock.advance(10 + 4)  # get ready's countdown and the hold's start, in one refresh
    harness.window.runner.refresh()
    assert recorder.said[1:] == ["Rep 1 of 3. Hold, 6 seconds"]


def test_skipping_announces_the_phase_skipped_to(
    qtbot: QtBot, heard: tuple[Harness, RecordingAnnouncer]
) -> None:
    harness, recorder = heard
    harness.window.start_session("bridge-hold")
    qtbot.keyClick(harness.window, Qt.Key.Key_Right)
    qtbot.keyClick(harness.window, Qt.Key.Key_Right)
    assert recorder.said[1:] == ["Rep 1 of 3. Hold, 10 seconds", "Rest, 30 seconds"]


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(1, "1 second"), (12, "12 seconds"), (60, "1 minute"), (900, "15 minutes"),
     (899, "14 minutes 59 seconds"), (61, "1 minute 1 second")],
)  # fmt: skip
def test_times_are_said_in_words(seconds: int, said: str) -> None:
    assert spoken_time(seconds) == said


def test_the_real_announcer_sends_an_event_without_complaint(harness: Harness) -> None:
    AccessibleAnnouncer(harness.window.runner_view).announce("Rest, 30 seconds")


def test_a_pause_for_a_sleeping_computer_says_why(
    heard: tuple[Harness, RecordingAnnouncer],
) -> None:
    harness, recorder = heard
    harness.window.start_session("bridge-hold")
    harness.clock.suspend(600)
    harness.window.runner.refresh()
    assert recorder.said[-1] == "Paused: your computer was asleep"


PHASES_HEARD = {
    "es": [
        "Prepárate, 10 segundos. Acuéstate boca arriba, con las rodillas dobladas y los pies "
        "apoyados en el suelo.",
        "Repetición 1 de 3. Mantén, 12 segundos",
        "Descansa, 30 segundos",
        "Repetición 2 de 3. Mantén, 12 segundos",
    ],
    "de": [
        "Bereit machen, 10 Sekunden. Legen Sie sich auf den Rücken, die Knie gebeugt, die Füße "
        "flach auf dem Boden.",
        "Wiederholung 1 von 3. Halten, 12 Sekunden",
        "Pause, 30 Sekunden",
        "Wiederholung 2 von 3. Halten, 12 Sekunden",
    ],
}


@pytest.mark.parametrize("code", sorted(PHASES_HEARD))
def test_a_screen_reader_hears_the_rep_in_the_patient_s_language(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, code: str
) -> None:
    language = Language(code)
    language.install(qapp)
    try:
        recorder = RecordingAnnouncer()
        harness = make_harness(
            qtbot, data_dir, FakeClock(), announcer=lambda _answers, _errors: recorder
        )
        harness.window.start_session("bridge-hold", {"hold_s": 12})
        harness.run_until(lambda: len(recorder.said) == len(ONE_BRIDGE_REP))
    finally:
        language.uninstall(qapp)
    assert recorder.said[::4] == PHASES_HEARD[code]
    assert recorder.said[1:4] == ["3", "2", "1"]
