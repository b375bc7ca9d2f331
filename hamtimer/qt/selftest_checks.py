"""The self-test's Qt checks: what only shows when Qt runs (plugins, audio, timers, painting).

Each check goes through the same Qt classes the app uses, so a bundle missing the SVG
plugin, QtMultimedia's libraries or a platform plugin fails here, not in front of a patient.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QTranslator, QUrl
from PySide6.QtGui import QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import QApplication

from hamtimer import __version__
from hamtimer.cli import Options
from hamtimer.core.clock import ScaledClock, SystemClock
from hamtimer.core.events import RunState
from hamtimer.core.log_store import LogStore
from hamtimer.core.plan import build_plan
from hamtimer.core.records import Outcome, SessionRecord
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.core.voice_lines import ALL_LINES
from hamtimer.paths import prepare_data_dir
from hamtimer.selftest import Check, voice_folders

if TYPE_CHECKING:  # QtMultimedia loads only when a check needs it, as in the app
    from PySide6.QtMultimedia import QSoundEffect

SELFTEST_TIME_SCALE = 1000.0  # the highest --time-scale: a 40 s session takes 40 ms
SELFTEST_SESSION = "bridge-hold"
SELFTEST_CHOICES = {"hold_s": 10, "reps": 2, "rest_s": 15, "get_ready_s": 5}
WAIT_LIMIT_S = 10.0


def qt_checks(resources: Path, work_dir: Path) -> list[Check]:
    """Checks that need a QApplication; it is made here if the caller has none."""
    app = QApplication.instance() or QApplication(["hamtimer-selftest"])
    checks = [Check("Qt platform", lambda: f"{QGuiApplication.platformName()}, Qt {_qt()}")]
    checks.append(Check("QtMultimedia", _audio_outputs))
    sounds = sorted((resources / "sounds").glob("*.wav"))
    # The voice is recorded at 22.05 kHz, the tones at 44.1: a line of each is played.
    voice = sorted((resources / "voice" / "en").glob("*.wav"))
    # Played before the others are loaded: without a media backend (as in the bundle), a
    # QSoundEffect made after others were destroyed can report playing yet stay silent.
    # The app keeps its effects for good, so it never meets that.
    checks.append(Check("sound playback", lambda: _playback(sounds, voice)))
    checks += [_file_check(f"sound {path.name}", _sound_effect, path) for path in sounds]
    for folder in voice_folders(resources):
        checks.append(_file_check(f"voice {folder.name}", _voice_effects, folder))
    for path in sorted((resources / "icons").rglob("*")):
        if path.suffix in (".svg", ".png"):
            name = path.relative_to(resources / "icons").as_posix()
            checks.append(_file_check(f"icon {name}", _icon, path))
    for path in sorted((resources / "illustrations").glob("*.svg")):
        checks.append(_file_check(f"illustration {path.name}", _icon, path))
    for path in sorted((resources / "translations").glob("*.qm")):
        checks.append(_file_check(f"translation {path.name}", _translation, path))
    checks.append(Check("locale data (ICU)", _locale_data))
    record_box: list[SessionRecord] = []
    checks.append(Check("session", lambda: _session(resources, record_box)))
    checks.append(Check("log", lambda: _log_round_trip(work_dir / "log.jsonl", record_box)))
    checks.append(Check("main window", lambda: _main_window(resources, work_dir, app)))
    checks.append(Check("clinician report PDF", lambda: _report_pdf(work_dir)))
    return checks


def _locale_data() -> str:
    """ICU answers for the app's languages (the Linux bundle carries a trimmed copy of its
    data, packaging/icu_trim.py): Spanish sorts ñ after n, German Ä with A, zone names."""
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone

    spanish, german = QCollator(QLocale("es")), QCollator(QLocale("de"))
    if not (spanish.compare("ñu", "nube") > 0 and german.compare("Äpfel", "Banane") < 0):
        raise ValueError("collation does not follow Spanish and German")
    zone = QTimeZone(b"Europe/Madrid").displayName(
        QDateTime.currentDateTime(), QTimeZone.NameType.LongName, QLocale("es")
    )
    if not zone:
        raise ValueError("no time zone names")
    return f"es and de collation; Europe/Madrid is {zone!r} in Spanish"


def _report_pdf(work_dir: Path) -> str:
    """The report of the self-test's session, with its chart: QPdfWriter and QtCharts."""
    from datetime import datetime

    from hamtimer.export import ExportRequest, export_report

    output = work_dir / "report.pdf"
    now = datetime.now().astimezone()
    export_report(ExportRequest("pdf", None, None, output), work_dir, now)
    data = output.read_bytes()
    if not data.startswith(b"%PDF") or b"/Page" not in data:
        raise RuntimeError("the report is not a PDF with pages")
    return f"{len(data) // 1024} KiB written"


def _file_check(name: str, test: Callable[[Path], str], path: Path) -> Check:
    return Check(name, lambda: test(path))


def wait_until(done: Callable[[], bool], limit_s: float = WAIT_LIMIT_S) -> bool:
    """Run Qt's event loop until `done()` or the limit, checking every few milliseconds."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    if not done():
        poll.start(5)
        deadline.start(round(limit_s * 1000))
        loop.exec()
        poll.stop()
        deadline.stop()
    return done()


def _qt() -> str:
    import PySide6

    return str(PySide6.__version__)


def _audio_outputs() -> str:
    from PySide6.QtMultimedia import QMediaDevices

    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return "loaded; no audio output here, so the sounds are checked by their headers only"
    return f"loaded; output {QMediaDevices.defaultAudioOutput().description()!r}"


def _sound_effect(path: Path) -> str:
    """With an audio output, QSoundEffect loads the WAV to Ready, as the app's player does."""
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        return "skipped: no audio output"
    _loaded_effect(path)
    return "QSoundEffect ready"


def _voice_effects(folder: Path) -> str:
    """With an audio output, every line of one language's voice loads in QSoundEffect."""
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        return "skipped: no audio output"
    for line in ALL_LINES:
        _loaded_effect(folder / line.file_name)
    return f"{len(ALL_LINES)} lines, QSoundEffect ready"


def _playback(sounds: list[Path], voice: list[Path]) -> str:
    """With an audio output, play the shortest tone, then the shortest voice line, each to
    its end: the whole sound path works at both sample rates. Both are loaded first."""
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        return "skipped: no audio output"
    if not sounds or not voice:
        raise FileNotFoundError("no sounds to play" if not sounds else "no voice lines to play")
    paths = [min(files, key=lambda sound: sound.stat().st_size) for files in (sounds, voice)]
    effects = [_loaded_effect(path) for path in paths]
    started = time.monotonic()
    for path, effect in zip(paths, effects, strict=True):
        _play_to_end(path, effect)
    output = QMediaDevices.defaultAudioOutput().description()
    names = " and ".join(path.name for path in paths)
    return f"{names} to {output!r} in {time.monotonic() - started:.2f} s"


def _play_to_end(path: Path, effect: QSoundEffect) -> None:
    effect.play()
    wait_until(effect.isPlaying, 2.0)
    if not wait_until(lambda: not effect.isPlaying()):
        raise RuntimeError(f"{path.name} was still playing after {WAIT_LIMIT_S:g} s")


def _loaded_effect(path: Path) -> QSoundEffect:
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(path)))
    settled = (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)
    wait_until(lambda: effect.status() in settled)
    if effect.status() != QSoundEffect.Status.Ready:
        raise RuntimeError(f"QSoundEffect status {effect.status().name}")
    return effect


def _icon(path: Path) -> str:
    if path.suffix == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            raise ValueError("not a valid SVG")
    else:
        image = QImage(str(path))
        if image.isNull():
            raise ValueError("not a readable image")
    pixmap = QIcon(str(path)).pixmap(64, 64)  # through the icon engine, as the window does
    if pixmap.isNull():
        raise ValueError("QIcon gives no pixmap")
    return f"{pixmap.width()}×{pixmap.height()} pixmap"


def _translation(path: Path) -> str:
    translator = QTranslator()
    if not translator.load(str(path)):
        raise ValueError("QTranslator cannot load it")
    return f"language {translator.language() or '?'}"


def _session(resources: Path, record_box: list[SessionRecord]) -> str:
    """A short bridge hold through the real engine, clock, runner and Qt timer."""
    from hamtimer.qt.runner import SessionRunner
    from hamtimer.qt.waker import QtWaker

    definition = load_builtin_sessions(resources / "sessions")[SELFTEST_SESSION]
    plan = build_plan(definition, SELFTEST_CHOICES)
    clock = ScaledClock(SystemClock(), SELFTEST_TIME_SCALE)
    runner = SessionRunner(clock, QtWaker(), __version__, SELFTEST_TIME_SCALE)
    phases: list[object] = []
    ticks: list[int] = []
    runner.phase_started.connect(phases.append)
    runner.countdown.connect(ticks.append)
    runner.ended.connect(record_box.append)
    runner.start(plan)
    if not wait_until(lambda: bool(record_box)):
        state = runner.engine.state if runner.engine else RunState.IDLE
        raise RuntimeError(f"the session did not end within {WAIT_LIMIT_S:g} s ({state.value})")
    record = record_box[0]
    if record.outcome is not Outcome.COMPLETED or record.reps_completed != plan.reps:
        raise RuntimeError(f"ended {record.outcome.value} with {record.reps_completed} reps")
    if len(phases) != len(plan.phases):
        raise RuntimeError(f"{len(phases)} phases started, {len(plan.phases)} planned")
    return (
        f"{definition.id}, {plan.total_s:g} s at {SELFTEST_TIME_SCALE:g}×: "
        f"{len(phases)} phases, {len(ticks)} countdown ticks, {record.reps_completed} reps"
    )


def _log_round_trip(log_file: Path, record_box: list[SessionRecord]) -> str:
    if not record_box:
        raise RuntimeError("no session record to write (the session check failed)")
    LogStore(log_file).append(record_box[0])
    reread = LogStore(log_file)
    report = reread.load()
    if report.message() or [r.to_json() for r in reread.records] != [record_box[0].to_json()]:
        raise RuntimeError(f"the record did not read back ({report.message()})")
    return f"wrote and re-read 1 record in {log_file}"


def _main_window(resources: Path, work_dir: Path, app: QCoreApplication) -> str:
    """The real window, built as the app builds it, painted offscreen."""
    from hamtimer.qt.app import build_window

    assert isinstance(app, QApplication)
    sessions = load_builtin_sessions(resources / "sessions")
    paths = prepare_data_dir(work_dir / "window")
    window = build_window(app, Options(paths.data_dir, None, 1.0), paths, sessions)
    try:
        image = window.grab().toImage()
        if image.isNull() or image.width() == 0:
            raise RuntimeError("the window painted nothing")
        colours = len({image.pixel(x, image.height() // 3) for x in range(0, image.width(), 8)})
        return f"{image.width()}×{image.height()} painted, {colours} colours across one line"
    finally:
        window.shutdown("self-test")
        window.deleteLater()
