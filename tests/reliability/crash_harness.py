"""Kills log-writing children at random points and checks that no acknowledged session is lost.

Several children run at once, each on its own log file, which is reused across kills so
every new child appends on top of whatever the last kill left. After each SIGKILL the
parent loads the file with the real LogStore and checks that every record the child
acknowledged is there, once, and that the file reads cleanly after the load's repair.

Between kills the parent sometimes leaves a half-written line at the end of the file, as
a power cut could, so the next child appends on top of a torn tail (or, with
--load-first, repairs it itself and may be killed while doing so).

Used by tests/reliability/test_crash_kill.py (CI) and bench/crash_long.py (long mode).
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hamtimer.core.log_store import LogStore, encode_record
from hamtimer.core.safe_files import QUARANTINE_MARK

from .crash_child import crash_record, record_key

REPO_ROOT = Path(__file__).resolve().parents[2]
TORN_CHILD_ID = -1  # records the parent tears on purpose; never acknowledged
MAX_LINES_BEFORE_KILL = 12
MAX_KILL_OFFSET_S = 0.004
KILL_IN_LOAD_CHANCE = 0.25
MAX_LOAD_OFFSET_S = 0.02  # a load of a few hundred lines plus a repair takes ~5-15 ms
TORN_TAIL_CHANCE = 0.25
LOAD_FIRST_CHANCE = 0.5
FRESH_FILE_AFTER = 400  # records; keeps each check's load short, yet spans dozens of kills


class CrashHarnessError(AssertionError):
    """A lost record, a duplicate, a load that failed, or a harness that ran out of time."""


@dataclass
class CrashFigures:
    kills: int = 0
    acked: int = 0
    found: int = 0
    written_unacked: int = 0
    torn_tails_injected: int = 0
    torn_tails_recovered: int = 0
    kept_copies: int = 0
    repairs_interrupted: int = 0
    wall_s: float = 0.0

    @property
    def lost(self) -> int:
        return self.acked - self.found

    def lines(self, seed: int) -> list[str]:
        rows = [
            ("seed", str(seed)),
            ("kills (SIGKILL)", str(self.kills)),
            ("records acked", str(self.acked)),
            ("acked records found after the kills", str(self.found)),
            ("lost", str(self.lost)),
            ("written but killed before the ACK", str(self.written_unacked)),
            ("torn tails left by the harness", str(self.torn_tails_injected)),
            ("torn lines set aside by the check's load", str(self.torn_tails_recovered)),
            ("kept copies made (checks and children)", str(self.kept_copies)),
            ("repairs cut short by a kill", str(self.repairs_interrupted)),
            ("wall time", f"{self.wall_s:.1f} s"),
        ]
        return [f"{label:<42}{value}" for label, value in rows]


@dataclass
class _LogFile:
    path: Path
    acked: set[tuple[int, int]] = field(default_factory=set)
    found: int = 0
    written_unacked: int = 0
    records: int = 0
    retired: list[_LogFile] = field(default_factory=list)

    def fresh_file_if_long(self) -> None:
        """Start a new file once this one is long, keeping the old one's figures."""
        if self.records < FRESH_FILE_AFTER:
            return
        old = _LogFile(self.path, self.acked, self.found, self.written_unacked, self.records)
        self.retired.append(old)
        generation = len(self.retired)
        self.path = self.path.parent.parent / f"{self.path.parent.name}-{generation}" / "log.jsonl"
        self.path.parent.mkdir()
        self.acked, self.found, self.written_unacked, self.records = set(), 0, 0, 0

    def figures(self) -> tuple[int, int]:
        files = [*self.retired, self]
        return sum(f.found for f in files), sum(f.written_unacked for f in files)


@dataclass
class _Child:
    process: subprocess.Popen[bytes]
    log: _LogFile
    child_id: int
    kill_after_lines: int
    kill_offset_s: float
    lines: int = 0
    buffer: bytes = b""
    kill_at: float | None = None

    def describe(self) -> str:
        return (
            f"child {self.child_id} on {self.log.path} (kill after {self.kill_after_lines} "
            f"lines + {self.kill_offset_s * 1000:.1f} ms)"
        )


class CrashCampaign:
    def __init__(self, root: Path, seed: int, workers: int = 4) -> None:
        self._rng = random.Random(seed)
        self._seed = seed
        self._root = root
        self._logs = [_LogFile(root / f"worker-{i}" / "log.jsonl") for i in range(workers)]
        for log in self._logs:
            log.path.parent.mkdir(parents=True, exist_ok=True)
        self._selector = selectors.DefaultSelector()
        self._children: list[_Child] = []
        self._next_child_id = 0
        self.figures = CrashFigures()

    def run(self, kills: int, deadline_s: float) -> CrashFigures:
        """Kill `kills` children; raise CrashHarnessError at the first lost record."""
        began = time.monotonic()
        deadline = began + deadline_s
        try:
            for log in self._logs[:kills]:
                self._spawn(log)
            while self._children:
                if time.monotonic() > deadline:
                    raise CrashHarnessError(
                        f"seed {self._seed}: only {self.figures.kills} of {kills} kills "
                        f"within {deadline_s:.0f} s"
                    )
                self._step(kills, deadline)
        finally:
            for child in self._children:
                child.process.kill()
                child.process.wait()
        for log in self._logs:
            found, written_unacked = log.figures()
            self.figures.found += found
            self.figures.written_unacked += written_unacked
        self._count_repair_traces()
        self.figures.wall_s = time.monotonic() - began
        return self.figures

    def _count_repair_traces(self) -> None:
        """Kept copies; and traces of kills inside a repair: a temporary file never renamed,
        or two kept copies of one inode (killed after keeping the copy, before replacing the
        log, so the next load kept the same original again)."""
        kept = list(self._root.glob(f"*/log.jsonl{QUARANTINE_MARK}*"))
        inodes = {path.stat().st_ino for path in kept}
        temporary = list(self._root.glob("*/.log.jsonl.*.tmp"))
        self.figures.kept_copies = len(kept)
        self.figures.repairs_interrupted = len(kept) - len(inodes) + len(temporary)

    def _step(self, kills: int, deadline: float) -> None:
        now = time.monotonic()
        due = [child.kill_at for child in self._children if child.kill_at is not None]
        timeout = max(0.0, min([*due, deadline]) - now)
        for key, _ in self._selector.select(timeout=timeout):
            self._read(key.data)
        now = time.monotonic()
        for child in [c for c in self._children if c.kill_at is not None and c.kill_at <= now]:
            self._kill_and_check(child)
            if self.figures.kills + len(self._children) < kills:
                self._spawn(child.log)

    def _spawn(self, log: _LogFile) -> None:
        child_id = self._next_child_id
        self._next_child_id += 1
        load_first = self._rng.random() < LOAD_FIRST_CHANCE
        kill_after_lines, offset_s = self._rng.randint(1, MAX_LINES_BEFORE_KILL), MAX_KILL_OFFSET_S
        if self._rng.random() < KILL_IN_LOAD_CHANCE:  # after "START": in the load or repair
            kill_after_lines, offset_s = 1, MAX_LOAD_OFFSET_S
        command = [sys.executable, "-m", "tests.reliability.crash_child", str(log.path)]
        command += [str(child_id), *(["--load-first"] if load_first else [])]
        env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        child = _Child(
            process=process,
            log=log,
            child_id=child_id,
            kill_after_lines=kill_after_lines,
            kill_offset_s=self._rng.uniform(0.0, offset_s),
        )
        assert process.stdout is not None
        os.set_blocking(process.stdout.fileno(), False)
        self._selector.register(process.stdout, selectors.EVENT_READ, child)
        self._children.append(child)

    def _read(self, child: _Child) -> None:
        assert child.process.stdout is not None
        data = os.read(child.process.stdout.fileno(), 65536)
        if not data:
            raise CrashHarnessError(f"{child.describe()} exited by itself:\n{_stderr(child)}")
        self._take(child, data)
        if child.kill_at is None and child.lines >= child.kill_after_lines:
            child.kill_at = time.monotonic() + child.kill_offset_s

    def _take(self, child: _Child, data: bytes) -> None:
        *complete, child.buffer = (child.buffer + data).split(b"\n")
        for line in complete:
            child.lines += 1
            if line.startswith(b"ACK "):
                child.log.acked.add((child.child_id, int(line[4:])))
                self.figures.acked += 1

    def _kill_and_check(self, child: _Child) -> None:
        child.process.send_signal(signal.SIGKILL)
        child.process.wait()
        assert child.process.stdout is not None
        self._selector.unregister(child.process.stdout)
        os.set_blocking(child.process.stdout.fileno(), True)
        self._take(child, child.process.stdout.read())  # ACKs printed before the kill count
        child.process.stdout.close()
        _stderr(child)
        self._children.remove(child)
        self.figures.kills += 1
        self._check(child)
        child.log.fresh_file_if_long()
        if self._rng.random() < TORN_TAIL_CHANCE:
            self._tear_tail(child.log)

    def _check(self, child: _Child) -> None:
        """The log loads, holds every acknowledged record once, and reads cleanly after."""
        log = child.log
        try:
            report = LogStore(log.path).load()
        except Exception as error:
            raise CrashHarnessError(
                f"seed {self._seed}: load failed after {child.describe()}: {error!r}"
            ) from error
        counts = Counter(record_key(record) for record in report.records)
        missing = sorted(log.acked - counts.keys())
        if missing:
            raise CrashHarnessError(
                f"seed {self._seed}: {len(missing)} acknowledged records lost after "
                f"{child.describe()}, e.g. {missing[:5]}; load said {report.message()!r}"
            )
        twice = [key for key, count in counts.items() if count > 1]
        if twice:
            raise CrashHarnessError(f"seed {self._seed}: records {twice[:5]} appear twice")
        if report.unreadable_lines:
            self._check_quarantine(report.quarantined_to, report.repair_error, child)
            again = LogStore(log.path).load()
            if again.unreadable_lines or len(again.records) != len(report.records):
                raise CrashHarnessError(f"seed {self._seed}: repaired log of {child.describe()}")
        log.records = len(report.records)
        log.found = len(log.acked)
        log.written_unacked = sum(
            1 for key in counts if key not in log.acked and key[0] != TORN_CHILD_ID
        )

    def _check_quarantine(
        self, kept_at: Path | None, repair_error: str | None, child: _Child
    ) -> None:
        if kept_at is None or repair_error is not None or not kept_at.is_file():
            raise CrashHarnessError(
                f"seed {self._seed}: a torn line after {child.describe()} was not set aside "
                f"({repair_error})"
            )
        self.figures.torn_tails_recovered += 1

    def _tear_tail(self, log: _LogFile) -> None:
        """Leave the start of a record with no end, as a power cut mid-write could."""
        content = encode_record(crash_record(TORN_CHILD_ID, self.figures.kills)).rstrip(b"\n")
        cut = self._rng.randint(1, len(content) - 1)
        with log.path.open("ab") as handle:
            handle.write(content[:cut])
        self.figures.torn_tails_injected += 1


def _stderr(child: _Child) -> str:
    assert child.process.stderr is not None
    if child.process.stderr.closed:
        return ""
    text = child.process.stderr.read().decode("utf-8", "replace")
    child.process.stderr.close()
    return text


def run_crash_campaign(
    root: Path, kills: int, seed: int, *, workers: int = 4, deadline_s: float = 60.0
) -> CrashFigures:
    return CrashCampaign(root, seed, workers).run(kills, deadline_s)
