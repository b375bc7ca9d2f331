"""Take the screenshots in docs/screenshots from the real window under a real X server.

    xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
        'openbox & sleep 1; PYTHONPATH=. python scripts/screenshots.py docs/screenshots'

(Full screen needs a window manager; openbox is the smallest that honours it.)

The window runs on a fake clock, so each shot shows an exact moment of a session. The
shots are in the light theme unless --theme names another (dark, high-contrast,
high-contrast-dark); --text-scale 2 makes the system font twice its size, as a patient's
desktop setting would; --language es (or de) shows the window in that language, as Settings →
Language would. Any of them takes only Today, the runner and History, named after them
(today-dark.png, runner-hold-200.png, today-es-dark.png).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hamtimer.core.clock import FakeClock
from hamtimer.core.journal_store import JournalStore
from hamtimer.core.log_store import LogStore
from hamtimer.core.patient_program import PatientProgram
from hamtimer.core.program import load_program
from hamtimer.core.program_store import ProgramStore
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.core.settings_store import Settings, SettingsStore
from hamtimer.qt import theme
from hamtimer.qt.language import LANGUAGE_NAMES, Language
from hamtimer.qt.main_window import MainWindow
from hamtimer.qt.preferences import Preferences
from hamtimer.qt.runner import SessionRunner
from hamtimer.qt.sound import SilentPlayer
from hamtimer.qt.sound_controls import SoundControls
from hamtimer.qt.sound_cues import CueChooser
from hamtimer.resources import resource_path
from tests import seed


class ManualWaker:
    def wake_in(self, seconds: float, callback: object) -> None:
        pass

    def cancel(self) -> None:
        pass


def settle(app: QApplication) -> None:
    QTest.qWait(400)  # a script, not a test: let the window manager place the window


def shoot(window: MainWindow, app: QApplication, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))
    print(path)


def main(out: Path, scheme: str = "light", text_scale: float = 1.0, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    Language(language).install(app)
    if text_scale != 1:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * text_scale)
        app.setFont(font)
    theme.apply(app, scheme)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())
    seed.write(data)  # three weeks of rehab, up to 14:30 on 25 November 2026
    clock = FakeClock(seed.NOW)
    store = LogStore(data / "log.jsonl")
    store.load()
    journal = JournalStore(data / "journal.jsonl")
    journal.load()
    state_store = ProgramStore(data / "program-state.json")
    sessions = load_builtin_sessions(resource_path("sessions"))
    program = PatientProgram(
        load_program(resource_path("program.json")),
        state_store, state_store.load()[0], journal, sessions, lambda: store.records,
    )  # fmt: skip
    player = SilentPlayer()
    runner = SessionRunner(clock, ManualWaker(), "0.1.0")
    window = MainWindow(
        sessions=sessions,
        runner=runner,
        log_store=store,
        cues=CueChooser(player),
        sound_controls=SoundControls(
            player, Preferences(SettingsStore(data / "s.json"), Settings())
        ),
        clock=clock,
        program=program,
    )
    suffix = (
        ("" if language == "en" else f"-{language}")
        + ("" if scheme == "light" else f"-{scheme}")
        + ("" if text_scale == 1 else f"-{text_scale:.0%}".rstrip("%"))
    )
    window.resize(*((1000, 760) if text_scale == 1 else (1280, 770)))
    window.show()
    if suffix:
        shoot_variants(window, app, runner, clock, out, suffix)
        return
    shoot(window, app, out / "today.png")
    window.tabs.setCurrentWidget(window.home)
    window.start_session("ice")
    clock.advance(15 + 300)
    runner.refresh()
    window.runner.stop()
    window.show_home()
    window.start_session("bridge-hold")
    clock.advance(10 + 10 + 30 + 3.4)  # rep 2, 6.6 s left of the hold
    runner.refresh()
    shoot(window, app, out / "runner-hold.png")
    window.showFullScreen()
    settle(app)
    shoot(window, app, out / "runner-hold-full-screen.png")
    window.showNormal()
    clock.advance(20)
    runner.refresh()
    shoot(window, app, out / "runner-rest.png")
    clock.advance(100)
    runner.refresh()
    shoot(window, app, out / "done.png")
    window.show_home()
    shoot(window, app, out / "main-window.png")
    window.home.select("windmill")
    shoot(window, app, out / "exercises.png")
    floor_mode(window, app, clock, out)


def floor_mode(window: MainWindow, app: QApplication, clock: FakeClock, out: Path) -> None:
    """Floor mode, full screen: a hold, a 15-minute ice, and a pause."""
    window.sound_controls.preferences.update(floor_mode=True)
    window.start_session("bridge-hold")
    clock.advance(10 + 10 + 30 + 3.4)  # rep 2, 6.6 s left of the hold
    window.runner.refresh()
    shoot(window, app, out / "runner-floor-mode.png")
    window.runner.toggle_pause()
    shoot(window, app, out / "runner-floor-mode-paused.png")
    window.runner.stop()
    window.show_home()
    window.start_session("ice")
    clock.advance(15 + 1)
    window.runner.refresh()
    shoot(window, app, out / "runner-floor-mode-ice.png")
    window.runner.stop()
    window.sound_controls.preferences.update(floor_mode=False)


def shoot_variants(
    window: MainWindow,
    app: QApplication,
    runner: SessionRunner,
    clock: FakeClock,
    out: Path,
    suffix: str,
) -> None:
    """Today, the runner mid-hold and History, in another theme or text size."""
    shoot(window, app, out / f"today{suffix}.png")
    window.start_session("bridge-hold")
    clock.advance(10 + 10 + 30 + 3.4)  # rep 2, 6.6 s left of the hold
    runner.refresh()
    shoot(window, app, out / f"runner-hold{suffix}.png")
    window.runner.stop()
    window.show_home()
    window.tabs.setCurrentWidget(window.history_view)
    shoot(window, app, out / f"history{suffix}.png")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--theme", default="light", choices=list(theme.THEMES))
    parser.add_argument("--text-scale", type=float, default=1.0)
    parser.add_argument("--language", default="en", choices=list(LANGUAGE_NAMES))
    arguments = parser.parse_args()
    main(arguments.out, arguments.theme, arguments.text_scale, arguments.language)
