"""`hamtimer --selftest`: proves that an install or a frozen bundle has everything it needs.

A bundle can build and still lack a plugin, a library or a resource that only shows when a
patient opens it; this walks what the app uses, with no screen, and says what is missing.
It loads every bundled resource the way the app does, imports every module of the app, runs
a short session through the real engine at a high time scale, writes and re-reads a log
record and paints the real window, printing one line per check. It works in a temporary
data folder (inside --data-dir when one is given) and never touches the patient's data.
Exit code 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import sys
import tempfile
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from xml.etree import ElementTree

import hamtimer
from hamtimer import APP_ID, APP_NAME, __version__
from hamtimer.cli import UsageError, fail, parse_options
from hamtimer.core.program import load_program
from hamtimer.core.session_loader import load_session_file
from hamtimer.core.voice_lines import ALL_LINES
from hamtimer.resources import resources_dir

logger = logging.getLogger(__name__)

PASSED, FAILED = 0, 1
# The entry point runs the app; it is not a module the app imports.
NOT_IMPORTED = {"hamtimer.__main__"}
# Folders of resources/ that a check below or in hamtimer.qt.selftest_checks walks.
KNOWN_FOLDERS = {
    "sessions", "sounds", "voice", "icons", "translations", "desktop", "illustrations"
}  # fmt: skip


@dataclass(frozen=True)
class Check:
    """One thing to prove; `run` returns a short detail, or raises with what is wrong."""

    name: str
    run: Callable[[], str]


def run_checks(checks: list[Check], out: TextIO) -> int:
    """Run every check even after a failure, print one line each, and return the exit code."""
    failed = 0
    for check in checks:
        try:
            detail = check.run()
        except Exception as error:  # each failure is printed, then the next check runs
            failed += 1
            logger.debug("self-test check %s failed", check.name, exc_info=True)
            print(f"FAIL {check.name}: {type(error).__name__}: {error}", file=out, flush=True)
        else:
            print(f"ok   {check.name}" + (f": {detail}" if detail else ""), file=out, flush=True)
    passed = len(checks) - failed
    print(f"self-test: {passed} of {len(checks)} checks passed", file=out, flush=True)
    return PASSED if failed == 0 else FAILED


def selftest_command(argv: list[str]) -> int:
    """`hamtimer --selftest [--data-dir DIR]`; other options are checked, then ignored."""
    try:
        resources = resources_dir()
    except FileNotFoundError as e:
        print(f"FAIL resources folder: {e}", flush=True)
        return FAILED
    session_ids = {path.stem for path in (resources / "sessions").glob("*.json")}
    try:
        options = parse_options(argv, session_ids)  # the sessions load as a check, later
    except UsageError as e:
        fail(str(e))
    return run_selftest(resources, options.data_dir)


def run_selftest(
    resources: Path, data_parent: Path | None = None, out: TextIO | None = None
) -> int:
    """Check `resources` and the app in a fresh temporary data folder under `data_parent`."""
    out = out if out is not None else sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if data_parent is not None:
        data_parent.mkdir(parents=True, exist_ok=True)
    print(f"self-test of {APP_NAME} {__version__} ({_how_run()})", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-selftest-", dir=data_parent) as work:
        from hamtimer.qt.selftest_checks import qt_checks  # Qt loads after the plain checks

        checks = [*module_checks(), *resource_checks(resources)]
        checks.extend(qt_checks(resources, Path(work)))
        return run_checks(checks, out)


def module_checks() -> list[Check]:
    """Every module of the app imports: a bundle that missed a dependency fails here."""
    names = sorted(
        module.name
        for module in pkgutil.walk_packages(hamtimer.__path__, "hamtimer.")
        if module.name not in NOT_IMPORTED
    )
    return [Check(f"import {name}", _importer(name)) for name in names]


def resource_checks(resources: Path) -> list[Check]:
    """The Qt-free checks of each resource file, by folder: sessions, sounds, desktop files."""
    checks = [Check("resources folder", lambda: _existing_dir(resources))]
    checks += [_check(path, _session) for path in _files(resources / "sessions", "*.json")]
    checks += [_check(path, _wav_header) for path in _files(resources / "sounds", "*.wav")]
    checks += [_check(folder, _voice) for folder in voice_folders(resources)]
    checks += [_check(path, _desktop_entry) for path in _files(resources / "desktop", "*.desktop")]
    checks += [_check(path, _metainfo) for path in _files(resources / "desktop", "*.xml")]
    checks.append(_check(resources / "program.json", _program))
    folders = resources.iterdir() if resources.is_dir() else iter(())
    unknown = sorted(p.name for p in folders if p.is_dir() and p.name not in KNOWN_FOLDERS)
    if unknown:  # a new kind of resource: say so, so that someone adds its check
        checks.append(Check("resources not checked", lambda: ", ".join(unknown)))
    return checks


def voice_folders(resources: Path) -> list[Path]:
    """resources/voice/<lang> of every language shipped with a voice; English always."""
    voice = resources / "voice"
    shipped = {p.name for p in voice.iterdir() if p.is_dir()} if voice.is_dir() else set()
    return [voice / language for language in sorted(shipped | {"en"})]


def _files(folder: Path, pattern: str) -> Iterator[Path]:
    return iter(sorted(folder.rglob(pattern))) if folder.is_dir() else iter(())


def _check(path: Path, test: Callable[[Path], str]) -> Check:
    return Check(f"{path.parent.name}/{path.name}", lambda: test(path))


def _importer(name: str) -> Callable[[], str]:
    def run() -> str:
        importlib.import_module(name)
        return ""

    return run


def _how_run() -> str:
    return "frozen bundle" if getattr(sys, "frozen", False) else f"Python {sys.version.split()[0]}"


def _existing_dir(path: Path) -> str:
    if not path.is_dir():
        raise FileNotFoundError(f"{path} is not a folder")
    return str(path)


def _session(path: Path) -> str:
    definition = load_session_file(path, builtin=True)
    return f"{definition.id} ({definition.name})"


def _program(path: Path) -> str:
    program = load_program(path)
    return f"{len(program.stages)} stages"


def _wav_header(path: Path) -> str:
    with wave.open(str(path), "rb") as sound:
        frames, rate = sound.getnframes(), sound.getframerate()
        channels, width = sound.getnchannels(), sound.getsampwidth()
    if frames == 0 or rate == 0:
        raise ValueError(f"{path.name} holds no sound")
    return f"WAV {channels} ch, {8 * width} bit, {rate} Hz, {frames / rate:.2f} s"


def _voice(folder: Path) -> str:
    """Every voice line of one language is there, each a WAV with sound in it."""
    missing = [line.file_name for line in ALL_LINES if not (folder / line.file_name).is_file()]
    if missing:
        raise FileNotFoundError(f"{len(missing)} voice line(s) missing: {', '.join(missing)}")
    for line in ALL_LINES:
        _wav_header(folder / line.file_name)
    size = sum((folder / line.file_name).stat().st_size for line in ALL_LINES)
    return f"{len(ALL_LINES)} lines, {size / 1024:.0f} KiB"


def _desktop_entry(path: Path) -> str:
    """The keys a desktop needs to launch and name the app, by the app's one id."""
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and fields:
            break  # only the main group matters here; the tests check the actions
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip()
    if fields.get("Icon") != APP_ID or not fields.get("Exec", "").startswith(APP_NAME):
        raise ValueError(f"Icon must be {APP_ID} and Exec must start with {APP_NAME}")
    return f"Exec={fields['Exec']}"


def _metainfo(path: Path) -> str:
    component_id = ElementTree.parse(path).getroot().findtext("id")
    if component_id != APP_ID:
        raise ValueError(f"id is {component_id!r}, not {APP_ID}")
    return f"id {component_id}"
