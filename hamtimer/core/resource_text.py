"""Which strings in the built-in JSON files a patient reads, and their translation.

Built-in sessions and the program are data (resources/), so pyside6-lupdate cannot see
their text. scripts/i18n.py lists it from here into hamtimer/resource_strings.py for the
translators; the loaders pass it through `translate` with the same contexts. One list of
visible fields serves both, so nothing shown can be missed by one and not the other.
A patient's own sessions are never translated: they are in the words the patient wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from hamtimer.core.i18n import translate

SESSIONS_CONTEXT = "Sessions"
PROGRAM_CONTEXT = "Program"

# Field paths (dots between keys, [] for each item of a list) whose strings are shown.
SESSION_FIELDS = (
    "name",
    "title",
    "setup",
    "done_message",
    "repeat_advice",
    "parameters[].label",
    "parameters[].note",
    "get_ready.instruction",
    "rep[].instruction",
    "per_side.instruction",
    "between_sets.instruction",
)
PROGRAM_FIELDS = ("stages[].name", "stages[].summary", "stages[].advice[]")


def session_texts(data: dict[str, Any]) -> Iterator[str]:
    yield from _texts(data, SESSION_FIELDS)


def program_texts(data: dict[str, Any]) -> Iterator[str]:
    yield from _texts(data, PROGRAM_FIELDS)


def translated_session(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a built-in session's decoded JSON in the patient's language."""
    result: dict[str, Any] = _mapped(
        data, SESSION_FIELDS, lambda text: translate(SESSIONS_CONTEXT, text)
    )
    return result


def translated_program(data: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = _mapped(
        data, PROGRAM_FIELDS, lambda text: translate(PROGRAM_CONTEXT, text)
    )
    return result


def _texts(data: Any, fields: tuple[str, ...]) -> Iterator[str]:
    found: list[str] = []

    def collect(text: str) -> str:
        found.append(text)
        return text

    _mapped(data, fields, collect)
    yield from found


def _mapped(data: Any, fields: tuple[str, ...], change: Callable[[str], str]) -> Any:
    result = data
    for field in fields:
        result = _map_path(result, _steps(field), change)
    return result


def _steps(field: str) -> list[str]:
    """ "parameters[].label" → ["parameters", "[]", "label"]."""
    steps: list[str] = []
    for part in field.split("."):
        key = part.removesuffix("[]")
        if key:
            steps.append(key)
        if part.endswith("[]"):
            steps.append("[]")
    return steps


def _map_path(node: Any, steps: list[str], change: Callable[[str], str]) -> Any:
    """`node` with the strings at `steps` changed; anything malformed is left as it is,
    for the loader's own checks to report."""
    if not steps:
        return change(node) if isinstance(node, str) else node
    step, rest = steps[0], steps[1:]
    if step == "[]":
        return [_map_path(item, rest, change) for item in node] if isinstance(node, list) else node
    if not isinstance(node, dict) or step not in node:
        return node
    return {**node, step: _map_path(node[step], rest, change)}
