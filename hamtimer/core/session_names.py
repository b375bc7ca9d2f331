"""Ids and names for the patient's own sessions, and the rule for making a copy of one.

An id never changes once a session is saved: the log and `--start ID` refer to it. A new
id comes from the name ("My knee stretch" -> "my-knee-stretch") and gets "-2", "-3"... when
it is taken.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import replace

from hamtimer.core import limits
from hamtimer.core.i18n import QT_TRANSLATE_NOOP, translate
from hamtimer.core.session import UNIT_SECONDS, Parameter, SessionDefinition, SessionError

MAX_ID_CHARS = 40  # limits.SESSION_ID_PATTERN
FALLBACK_ID = "my-session"
# The marks a copy's or an import's name gets, "Bridge hold (my copy)"; mark_text translates.
COPY_MARK = QT_TRANSLATE_NOOP("SessionNames", "my copy")
IMPORTED_MARK = QT_TRANSLATE_NOOP("SessionNames", "imported")
_MAX_TRIES = 1000


def slug(text: str) -> str:
    """Lowercase ASCII letters, digits and single dashes; "" when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_ID_CHARS].strip("-")


def free_id(
    wanted: str, taken: Collection[str], exists: Callable[[str], bool] = lambda _id: False
) -> str:
    """`wanted` as an id, or with the first free "-2", "-3"... suffix."""
    base = slug(wanted) or FALLBACK_ID
    for number in range(1, _MAX_TRIES):
        suffix = f"-{number}" if number > 1 else ""
        candidate = base[: MAX_ID_CHARS - len(suffix)].rstrip("-") + suffix
        if candidate not in taken and not exists(candidate):
            return candidate
    raise SessionError(
        translate("SessionNames", "no free id like {id}: remove some sessions first").format(
            id=repr(base)
        )
    )


def free_name(wanted: str, taken: Collection[str]) -> str:
    """`wanted`, or with " 2", " 3"... inside its closing bracket or at its end."""
    for number in range(1, _MAX_TRIES):
        candidate = _numbered(wanted, number)
        if candidate not in taken:
            return candidate
    raise SessionError(
        translate("SessionNames", "no free name like {name}: rename some sessions first").format(
            name=repr(wanted)
        )
    )


def _numbered(name: str, number: int) -> str:
    if number == 1:
        return name[: limits.MAX_NAME_CHARS]
    if name.endswith(")"):
        return _fit(name[:-1], f" {number})")
    return _fit(name, f" {number}")


def _fit(stem: str, tail: str) -> str:
    return stem[: limits.MAX_NAME_CHARS - len(tail)].rstrip() + tail


def mark_text(mark: str) -> str:
    """COPY_MARK or IMPORTED_MARK in the patient's language."""
    return translate("SessionNames", mark)


def marked_name(name: str, mark: str) -> str:
    """ "Bridge hold" -> "Bridge hold (my copy)"; an earlier mark (in English or the
    patient's language) is not repeated."""
    marks = {COPY_MARK, IMPORTED_MARK, mark_text(COPY_MARK), mark_text(IMPORTED_MARK), mark}
    pattern = "|".join(re.escape(known) for known in sorted(marks))
    stem = re.sub(rf" \(({pattern})( \d+)?\)$", "", name)
    return _fit(stem, f" ({mark})")


def copy_of(
    source: SessionDefinition,
    taken_ids: Collection[str],
    taken_names: Collection[str],
    exists: Callable[[str], bool] = lambda _id: False,
) -> SessionDefinition:
    """The patient's own copy: a new id and name, every phase, text and note kept, and each
    setting's range opened from the protocol's to the app's limits (limits.py)."""
    stem = re.sub(r"(-copy)?(-\d+)?$", "", source.id) or source.id
    return replace(
        source,
        id=free_id(f"{stem}-copy", taken_ids, exists),
        name=free_name(marked_name(source.name, mark_text(COPY_MARK)), taken_names),
        parameters=tuple(widened(parameter) for parameter in source.parameters),
        builtin=False,
    )


def widened(parameter: Parameter) -> Parameter:
    """The same setting allowed over the app's whole range: 1 up to the largest value a
    session file may hold (0 stays allowed where it already was)."""
    if parameter.unit == "reps":
        ceiling = limits.MAX_REPS
    else:
        ceiling = limits.MAX_PHASE_SECONDS // UNIT_SECONDS[parameter.unit]
    return replace(parameter, low=min(parameter.low, 1), high=max(parameter.high, ceiling))
