"""Wall time for --time-scale demos and soak runs: it starts at the real time and then runs
as fast as the scaled clock, so a day of reminders passes in minutes. Never used at 1×.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from hamtimer.core.clock import Clock


def reminder_wall(clock: Clock, time_scale: float) -> Callable[[], datetime]:
    """The wall clock reminders follow: the real one, or at --time-scale an accelerated one."""
    return clock.wall_now if time_scale == 1 else AcceleratedWall(clock).now


class AcceleratedWall:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._wall_origin = clock.wall_now()
        self._elapsed_origin = clock.elapsed_s()

    def now(self) -> datetime:
        """The real time at start plus the scaled clock's seconds since; aware, local."""
        passed = self._clock.elapsed_s() - self._elapsed_origin
        return (self._wall_origin + timedelta(seconds=passed)).astimezone()
