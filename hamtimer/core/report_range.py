"""The days a report covers: parsed from the command line or the dialog, checked, defaulted.

Both ends are local days, inclusive. Defaults: from the first logged day to today. A day
after today is refused: there is nothing to report yet, and counting future days' targets
as missed would misstate adherence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from hamtimer.core.i18n import translate
from hamtimer.core.records import SessionRecord

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
EXAMPLE_DAY = "2026-11-04"


class ReportRangeError(ValueError):
    """A date or range that cannot be reported; the message is one plain line."""


@dataclass(frozen=True)
class DateRange:
    first: date
    last: date

    @property
    def day_count(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range(self.day_count)]


def parse_day(text: str, label: str) -> date:
    """A day written YYYY-MM-DD; `label` (e.g. "--from") starts the error message."""
    if _ISO_DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ReportRangeError(
        translate("ReportRange", "{label}: {text} is not a date like {example}").format(
            label=label, text=repr(text), example=EXAMPLE_DAY
        )
    )


def resolve_range(
    first: date | None,
    last: date | None,
    records: Iterable[SessionRecord],
    today: date,
    zone: tzinfo | None,
    labels: tuple[str, str] = ("--from", "--to"),
) -> DateRange:
    """Fill in the defaults and check the range; raises ReportRangeError."""
    for day, label in ((first, labels[0]), (last, labels[1])):
        if day is not None and day > today:
            raise ReportRangeError(
                translate("ReportRange", "{label}: {day} is after today, {today}").format(
                    label=label, day=day, today=today
                )
            )
    end = last or today
    if first is None:
        logged = first_logged_day(records, zone)
        first = min(logged, end) if logged else end
    if first > end:
        raise ReportRangeError(
            translate("ReportRange", "{first_label} {first} is after {last_label} {last}").format(
                first_label=labels[0], first=first, last_label=labels[1], last=end
            )
        )
    return DateRange(first, end)


def first_logged_day(records: Iterable[SessionRecord], zone: tzinfo | None) -> date | None:
    days = [record.started_at.astimezone(zone).date() for record in records]
    return min(days) if days else None
