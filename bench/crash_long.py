"""Long crash mode: the CI crash harness (tests/reliability/crash_harness.py) with 1000 kills.

Children append sessions through the real LogStore and print "ACK n" after each append
returns; the parent SIGKILLs them at random points, reloads each log and checks that every
acknowledged session is still there. Prints the figures quoted in docs/RELIABILITY.md.

    python bench/crash_long.py [--kills 1000] [--seed 20261125] [--workers 4]

Exits 1 if any acknowledged session was lost (the harness stops at the first one).
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.reliability.crash_harness import (  # noqa: E402 (needs the path above)
    CrashHarnessError,
    run_crash_campaign,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # each repair logs a warning; the figures say it all
    print(f"python {platform.python_version()} on {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs, {args.workers} children at a time")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="hamtimer-crash-") as root:
        try:
            figures = run_crash_campaign(
                Path(root), args.kills, args.seed, workers=args.workers, deadline_s=args.kills
            )
        except CrashHarnessError as error:
            print(f"FAILED: {error}")
            return 1
    print("\n".join(figures.lines(args.seed)))
    return 0 if figures.lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
