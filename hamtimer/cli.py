"""The command line: every bad option or value is one line and exit code 2, before any window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from hamtimer import APP_NAME, __version__
from hamtimer.core import limits

USAGE_ERROR = 2
SELFTEST_OPTION = "--selftest"


class UsageError(Exception):
    """A bad command line; the message is the one line the user sees."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


@dataclass(frozen=True)
class Options:
    data_dir: Path | None
    start: str | None
    time_scale: float
    selftest: bool = False


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="Hands-free timer and log for home rehab of hamstring tendonitis.",
        epilog="Not a diagnosis or a substitute for a clinician.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep the log and settings in DIR instead of the user data folder (portable use)",
    )
    parser.add_argument(
        "--start", metavar="ID", help="open the window and start session ID at once (e.g. ice)"
    )
    parser.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        metavar="F",
        help=(
            "run every timer F times faster, for demos and tests only "
            f"({limits.MIN_TIME_SCALE:g}–{limits.MAX_TIME_SCALE:g}; logged with the session)"
        ),
    )
    parser.add_argument(
        SELFTEST_OPTION,
        action="store_true",
        help="check, with no window, that this install has everything it needs; exit 0 or 1",
    )
    return parser


def parse_options(
    argv: list[str],
    known_ids: set[str],
    own_ids: Callable[[Path | None], Collection[str]] | None = None,
) -> Options:
    """Parse and check everything that can be checked before Qt starts.

    `own_ids(data_dir)` gives the ids of the patient's own sessions in that data folder
    (None: the default one), read without changing anything there.
    """
    args = build_parser().parse_args(argv)
    scale = args.time_scale
    if not limits.MIN_TIME_SCALE <= scale <= limits.MAX_TIME_SCALE:  # also refuses nan
        raise UsageError(
            f"--time-scale must be from {limits.MIN_TIME_SCALE:g} to "
            f"{limits.MAX_TIME_SCALE:g}, not {scale:g}"
        )
    if args.start is not None and args.start not in known_ids and own_ids is not None:
        known_ids = known_ids | set(own_ids(args.data_dir))
    if args.start is not None and args.start not in known_ids:
        raise UsageError(
            f"--start: no session {args.start!r}; choose one of {', '.join(sorted(known_ids))}"
        )
    if args.data_dir is not None and args.data_dir.exists() and not args.data_dir.is_dir():
        raise UsageError(f"--data-dir: {args.data_dir} exists and is not a directory")
    return Options(
        data_dir=args.data_dir, start=args.start, time_scale=scale, selftest=args.selftest
    )


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    raise SystemExit(code)
