"""When to see a professional, from the protocol, as rules the tests and docs/PROGRAM.md state.

- not_improving: from 14 days after onset (the end of "1–2 weeks"), the mean pain of the last
  7 days is not below the mean of the first 7 days (at least 3 ratings in each).
- worsening: from 7 days after onset, the last 7 days' mean is at least 1 point above the
  7 days before (at least 3 ratings in each).
- limits_daily_life: the patient said, within the last 14 days, that symptoms limit their
  daily activities.
- reinjury: two or more re-injuries marked within 90 days.
A flag is written to the journal when raised, at most once a week while it holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hamtimer.core.i18n import QT_TRANSLATE_NOOP, format_date, format_number, plural, translate
from hamtimer.core.journal import EntryKind, JournalEntry
from hamtimer.core.pain import ratings_by_day, window_mean

MIN_RATINGS = 3
NOT_IMPROVING_FROM_DAYS = 14
WORSENING_FROM_DAYS = 7
WORSENING_POINTS = 1.0
LIMITS_WITHIN_DAYS = 14
REINJURIES = 2
REINJURY_WITHIN_DAYS = 90
RELOG_AFTER_DAYS = 7
# Marked here, translated where shown: advice() gives it in the patient's language.
ADVICE = QT_TRANSLATE_NOOP(
    "RedFlags", "See a professional: a physiotherapist, sports-medicine doctor or your GP."
)


def advice() -> str:
    """What to do about any red flag, in the patient's language."""
    return translate("RedFlags", ADVICE)


@dataclass(frozen=True)
class RedFlag:
    """A flag that holds; `title` and `reasons` are in the patient's language."""

    code: str
    title: str
    reasons: str

    def text(self) -> str:
        return translate("RedFlags", "{title} {reasons} {advice}").format(
            title=self.title, reasons=self.reasons, advice=advice()
        )


def evaluate(onset: date | None, journal: Sequence[JournalEntry], now: datetime) -> list[RedFlag]:
    """Every red flag that holds at `now`."""
    flags: list[RedFlag | None] = []
    if onset is not None:
        ratings = ratings_by_day(journal, now.tzinfo)
        today = now.date()
        flags += [_not_improving(ratings, onset, today), _worsening(ratings, onset, today)]
    flags += [_limits_daily_life(journal, now), _reinjury(journal, now)]
    return [flag for flag in flags if flag is not None]


def to_log(
    flags: Sequence[RedFlag], journal: Sequence[JournalEntry], now: datetime
) -> list[RedFlag]:
    """The flags not logged in the last week: these are written to the journal now."""
    since = now - timedelta(days=RELOG_AFTER_DAYS)
    recent = {e.code for e in journal if e.kind is EntryKind.RED_FLAG and e.at > since}
    return [flag for flag in flags if flag.code not in recent]


def _not_improving(ratings: dict[date, list[int]], onset: date, today: date) -> RedFlag | None:
    if (today - onset).days < NOT_IMPROVING_FROM_DAYS:
        return None
    first, first_count = window_mean(ratings, onset, onset + timedelta(days=6))
    last, last_count = window_mean(ratings, today - timedelta(days=6), today)
    if first is None or last is None or min(first_count, last_count) < MIN_RATINGS:
        return None
    if last < first:
        return None
    return RedFlag(
        "not_improving",
        translate("RedFlags", "Your pain has not improved after two weeks."),
        translate(
            "RedFlags",
            "Your average pain over the last 7 days is {last} of 10; in your first week it was "
            "{first}. Pain that does not improve after 1–2 weeks may be something else, such "
            "as sciatica.",
        ).format(last=format_number(last, 1), first=format_number(first, 1)),
    )


def _worsening(ratings: dict[date, list[int]], onset: date, today: date) -> RedFlag | None:
    if (today - onset).days < WORSENING_FROM_DAYS:
        return None
    last, last_count = window_mean(ratings, today - timedelta(days=6), today)
    before, before_count = window_mean(
        ratings, today - timedelta(days=13), today - timedelta(days=7)
    )
    if last is None or before is None or min(last_count, before_count) < MIN_RATINGS:
        return None
    if last < before + WORSENING_POINTS:
        return None
    return RedFlag(
        "worsening",
        translate("RedFlags", "Your pain is getting worse."),
        translate(
            "RedFlags",
            "Your average pain over the last 7 days is {last} of 10, up from {before} the week "
            "before.",
        ).format(last=format_number(last, 1), before=format_number(before, 1)),
    )


def _limits_daily_life(journal: Sequence[JournalEntry], now: datetime) -> RedFlag | None:
    since = now - timedelta(days=LIMITS_WITHIN_DAYS)
    said = [e for e in journal if e.kind is EntryKind.LIMITS_DAILY_LIFE and e.at > since]
    if not said:
        return None
    return RedFlag(
        "limits_daily_life",
        translate("RedFlags", "Your symptoms limit your daily activities."),
        translate("RedFlags", "You said so on {day}.").format(
            day=format_date(said[-1].at.astimezone(now.tzinfo).date())
        ),
    )


def _reinjury(journal: Sequence[JournalEntry], now: datetime) -> RedFlag | None:
    since = now - timedelta(days=REINJURY_WITHIN_DAYS)
    marked = [e for e in journal if e.kind is EntryKind.REINJURY and e.at > since]
    if len(marked) < REINJURIES:
        return None
    return RedFlag(
        "reinjury",
        translate("RedFlags", "You have been injured again more than once."),
        plural(
            len(marked),
            translate(
                "RedFlags",
                "You marked {n} re-injury in the last {days} days: the rehab may not be "
                "addressing the cause.",
            ),
            translate(
                "RedFlags",
                "You marked {n} re-injuries in the last {days} days: the rehab may not be "
                "addressing the cause.",
            ),
            days=format_number(REINJURY_WITHIN_DAYS),
        ),
    )
