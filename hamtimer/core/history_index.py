"""One pass over the sorted log: each local day's sessions.

Both are built for logs of 100,000 sessions: the day of a session is found by comparing its
start with the end of the previous session's day (one comparison, no time-zone conversion,
while sessions stay on the same day). A day's stage is hamtimer.core.adherence.StageTimeline.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from hamtimer.core.records import Outcome, SessionRecord

ONE_DAY = timedelta(days=1)


@dataclass
class DayIndex:
    """The local days that have sessions, where each day's sessions start in the sorted log,
    what was completed (by session id) and how many were stopped on each, and the latest
    name of each session id."""

    days: list[date] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    done: dict[date, dict[str, int]] = field(default_factory=dict)
    stopped: dict[date, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    count: int = 0

    def slice_of(self, first: date | None, last: date | None) -> tuple[int, int]:
        """The positions in the sorted log of the sessions from `first` to `last`."""
        low = 0 if first is None else bisect_left(self.days, first)
        high = len(self.days) if last is None else bisect_right(self.days, last)
        start = self.starts[low] if low < len(self.starts) else self.count
        end = self.starts[high] if high < len(self.starts) else self.count
        return start, end


def index_days(records: Sequence[SessionRecord], zone: tzinfo) -> DayIndex:
    """`records` sorted by start; `zone` the local time zone the days are in."""
    index = DayIndex(count=len(records))
    completed, midnight = Outcome.COMPLETED, time()
    day_ends: datetime | None = None
    done: dict[str, int] = {}
    for position, record in enumerate(records):
        if day_ends is None or record.started_at >= day_ends:
            day = record.started_at.astimezone(zone).date()
            day_ends = datetime.combine(day + ONE_DAY, midnight, zone)
            index.days.append(day)
            index.starts.append(position)
            done = index.done[day] = {}
            index.stopped[day] = 0
        session_id = record.session_id
        if record.outcome is completed:
            done[session_id] = done.get(session_id, 0) + 1
        else:
            index.stopped[day] += 1
        index.names[session_id] = record.session_name
    return index
