"""The report's days: parsed strictly, defaulted to first logged day to today, checked."""

from __future__ import annotations

from datetime import date

import pytest

from hamtimer.core.report_range import ReportRangeError, parse_day, resolve_range
from tests.seed import CET, ONSET, TODAY, build


@pytest.mark.parametrize("text", ["2026-13-01", "2026-02-30", "4 Nov 2026", "20261104", ""])
def test_a_day_that_is_not_yyyy_mm_dd_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ReportRangeError) as caught:
        parse_day(text, "--from")
    assert str(caught.value) == f"--from: {text!r} is not a date like 2026-11-04"


def test_the_range_defaults_to_the_first_logged_day_and_today() -> None:
    span = resolve_range(None, None, build().records, TODAY, CET)
    assert (span.first, span.last, span.day_count) == (ONSET, TODAY, 22)


def test_with_nothing_logged_the_range_is_today() -> None:
    span = resolve_range(None, None, [], TODAY, CET)
    assert (span.first, span.last) == (TODAY, TODAY)


def test_a_last_day_before_the_first_logged_day_makes_a_one_day_range() -> None:
    span = resolve_range(None, date(2026, 11, 1), build().records, TODAY, CET)
    assert (span.first, span.last) == (date(2026, 11, 1), date(2026, 11, 1))


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (date(2026, 11, 20), date(2026, 11, 10), "--from 2026-11-20 is after --to 2026-11-10"),
        (None, date(2026, 11, 26), "--to: 2026-11-26 is after today, 2026-11-25"),
        (date(2026, 12, 1), None, "--from: 2026-12-01 is after today, 2026-11-25"),
    ],
)
def test_a_range_that_cannot_be_reported_is_refused_in_one_line(
    first: date | None, last: date | None, message: str
) -> None:
    with pytest.raises(ReportRangeError) as caught:
        resolve_range(first, last, build().records, TODAY, CET)
    assert str(caught.value) == message
