"""`hamtimer export`: the clinician report from the command line, with no window.

A bad option, date, range or output name is one line and exit code 2; data that cannot be
read or a file that cannot be written is one line and exit code 1. Either way nothing is
written. On success it says what it wrote.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from hamtimer import APP_NAME
from hamtimer.cli import UsageError, fail
from hamtimer.core.report_range import EXAMPLE_DAY, ReportRangeError, parse_day
from hamtimer.export import FORMATS, ExportError, ExportRequest, export_report, refuse_data_file
from hamtimer.paths import default_data_dir

IO_ERROR = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{APP_NAME} export",
        description="Write a report of the logged sessions for a clinician: a CSV table "
        "(one row per session) or a printable PDF.",
        epilog="Reads the data folder without changing it; works while hamtimer is open. "
        "An existing output file is replaced.",
    )
    parser.add_argument("--format", required=True, choices=FORMATS, help="csv or pdf")
    parser.add_argument(
        "--from", dest="first", metavar="DATE", help=f"first day, like {EXAMPLE_DAY} "
        "(default: the first logged day)"
    )  # fmt: skip
    parser.add_argument("--to", dest="last", metavar="DATE", help="last day (default: today)")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", help="read the data from DIR (see hamtimer --help)"
    )
    return parser


def run_export_command(argv: list[str]) -> int:
    """Parse, export, report; exits through fail() with code 2 or 1 on an error."""
    try:
        request, data_dir = parse_export_args(argv)
    except (UsageError, ReportRangeError) as error:
        fail(str(error))
    except ExportError as error:
        fail(str(error), IO_ERROR)
    try:
        result = export_report(request, data_dir, datetime.now().astimezone())
    except ReportRangeError as error:
        fail(str(error))
    except ExportError as error:
        fail(str(error), IO_ERROR)
    for problem in result.problems:
        print(f"{APP_NAME}: warning: {problem}", file=sys.stderr)
    print(result.message())
    return 0


def parse_export_args(argv: list[str]) -> tuple[ExportRequest, Path]:
    """Everything that can be checked before reading any data; raises UsageError, or
    ExportError when there is no data folder to read."""
    args = build_parser().parse_args(argv)
    first = parse_day(args.first, "--from") if args.first is not None else None
    last = parse_day(args.last, "--to") if args.last is not None else None
    output: Path = args.output
    if output.is_dir():
        raise UsageError(f"-o: {output} is a folder; give a file name")
    if not output.expanduser().resolve().parent.is_dir():
        raise UsageError(f"-o: the folder {output.parent} does not exist")
    data_dir = _data_dir(args.data_dir)
    try:
        refuse_data_file(output, data_dir)
    except ExportError as error:
        raise UsageError(f"-o: {error}") from None
    return ExportRequest(args.format, first, last, output), data_dir


def _data_dir(given: Path | None) -> Path:
    if given is None:
        found = default_data_dir()
        if not found.is_dir():
            raise ExportError(f"nothing to export: no data folder at {found} (see --data-dir)")
        return found
    if not given.exists():
        raise UsageError(f"--data-dir: {given} does not exist")
    if not given.is_dir():
        raise UsageError(f"--data-dir: {given} exists and is not a directory")
    return given
