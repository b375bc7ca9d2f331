"""The history: every session and day, indexed once, answered for any filter.

`History` sorts the records by start and tallies each local day in one pass
(hamtimer.core.history_index); the journal is read once (hamtimer.core.history_rows). A
filter is then a binary search for its date range plus a pass over that slice only, and a
day's summary or a table row is built only when it is shown: a log of 100,000 sessions is
indexed once and never formatted as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from itertools import accumulate
from operator import attrgetter
from statistics import fmean

from hamtimer.core.adherence import DayAdherence, StageTimeline
from hamtimer.core.history_days import DaySummary, MetDue, RangeTotals, Streaks, streaks
from hamtimer.core.history_index import ONE_DAY, index_days
from hamtimer.core.history_rows import SessionRow, link_journal, session_row
from hamtimer.core.history_trend import ChartTrend, chart_trend
from hamtimer.core.journal import JournalEntry
from hamtimer.core.pain import PainTrend
from hamtimer.core.program import Program
from hamtimer.core.records import Outcome, SessionRecord


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions the table lists; None means any. Dates are local days, inclusive."""

    first: date | None = None
    last: date | None = None
    session_id: str | None = None
    outcome: Outcome | None = None
    sharp_pain_only: bool = False  # only sessions stopped for sharp pain


class History:
    """What the history view shows, from the log, the journal and the program at `now`.

    The days run from the first session (or `onset`, when earlier) to today, in the time
    zone of `now`, which must be aware.
    """

    def __init__(
        self,
        records: Iterable[SessionRecord],
        journal: Sequence[JournalEntry],
        program: Program,
        now: datetime,
        onset: date | None = None,
        current_names: Mapping[str, str] | None = None,
    ) -> None:
        """`current_names` (id → name) are the sessions as the app has them now, in the
        patient's language: a session logged as "Bridge hold" shows as "Puente isométrico"
        in Spanish. An id it does not know shows the name it was logged with."""
        if now.tzinfo is None:
            raise ValueError("History needs an aware 'now': its days are local days")
        self.zone = now.tzinfo
        self.today = now.date()
        self._current_names = dict(current_names or {})
        self._records = sorted(records, key=attrgetter("started_at"))
        self._index = index_days(self._records, self.zone)
        self._stages = StageTimeline(journal, program, self.zone)
        self.links = link_journal(journal, self.zone)
        days = self._index.days
        starts = [day for day in (onset, days[0] if days else None) if day is not None]
        self.first_day = min([*starts, self.today])
        self.last_day = max(self.today, days[-1] if days else self.today)

    @property
    def session_count(self) -> int:
        return len(self._records)

    @property
    def session_names(self) -> dict[str, str]:
        """Each session id in the log with its name now, else its latest logged name."""
        return {sid: self._current_names.get(sid, name) for sid, name in self._index.names.items()}

    def select(self, wanted: HistoryFilter) -> list[SessionRecord]:
        """The sessions the filter admits, newest first."""
        start, end = self._index.slice_of(wanted.first, wanted.last)
        chosen = self._records[start:end]
        if wanted.session_id is not None:
            chosen = [r for r in chosen if r.session_id == wanted.session_id]
        if wanted.outcome is not None:
            chosen = [r for r in chosen if r.outcome is wanted.outcome]
        if wanted.sharp_pain_only:
            chosen = [r for r in chosen if self.links.is_sharp_pain(r)]
        chosen.reverse()
        return chosen

    def row(self, record: SessionRecord) -> SessionRow:
        name = self._current_names.get(record.session_id, record.session_name)
        return session_row(record, self.links, self.zone, name)

    def adherence(self, day: date) -> DayAdherence:
        stage = self._stages.stage_on(day)
        done = dict(self._index.done.get(day, {}))
        return DayAdherence(day, stage, self._stages.targets(stage), done)

    def day(self, day: date) -> DaySummary:
        ratings = self.links.ratings.get(day)
        return DaySummary(
            self.adherence(day),
            completed=sum(self._index.done.get(day, {}).values()),
            stopped=self._index.stopped.get(day, 0),
            sharp_pain=day in self.links.sharp_pain_days,
            pain_mean=fmean(ratings) if ratings else None,
        )

    def days(self, first: date, last: date) -> list[DaySummary]:
        """A summary for each day of the history from `first` to `last`, oldest first."""
        return [self.day(day) for day in self._range(first, last)]

    def totals(self, first: date, last: date) -> RangeTotals:
        """Targets met and due and sessions completed and stopped from `first` to `last`."""
        low, high = self._offsets(first, last)
        met, due, stopped = (sums[high] - sums[low] for sums in self._sums)
        start, end = self._index.slice_of(first, last)
        return RangeTotals(met, due, completed=end - start - stopped, stopped=stopped)

    @cached_property
    def streaks(self) -> Streaks:
        """Over the whole history, whatever the filter: a streak is about now."""
        return streaks(self._counts, self.today)

    def trend(self, first: date, last: date) -> PainTrend:
        """The mean pain of each rated day from `first` to `last`."""
        points = tuple((day, mean) for day, mean in self._means if first <= day <= last)
        return PainTrend(first, last, points)

    def chart_trend(self, first: date, last: date) -> ChartTrend:
        """The trend at a scale a chart can show: by day, week or month (history_trend)."""
        return chart_trend(self.links.ratings, first, last)

    @cached_property
    def _means(self) -> list[tuple[date, float]]:
        return [(day, fmean(values)) for day, values in sorted(self.links.ratings.items())]

    @cached_property
    def _counts(self) -> list[MetDue]:
        """Targets met and due on each day of the history, oldest first; made once."""
        stages, done = self._stages, self._index.done
        counts = []
        for day in self._range(self.first_day, self.last_day):
            stage = stages.stage_on(day)
            met = stages.met(stage, done[day]) if day in done else 0
            counts.append(MetDue(day, met, stages.due(stage)))
        return counts

    @cached_property
    def _sums(self) -> tuple[list[int], list[int], list[int]]:
        """Running totals of targets met, targets due and sessions stopped, day by day, so
        the totals of any range are two subtractions."""
        stopped = self._index.stopped
        return (
            [0, *accumulate(c.met for c in self._counts)],
            [0, *accumulate(c.due for c in self._counts)],
            [0, *accumulate(stopped.get(c.day, 0) for c in self._counts)],
        )

    def _offsets(self, first: date, last: date) -> tuple[int, int]:
        """Where `first` and the day after `last` fall in _counts (clamped to the history)."""
        days = len(self._counts)
        low = min(days, max(0, (first - self.first_day).days))
        high = min(days, max(low, (last - self.first_day).days + 1))
        return low, high

    def _range(self, first: date, last: date) -> Iterator[date]:
        day, end = max(first, self.first_day), min(last, self.last_day)
        while day <= end:
            yield day
            day += ONE_DAY
