"""The one seam between hamtimer's text and the patient's language.

The core knows nothing of Qt, yet most of what a patient reads (the program's stages,
Today's lines, red flags, error messages) is written here. So every such string goes
through `translate(context, text)`; the app installs Qt's translator at start-up
(hamtimer.qt.language) and tests that install nothing read English.

How to write text that can be translated (docs/TRANSLATING.md):
- `translate("Context", "Ice {done} of {target}").format(done=..., target=...)`: translate
  the template, then fill it in. Never translate an f-string (the tool cannot see it).
- The context is the module's or class's name in CamelCase; pyside6-lupdate finds the
  calls by their name, so always call `translate` or `QT_TRANSLATE_NOOP` directly.
- Text needed before the language is known (module constants) is marked with
  `QT_TRANSLATE_NOOP("Context", "...")` and translated where it is shown.
- Counts: `plural(n, translate("Ctx", "{n} session"), translate("Ctx", "{n} sessions"))`;
  a whole sentence can hang on the count: `plural(n, one, other, name=...)`.
  English, Spanish and German need only "one" and "other"; a language with more plural
  forms would need Qt's %n forms instead.
- Dates, times and numbers go through `format_date`, `format_time`, `format_number`, so
  they follow the patient's locale (ISO and English digits until the app installs one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Hooks:
    translate: Callable[[str, str], str]
    date: Callable[[dt.date], str]
    short_date: Callable[[dt.date], str]
    time: Callable[[dt.time], str]
    number: Callable[[float, int], str]
    weekday: Callable[[dt.date], str]


# English names whatever the C library's locale (Qt sets it, which would change strftime's).
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _english_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def _english_short_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


_ENGLISH = _Hooks(
    translate=lambda _context, text: text,
    date=lambda day: f"{_WEEKDAYS[day.weekday()]} {_english_short_date(day)} {day.year}",
    short_date=_english_short_date,
    time=lambda moment: f"{moment:%H:%M}",
    number=_english_number,
    weekday=lambda day: _WEEKDAYS[day.weekday()],
)
_hooks = _Hooks(**vars(_ENGLISH))


def translate(context: str, text: str) -> str:
    """`text` in the patient's language; `text` itself when there is no translation."""
    return _hooks.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation without translating it yet (see the module docstring)."""
    del context
    return text


def plural(count: int, one: str, other: str, **values: object) -> str:
    """`one` or `other` (already translated templates with `{n}`), filled with `count` as
    `{n}` and with any other `values`, so a whole sentence can hang on one count."""
    return (one if count == 1 else other).format(n=format_number(count), **values)


def format_date(day: dt.date) -> str:
    """A date in full, e.g. "Wed 25 Nov 2026" or "mié 25 nov 2026"."""
    return _hooks.date(day)


def format_short_date(day: dt.date) -> str:
    """Day and month, e.g. "25 Nov"."""
    return _hooks.short_date(day)


def format_time(moment: dt.time) -> str:
    """A clock time in the locale's way, e.g. "15:40"."""
    return _hooks.time(moment)


def format_weekday(day: dt.date) -> str:
    """The day's short name, e.g. "Wed", "mié", "Mi."."""
    return _hooks.weekday(day)


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the locale's separators, e.g. "1,234.5" or "1.234,5"."""
    return _hooks.number(value, decimals)


def install(
    translate: Callable[[str, str], str],
    date: Callable[[dt.date], str],
    short_date: Callable[[dt.date], str],
    time: Callable[[dt.time], str],
    number: Callable[[float, int], str],
    weekday: Callable[[dt.date], str] | None = None,
) -> None:
    """Called once by the app when it knows the patient's language."""
    _hooks.translate = translate
    _hooks.date = date
    _hooks.short_date = short_date
    _hooks.time = time
    _hooks.number = number
    _hooks.weekday = weekday or _ENGLISH.weekday


def reset() -> None:
    """Back to English (for tests that installed a language)."""
    for name, value in vars(_ENGLISH).items():
        setattr(_hooks, name, value)
