"""Clocks: the only source of "now" for the engine, injected so tests never sleep.

Two readings matter. `elapsed_s` counts a suspend (the ice kept melting) but ignores the
wall clock being set; `awake_s` stops while the machine sleeps. A suspend is `elapsed_s`
running ahead of `awake_s`. The wall clock is only for timestamps.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def elapsed_s(self) -> float:
        """Seconds on a clock that counts suspend and never jumps with the wall clock."""
        ...

    def awake_s(self) -> float:
        """Seconds on a clock that stops while the computer is suspended."""
        ...

    def wall_now(self) -> datetime:
        """The local wall time, timezone-aware: for timestamps only."""
        ...


def _suspend_counting_reader() -> tuple[str, object]:
    if sys.platform.startswith("linux"):
        return "CLOCK_BOOTTIME", time.CLOCK_BOOTTIME
    if sys.platform == "darwin":
        # On macOS CLOCK_MONOTONIC ticks during sleep, unlike time.monotonic().
        return "CLOCK_MONOTONIC", time.CLOCK_MONOTONIC
    return "monotonic", None  # Windows: time.monotonic() counts sleep already.


class SystemClock:
    """The real clocks of this operating system."""

    def __init__(self) -> None:
        self.elapsed_source, clock_id = _suspend_counting_reader()
        self._clock_id = clock_id

    def elapsed_s(self) -> float:
        if isinstance(self._clock_id, int):
            return time.clock_gettime(self._clock_id)
        return time.monotonic()

    def awake_s(self) -> float:
        return time.monotonic()

    def wall_now(self) -> datetime:
        return datetime.now().astimezone()


class ScaledClock:
    """Runs every timer `scale` times faster (for demos and --time-scale); wall time is real."""

    def __init__(self, base: Clock, scale: float) -> None:
        if not scale > 0:
            raise ValueError("time scale must be positive")
        self.scale = scale
        self._base = base
        self._elapsed_origin = base.elapsed_s()
        self._awake_origin = base.awake_s()

    def elapsed_s(self) -> float:
        return self._elapsed_origin + (self._base.elapsed_s() - self._elapsed_origin) * self.scale

    def awake_s(self) -> float:
        return self._awake_origin + (self._base.awake_s() - self._awake_origin) * self.scale

    def wall_now(self) -> datetime:
        return self._base.wall_now()


class FakeClock:
    """A clock moved by hand: `advance` is time passing awake, `suspend` is a sleep.

    Wall time is kept in UTC and shown in the zone of `wall_start` (or `zone`), so a test
    can cross a daylight-saving change the way a real clock does.
    """

    def __init__(
        self,
        wall_start: datetime | None = None,
        start_s: float = 1000.0,
        zone: tzinfo | None = None,
    ) -> None:
        start = wall_start or datetime(2026, 11, 25, 9, 0).astimezone()
        self._zone = zone or start.tzinfo
        self._elapsed = start_s
        self._awake = start_s
        self._wall = start.astimezone(UTC)

    def elapsed_s(self) -> float:
        return self._elapsed

    def awake_s(self) -> float:
        return self._awake

    def wall_now(self) -> datetime:
        return self._wall.astimezone(self._zone)

    def advance(self, seconds: float) -> None:
        self._elapsed += seconds
        self._awake += seconds
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        self._elapsed += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """The user or NTP set the wall clock: nothing else moves."""
        self._wall = wall.astimezone(UTC)
