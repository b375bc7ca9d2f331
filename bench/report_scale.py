"""How long `hamtimer export` takes, and how big its files are, for the seeded three weeks
and for a long history (10k sessions by default: four a day for about seven years, each
with a pain rating before and after).

Each figure is the median of --runs runs of the real command line in a child process
(start-up included), beside `hamtimer --version` as the floor of starting Python at all.

    python bench/report_scale.py [--sessions 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import _common  # sets QT_QPA_PLATFORM and sys.path

from hamtimer.core.journal import PainContext, pain
from hamtimer.core.journal_store import encode_entry
from hamtimer.core.log_store import encode_record
from hamtimer.core.records import Outcome, SessionRecord
from tests.seed import write as write_seeded

HOURS = (9, 12, 15, 18)


def long_history(data_dir: Path, sessions: int) -> None:
    """`sessions` completed bridge holds, four a day, ending today, with pain ratings."""
    today = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    first_day = today - timedelta(days=sessions // len(HOURS))
    records, entries = [], []
    for n in range(sessions):
        day, slot = divmod(n, len(HOURS))
        started = first_day.replace(hour=HOURS[slot]) + timedelta(days=day)
        record = SessionRecord("bridge-hold", "Bridge hold", {"hold_s": 12, "reps": 3},
                               started, started + timedelta(minutes=2), 36.0, 36.0, 3, 3,
                               Outcome.COMPLETED, "0.1.0")  # fmt: skip
        records.append(encode_record(record))
        entries.append(encode_entry(pain(started, n % 7, PainContext.BEFORE, record.session_id,
                                         started)))  # fmt: skip
        entries.append(encode_entry(pain(record.ended_at, n % 5, PainContext.AFTER,
                                         record.session_id, started)))  # fmt: skip
    (data_dir / "log.jsonl").write_bytes(b"".join(records))
    (data_dir / "journal.jsonl").write_bytes(b"".join(entries))


def run(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hamtimer", *args], check=True,
                   capture_output=True, cwd=_common.REPO_ROOT, env=_common.child_env())  # fmt: skip
    return time.perf_counter() - began


def measure(name: str, data_dir: Path, range_args: list[str], runs: int) -> None:
    for file_format in ("csv", "pdf"):
        output = data_dir / f"{name}.{file_format}"
        args = ["export", "--format", file_format, *range_args, "-o", str(output)]
        seconds = _common.median(run([*args, "--data-dir", str(data_dir)]) for _ in range(runs))
        pages = _pages(output) if file_format == "pdf" else ""
        print(f"{name:>8} {file_format}: {seconds:6.2f} s  {output.stat().st_size / 1024:8.0f} KiB"
              f"  {pages}")  # fmt: skip


def _pages(path: Path) -> str:
    return f"{path.read_bytes().count(b'/Type /Page' + bytes([10]))} pages"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    floor = _common.median(run(["--version"]) for _ in range(options.runs))
    print(f"{'floor':>8}: {floor:6.2f} s  (hamtimer --version)")
    with tempfile.TemporaryDirectory(prefix="hamtimer-bench-") as folder:
        seeded, long = Path(folder, "seeded"), Path(folder, "long")
        write_seeded(seeded)
        measure("seeded", seeded, ["--from", "2026-11-04", "--to", "2026-11-25"], options.runs)
        long.mkdir()
        long_history(long, options.sessions)
        measure(f"{options.sessions // 1000}k", long, [], options.runs)


if __name__ == "__main__":
    main()
