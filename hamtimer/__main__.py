"""Entry point for `hamtimer` and `python -m hamtimer`: the command line is checked first."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from hamtimer import APP_NAME, diagnostics
from hamtimer.cli import SELFTEST_OPTION, UsageError, fail, parse_options
from hamtimer.core.custom_sessions import peek_session_ids
from hamtimer.core.instance_lock import InstanceLock
from hamtimer.core.session import SessionError
from hamtimer.core.session_loader import load_builtin_sessions
from hamtimer.paths import data_paths_for, log_dir, prepare_data_dir
from hamtimer.resources import resource_path
from hamtimer.windows_id import set_app_user_model_id

ALREADY_RUNNING = 1


def main(argv: list[str] | None = None) -> int:
    diagnostics.ensure_std_streams()  # a windowed app on Windows has no stderr to print to
    logging.basicConfig(
        level=os.environ.get("HAMTIMER_LOG_LEVEL", "WARNING").upper(),
        format="%(asctime)s %(name)s %(levelname)s: %(message)s",
    )
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["export"]:  # `hamtimer export ...`: a report, no window (export_cli.py)
        from hamtimer.export_cli import run_export_command

        return run_export_command(args[1:])
    if SELFTEST_OPTION in args:  # it checks the built-in sessions itself, so it goes first
        from hamtimer.selftest import selftest_command

        return selftest_command(args)
    set_app_user_model_id()
    try:
        sessions = load_builtin_sessions(resource_path("sessions"))
    except (SessionError, FileNotFoundError) as e:
        fail(f"the built-in sessions cannot be used: {e}", 1)
    try:
        options = parse_options(
            args,
            set(sessions),
            lambda data_dir: peek_session_ids(data_paths_for(data_dir).sessions_dir),
        )
    except UsageError as e:
        fail(str(e))
    try:
        paths = prepare_data_dir(options.data_dir)
    except OSError as e:
        fail(f"--data-dir: cannot use {options.data_dir or 'the data folder'}: {e.strerror or e}")
    diagnostics.install(log_dir(options.data_dir))
    lock = InstanceLock(paths.lock_file)
    if not lock.acquire():
        return _hand_over(paths.data_dir, options.start)
    try:
        from hamtimer.qt.app import run_app  # Qt loads only once the command line is good

        return run_app(options, paths, sessions)
    finally:
        lock.release()


def _hand_over(data_dir: Path, start: str | None) -> int:
    """Another hamtimer owns this data folder: pass it our request, or say why we can't."""
    from hamtimer.qt.single_instance import hand_to_running

    if hand_to_running(data_dir, start):
        return 0
    fail(
        f"{APP_NAME} is already running with the data folder {data_dir}, "
        "and did not answer; close it and try again",
        ALREADY_RUNNING,
    )


if __name__ == "__main__":
    sys.exit(main())
