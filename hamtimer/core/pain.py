"""Pain ratings grouped by day, as the program, the red flags, history and reports use them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from statistics import fmean

from hamtimer.core.journal import EntryKind, JournalEntry, PainContext


def ratings_by_day(
    journal: Iterable[JournalEntry], zone: tzinfo | None, contexts: set[PainContext] | None = None
) -> dict[date, list[int]]:
    """Every pain rating, by the local day it was given on."""
    days: dict[date, list[int]] = defaultdict(list)
    for entry in journal:
        if entry.kind is not EntryKind.PAIN or entry.rating is None:
            continue
        if contexts is not None and entry.context not in contexts:
            continue
        days[entry.at.astimezone(zone).date()].append(entry.rating)
    return dict(days)


def daily_means(ratings: dict[date, list[int]]) -> dict[date, float]:
    return {day: fmean(values) for day, values in sorted(ratings.items())}


def last_days(today: date, count: int) -> list[date]:
    """The `count` days ending with today, oldest first."""
    return [today - timedelta(days=offset) for offset in range(count - 1, -1, -1)]


def window_mean(
    ratings: dict[date, list[int]], first: date, last: date
) -> tuple[float | None, int]:
    """The mean of every rating from `first` to `last` inclusive, and how many there were."""
    values = [r for day, rs in ratings.items() if first <= day <= last for r in rs]
    return (fmean(values) if values else None), len(values)


def session_ratings(
    journal: Iterable[JournalEntry], session_id: str, started_at: datetime
) -> dict[PainContext, int]:
    """The before and after ratings given for one session."""
    found: dict[PainContext, int] = {}
    for entry in journal:
        if (
            entry.kind is EntryKind.PAIN
            and entry.session_id == session_id
            and entry.session_started_at == started_at
            and entry.context is not None
            and entry.rating is not None
        ):
            found[entry.context] = entry.rating
    return found


@dataclass(frozen=True)
class PainTrend:
    """Mean pain per day over a range; days without a rating are left out."""

    first: date
    last: date
    points: tuple[tuple[date, float], ...]

    @property
    def mean(self) -> float | None:
        return fmean(v for _, v in self.points) if self.points else None


def pain_trend(
    journal: Iterable[JournalEntry], first: date, last: date, zone: tzinfo | None
) -> PainTrend:
    means = daily_means(ratings_by_day(journal, zone))
    points = tuple((day, mean) for day, mean in means.items() if first <= day <= last)
    return PainTrend(first, last, points)
