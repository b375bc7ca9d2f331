"""The text seam: English when nothing is installed, and what the app installs is used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from hamtimer.core import i18n
from hamtimer.core.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_number,
    format_short_date,
    format_time,
    plural,
    translate,
)


@pytest.fixture
def shouting() -> Iterator[None]:
    i18n.install(
        translate=lambda context, text: f"{context}:{text.upper()}",
        date=lambda day: day.isoformat(),
        short_date=lambda day: f"{day.day}/{day.month}",
        time=lambda moment: f"{moment.hour}h{moment.minute:02}",
        number=lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","),
    )
    yield
    i18n.reset()


def test_without_a_language_text_and_formats_are_english() -> None:
    assert translate("Today", "Ice {done} of {target}") == "Ice {done} of {target}"
    assert format_date(dt.date(2026, 11, 25)) == "Wed 25 Nov 2026"
    assert format_time(dt.time(15, 40)) == "15:40"
    assert format_number(1234.5, 1) == "1,234.5"


def test_an_installed_language_is_used_everywhere(shouting: None) -> None:
    assert translate("Today", "hold") == "Today:HOLD"
    assert format_date(dt.date(2026, 11, 25)) == "2026-11-25"
    assert format_time(dt.time(9, 5)) == "9h05"
    assert plural(2, "{n} x", "{n} xs") == "2 xs"
    assert format_number(2.5, 1) == "2,5"


def test_reset_goes_back_to_english(shouting: None) -> None:
    i18n.reset()
    assert translate("Today", "hold") == "hold"


def test_marking_text_does_not_translate_it(shouting: None) -> None:
    assert QT_TRANSLATE_NOOP("Phases", "Hold") == "Hold"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 sessions"), (1, "1 session"), (2, "2 sessions"), (1000, "1,000 sessions")],
)
def test_plural_picks_one_only_for_one(count: int, expected: str) -> None:
    assert plural(count, "{n} session", "{n} sessions") == expected


def test_plural_fills_the_other_placeholders_of_a_whole_sentence() -> None:
    one, other = "{n} line of {file} was lost.", "{n} lines of {file} were lost."
    assert plural(1, one, other, file="log") == "1 line of log was lost."
    assert plural(3, one, other, file="log") == "3 lines of log were lost."


def test_english_dates_do_not_pad_the_day() -> None:
    assert format_date(dt.date(2026, 11, 4)) == "Wed 4 Nov 2026"
    assert format_short_date(dt.date(2026, 11, 4)) == "4 Nov"
