"""The child the crash harness kills: appends sessions through the real LogStore in a loop.

Run as `python -m tests.reliability.crash_child LOG CHILD_ID [--load-first] [--count N]`.
It prints "START" before touching the log, "READY" once it is about to append, and
"ACK <n>" (flushed) only after `LogStore.append` has returned for record n, so every ACK
the parent reads is a session the app would have told the patient was saved. With
`--count N` it waits for a line on stdin after READY (so racing writers start together),
appends N records and prints "DONE".
"""

from __future__ import annotations

import itertools
import math
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hamtimer.core.log_store import LogStore
from hamtimer.core.records import SessionRecord
from tests.records import a_session

_STARTED = datetime(2026, 11, 25, 10, 0, 0, tzinfo=timezone(timedelta(hours=1)))


def crash_record(child: int, number: int) -> SessionRecord:
    """A session whose parameters {"child", "n"} name it uniquely across the whole run."""
    return a_session(
        session_id="crash-test",
        session_name="Crash test",
        parameters={"child": child, "n": number},
    )


def record_key(record: SessionRecord) -> tuple[float, float]:
    """(child, n); NaN for a record from elsewhere that lacks them."""
    return record.parameters.get("child", math.nan), record.parameters.get("n", math.nan)


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    path, child, options = Path(argv[0]), int(argv[1]), argv[2:]
    store = LogStore(path)
    _say("START")
    if "--load-first" in options:
        store.load()  # like the app at start-up: may repair a torn tail a kill left
    _say("READY")
    count = int(options[options.index("--count") + 1]) if "--count" in options else None
    if count is not None:
        sys.stdin.readline()
    for number in itertools.count() if count is None else range(count):
        store.append(crash_record(child, number))
        _say(f"ACK {number}")
    _say("DONE")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
