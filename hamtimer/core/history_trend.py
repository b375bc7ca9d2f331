"""The pain trend at a scale a chart can show: a point a day for up to three months, a point
a week for up to two years, and a point a month beyond. Years of daily points are unreadable
and slow to draw; a week's or month's point is the mean of every rating given in it, placed
on its first rated day.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from statistics import fmean

from hamtimer.core.i18n import translate
from hamtimer.core.pain import PainTrend

DAILY_UP_TO_DAYS = 92
WEEKLY_UP_TO_DAYS = 731


class Period(Enum):
    DAY = "daily"
    WEEK = "weekly"
    MONTH = "monthly"


@dataclass(frozen=True)
class ChartTrend:
    trend: PainTrend
    period: Period

    def title(self) -> str:
        """Short: the chart may be narrow."""
        if not self.trend.points:
            return translate("HistoryTrend", "Pain: no ratings on these days")
        if self.period is Period.DAY:
            return translate("HistoryTrend", "Pain 0–10, daily mean")
        if self.period is Period.WEEK:
            return translate("HistoryTrend", "Pain 0–10, weekly mean")
        return translate("HistoryTrend", "Pain 0–10, monthly mean")


def period_for(first: date, last: date) -> Period:
    days = (last - first).days + 1
    if days <= DAILY_UP_TO_DAYS:
        return Period.DAY
    return Period.WEEK if days <= WEEKLY_UP_TO_DAYS else Period.MONTH


def chart_trend(ratings: Mapping[date, list[int]], first: date, last: date) -> ChartTrend:
    """The mean pain of each period from `first` to `last`; `ratings` by local day."""
    period = period_for(first, last)
    start_of = _STARTS[period]
    buckets: dict[date, tuple[date, list[int]]] = {}
    for day in sorted(d for d in ratings if first <= d <= last):
        bucket = buckets.setdefault(start_of(day), (day, []))
        bucket[1].extend(ratings[day])
    points = tuple((shown_on, fmean(values)) for shown_on, values in buckets.values())
    return ChartTrend(PainTrend(first, last, points), period)


_STARTS: dict[Period, Callable[[date], date]] = {
    Period.DAY: lambda day: day,
    Period.WEEK: lambda day: day - timedelta(days=day.weekday()),
    Period.MONTH: lambda day: day.replace(day=1),
}
