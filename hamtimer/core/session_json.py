"""Session definitions written back as session files (schema v2), checked before any write.

The reader is session_loader; this is its mirror. `encode_definition` refuses anything the
reader would not give back exactly, or that would not build a plan, so a file hamtimer
writes is always one it can read again.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from hamtimer.core import limits
from hamtimer.core.i18n import translate
from hamtimer.core.plan import build_plan
from hamtimer.core.session import (
    SESSION_SCHEMA_VERSION,
    Parameter,
    PhaseTemplate,
    SessionDefinition,
    SessionError,
)
from hamtimer.core.session_loader import parse_definition


def definition_to_json(definition: SessionDefinition) -> dict[str, Any]:
    """The definition as a schema v2 document; optional fields only when they are set."""
    document: dict[str, Any] = {
        "schema_version": SESSION_SCHEMA_VERSION,
        "id": definition.id,
        "name": definition.name,
        "title": definition.title,
        "suspend_policy": definition.suspend_policy.value,
        "setup": definition.setup,
        "parameters": [_parameter_to_json(p) for p in definition.parameters],
        "get_ready": _phase_to_json(definition.get_ready, with_kind=False),
        "rep": [_phase_to_json(template) for template in definition.rep],
        "reps": definition.reps,
        "sets": definition.sets,
        "done_message": definition.done_message,
    }
    optional: dict[str, Any] = {
        "between_sets": _optional_phase(definition.between_sets),
        "per_side": _optional_phase(definition.per_side),
        "repeat_after_min": definition.repeat_after_min,
        "repeat_advice": definition.repeat_advice or None,
        "illustration": definition.illustration,
    }
    document.update({key: value for key, value in optional.items() if value is not None})
    return document


def encode_definition(definition: SessionDefinition) -> bytes:
    """The bytes of a session file for `definition`, or SessionError saying why not.

    Checked before anything is written: every text can be written as UTF-8, it reads back
    as the same definition, it builds a plan with its defaults (length and phase limits),
    and it fits in a session file.
    """
    document = definition_to_json(definition)
    not_text = _unencodable_field(document)
    if not_text:  # "\ud800" in a file decodes to a lone surrogate, which UTF-8 cannot hold
        raise SessionError(
            translate(
                "SessionJson", "{field}: holds a character that is not text (a lone surrogate)"
            ).format(field=not_text)
        )
    if parse_definition(document) != replace(definition, builtin=False):
        raise SessionError(
            translate(
                "SessionJson", "{session}: would not read back the same, so it is not saved"
            ).format(session=definition.name)
        )
    build_plan(definition)
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    data = text.encode("utf-8")
    if len(data) > limits.MAX_SESSION_FILE_BYTES:
        raise SessionError(
            translate(
                "SessionJson",
                "{session}: the file would be {size} bytes; a session file may be at most "
                "{most} bytes (shorten the instructions)",
            ).format(
                session=definition.name,
                size=len(data),
                most=limits.MAX_SESSION_FILE_BYTES,
            )
        )
    return data


def _unencodable_field(value: object, where: str = "") -> str | None:
    """The path of the first text in a document that UTF-8 cannot encode, if any."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where or translate("SessionJson", "the file")
        return None
    if isinstance(value, dict):
        items: list[tuple[str, object]] = [
            (f"{where}.{k}" if where else k, v) for k, v in value.items()
        ]
    elif isinstance(value, list):
        items = [(f"{where}[{i}]", v) for i, v in enumerate(value)]
    else:
        return None
    return next((found for path, item in items if (found := _unencodable_field(item, path))), None)


def _parameter_to_json(parameter: Parameter) -> dict[str, Any]:
    document: dict[str, Any] = {
        "name": parameter.name,
        "label": parameter.label,
        "unit": parameter.unit,
        "default": parameter.default,
        "min": parameter.low,
        "max": parameter.high,
    }
    if parameter.note:
        document["note"] = parameter.note
    return document


def _phase_to_json(template: PhaseTemplate, *, with_kind: bool = True) -> dict[str, Any]:
    """A rep's phase names its kind; get ready, between sets and per side have a fixed one."""
    document: dict[str, Any] = {"phase": template.kind.value} if with_kind else {}
    document["duration"] = template.duration
    document["instruction"] = template.instruction
    return document


def _optional_phase(template: PhaseTemplate | None) -> dict[str, Any] | None:
    return None if template is None else _phase_to_json(template, with_kind=False)
