"""The days of the history: what each day asked and got, streaks, and adherence over a range.

Streaks count days on which *every* target of that day's stage was met (docs/HISTORY.md):

- a streak day is a day whose targets were all met (`DayAdherence.met == due`, due > 0);
- today counts as soon as its targets are met, and until then it does not break the
  current streak: the day is not over;
- a day whose stage asks for nothing (no targets) neither extends nor breaks a streak;
- a missing day in the sequence breaks a run;
- the current streak is the run of streak days that ends today (when met) or yesterday;
  the longest streak is the longest run up to and including today.

Adherence over a range is the sum of the targets met over the sum of the targets due,
each target counting at most its number (hamtimer.core.adherence); the percentage is
rounded down, so "100 %" always means every target was met.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple, Protocol

from hamtimer.core.adherence import DayAdherence
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_date, format_number, plural, translate


class Level(Enum):
    """How much of a day's targets was met: the calendar's colour, always with a number.
    The value is English; `label` is in the patient's language."""

    ALL = QT_TRANSLATE_NOOP("HistoryDays", "every target met")
    HALF = QT_TRANSLATE_NOOP("HistoryDays", "half or more met")
    SOME = QT_TRANSLATE_NOOP("HistoryDays", "less than half met")
    NONE = QT_TRANSLATE_NOOP("HistoryDays", "none met")
    NO_TARGETS = QT_TRANSLATE_NOOP("HistoryDays", "no targets")

    @property
    def label(self) -> str:
        return translate("HistoryDays", self.value)


@dataclass(frozen=True)
class DaySummary:
    """One cell of the calendar: the day's targets and what was done, stops and pain."""

    adherence: DayAdherence
    completed: int
    stopped: int
    sharp_pain: bool  # a session was stopped for sharp pain that day
    pain_mean: float | None  # the mean of the day's pain ratings, any context

    @property
    def day(self) -> date:
        return self.adherence.day

    @property
    def met(self) -> int:
        return self.adherence.met

    @property
    def due(self) -> int:
        return self.adherence.due

    @property
    def ratio(self) -> float | None:
        return self.adherence.ratio

    @property
    def level(self) -> Level:
        ratio = self.ratio
        if ratio is None:
            return Level.NO_TARGETS
        if ratio >= 1:
            return Level.ALL
        if ratio >= 0.5:
            return Level.HALF
        return Level.SOME if ratio > 0 else Level.NONE

    def short_text(self) -> str:
        """The calendar cell's number: '2/3' targets met, '–' with no targets."""
        return f"{self.met}/{self.due}" if self.due else "–"

    def describe(self) -> str:
        """The cell's tooltip, one fact a line."""
        lines = [format_date(self.day)]
        if self.due:
            lines.append(
                translate("HistoryDays", "Targets met: {met} of {due}").format(
                    met=format_number(self.met), due=format_number(self.due)
                )
            )
        lines.append(sessions_line(self.completed, self.stopped))
        if self.sharp_pain:
            lines.append(translate("HistoryDays", "A session was stopped for sharp pain"))
        if self.pain_mean is not None:
            lines.append(
                translate("HistoryDays", "Pain: {pain} of 10 (mean of the day's ratings)").format(
                    pain=format_number(self.pain_mean, 1)
                )
            )
        return "\n".join(lines)


class DayCount(Protocol):
    """What a streak needs of a day (DayAdherence has it)."""

    @property
    def day(self) -> date: ...

    @property
    def met(self) -> int: ...

    @property
    def due(self) -> int: ...


class MetDue(NamedTuple):
    """A light DayCount, for counting streaks over years of days."""

    day: date
    met: int
    due: int


class Streaks(NamedTuple):
    current: int
    longest: int

    def text(self) -> str:
        return translate("HistoryDays", "Current streak: {current} · Longest: {longest}").format(
            current=_days(self.current), longest=_days(self.longest)
        )


def streaks(days: Iterable[DayCount], today: date) -> Streaks:
    """Current and longest runs of days with every target met; `days` oldest first."""
    run = longest = 0
    previous: date | None = None
    for day in days:
        if day.day > today:
            break
        if previous is not None and day.day - previous != timedelta(days=1):
            run = 0
        previous = day.day
        if not day.due:
            continue
        if day.met >= day.due:
            run += 1
            longest = max(longest, run)
        elif day.day != today:
            run = 0
    recent = previous is not None and previous >= today - timedelta(days=1)
    return Streaks(run if recent else 0, longest)


@dataclass(frozen=True)
class RangeTotals:
    """Targets met and due, and sessions completed and stopped, over a range of days."""

    met: int
    due: int
    completed: int
    stopped: int

    @property
    def percent(self) -> int | None:
        """Rounded down: 100 only when every target was met."""
        return self.met * 100 // self.due if self.due else None

    def adherence_text(self) -> str:
        if not self.due:
            return translate("HistoryDays", "No targets on these days")
        return plural(
            self.due,
            translate("HistoryDays", "Adherence {met} of {n} target ({percent} %)"),
            translate("HistoryDays", "Adherence {met} of {n} targets ({percent} %)"),
            met=format_number(self.met),
            percent=format_number(self.percent or 0),
        )

    def sessions_text(self) -> str:
        return sessions_line(self.completed, self.stopped)


def sessions_line(completed: int, stopped: int) -> str:
    """'Sessions: 3 completed, 1 stopped'."""
    return translate("HistoryDays", "Sessions: {completed} completed, {stopped} stopped").format(
        completed=format_number(completed), stopped=format_number(stopped)
    )


def _days(count: int) -> str:
    return plural(count, translate("HistoryDays", "{n} day"), translate("HistoryDays", "{n} days"))
