"""Loads session files: decodes, validates each field by name, checks built-ins by the protocol."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from hamtimer.core import limits
from hamtimer.core.i18n import translate
from hamtimer.core.resource_text import translated_session
from hamtimer.core.session import (
    READABLE_SESSION_VERSIONS,
    SESSION_SCHEMA_VERSION,
    UNIT_SECONDS,
    Parameter,
    PhaseKind,
    PhaseTemplate,
    SessionDefinition,
    SessionError,
    SuspendPolicy,
    describe_range,
    is_valid_id,
)

_ALLOWED_KEYS = {
    "schema_version", "id", "name", "title", "suspend_policy", "setup", "parameters",
    "get_ready", "rep", "reps", "done_message", "repeat_after_min", "repeat_advice",
}  # fmt: skip
_VERSION_2_KEYS = {"sets", "between_sets", "per_side", "illustration"}
_ILLUSTRATION_PATTERN = r"[a-z0-9][a-z0-9-]{0,39}\.svg"


def parse_definition(data: object) -> SessionDefinition:
    obj = _object(data, translate("SessionLoader", "the file"))
    version = obj.get("schema_version")
    if version not in READABLE_SESSION_VERSIONS or isinstance(version, bool):
        raise _refused(
            translate(
                "SessionLoader",
                "{field}: {value} is not supported (this app reads 1 to {newest})",
            ),
            field="schema_version",
            value=repr(version),
            newest=SESSION_SCHEMA_VERSION,
        )
    allowed = _ALLOWED_KEYS | (_VERSION_2_KEYS if version >= 2 else set())
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise _refused(translate("SessionLoader", "{field}: unknown field"), field=unknown[0])
    session_id = _text(obj, "id", limits.MAX_NAME_CHARS)
    if not is_valid_id(session_id):
        raise SessionError(bad_id(session_id))
    parameters = _parameters(obj.get("parameters"))
    names = {p.name: p for p in parameters}
    return SessionDefinition(
        id=session_id,
        name=_text(obj, "name", limits.MAX_NAME_CHARS),
        title=_text(obj, "title", limits.MAX_TEXT_CHARS),
        suspend_policy=_enum(SuspendPolicy, obj.get("suspend_policy"), "suspend_policy"),
        setup=_text(obj, "setup", limits.MAX_TEXT_CHARS),
        parameters=parameters,
        get_ready=_phase(obj.get("get_ready"), "get_ready", names, PhaseKind.GET_READY),
        rep=_rep(obj.get("rep"), names),
        reps=_reps(obj.get("reps"), names, "reps"),
        done_message=_text(obj, "done_message", limits.MAX_TEXT_CHARS),
        repeat_after_min=_optional_int(obj, "repeat_after_min", 1, 48 * 60),
        repeat_advice=str(obj.get("repeat_advice", ""))[: limits.MAX_TEXT_CHARS],
        sets=_reps(obj.get("sets", 1), names, "sets"),
        between_sets=_optional_phase(obj, "between_sets", names, PhaseKind.REST),
        per_side=_optional_phase(obj, "per_side", names, PhaseKind.SWITCH_SIDES),
        illustration=_illustration(obj.get("illustration")),
    )


def load_session_file(path: Path, *, builtin: bool) -> SessionDefinition:
    """Read and validate one session file; every error names the file and the field."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_SESSION_FILE_BYTES:
            raise _refused(
                translate(
                    "SessionLoader",
                    "{file}: the file is {size} bytes; a session file may be at most {most} bytes",
                ),
                file=path,
                size=size,
                most=limits.MAX_SESSION_FILE_BYTES,
            )
        data = json.loads(path.read_bytes().decode("utf-8"), parse_constant=_reject_constant)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as e:
        if isinstance(e, SessionError):
            raise
        raise _refused(
            translate("SessionLoader", "{file}: cannot be read as a JSON session file ({error})"),
            file=path,
            error=e,
        ) from None
    if builtin and isinstance(data, dict):  # shown in the patient's language
        data = translated_session(data)
    try:
        definition = parse_definition(data)
        if builtin:
            check_protocol(definition)
            definition = replace(definition, builtin=True)
    except SessionError as e:
        raise SessionError(in_file(path, e)) from None
    return definition


def in_file(path: Path, problem: object) -> str:
    """'<file>: <problem>': a problem found in a file, naming the file first."""
    return translate("SessionLoader", "{file}: {problem}").format(file=path, problem=problem)


def bad_id(session_id: str) -> str:
    return translate(
        "SessionLoader", "{field}: {value} must be lowercase letters, digits and dashes"
    ).format(field="id", value=repr(session_id))


def _refused(template: str, **values: object) -> SessionError:
    """A SessionError with `template` (already translated) filled in."""
    return SessionError(template.format(**values))


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def check_protocol(definition: SessionDefinition) -> None:
    """Refuse a built-in whose defaults or allowed choices leave the protocol's ranges."""
    for parameter in definition.parameters:
        allowed = limits.PROTOCOL_RANGES.get((definition.id, parameter.name))
        if allowed is None:
            continue
        for field_name in ("default", "low", "high"):
            value = getattr(parameter, field_name)
            if not allowed.low <= value <= allowed.high:
                shown = {"low": "min", "high": "max"}.get(field_name, field_name)
                raise _refused(
                    translate("SessionLoader", "{field} = {value} is outside {range}: {reason}"),
                    field=f"parameters.{parameter.name}.{shown}",
                    value=value,
                    range=describe_range(allowed.low, allowed.high, parameter.unit),
                    reason=translate("Limits", allowed.reason),
                )


def load_builtin_sessions(directory: Path) -> dict[str, SessionDefinition]:
    sessions: dict[str, SessionDefinition] = {}
    for path in sorted(directory.glob("*.json")):
        definition = load_session_file(path, builtin=True)
        if definition.id in sessions:
            raise _refused(
                translate("SessionLoader", "{file}: id {id} is used by another session"),
                file=path,
                id=repr(definition.id),
            )
        sessions[definition.id] = definition
    return sessions


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _refused(translate("SessionLoader", "{field}: must be a JSON object"), field=where)
    return value


def _text(obj: dict[str, Any], key: str, max_chars: int, where: str = "") -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > max_chars:
        raise _refused(
            translate("SessionLoader", "{field}: must be text of 1–{most} characters"),
            field=f"{where}{key}",
            most=max_chars,
        )
    return value


def _int(obj: dict[str, Any], key: str, low: int, high: int, where: str = "") -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _refused(
            translate(
                "SessionLoader", "{field}: {value} must be a whole number from {low} to {high}"
            ),
            field=f"{where}{key}",
            value=repr(value),
            low=low,
            high=high,
        )
    return value


def _optional_int(obj: dict[str, Any], key: str, low: int, high: int) -> int | None:
    return None if obj.get(key) is None else _int(obj, key, low, high)


def _enum(kind: Any, value: object, where: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise SessionError(one_of(where, value, allowed)) from None


def _parameters(value: object) -> tuple[Parameter, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= limits.MAX_PARAMETERS:
        raise _refused(
            translate("SessionLoader", "{field}: must be a list of 1–{most} settings"),
            field="parameters",
            most=limits.MAX_PARAMETERS,
        )
    parsed = tuple(_parameter(item, index) for index, item in enumerate(value))
    if len({p.name for p in parsed}) != len(parsed):
        raise _refused(
            translate("SessionLoader", "{field}: two settings have the same name"),
            field="parameters",
        )
    return parsed


def _parameter(value: object, index: int) -> Parameter:
    where = f"parameters[{index}]."
    obj = _object(value, where.rstrip("."))
    unit = obj.get("unit")
    if not isinstance(unit, str) or unit not in UNIT_SECONDS:
        raise SessionError(one_of(f"{where}unit", unit, ", ".join(UNIT_SECONDS)))
    ceiling = _ceiling(str(unit))
    low = _int(obj, "min", 0, ceiling, where)
    high = _int(obj, "max", low, ceiling, where)
    return Parameter(
        name=_text(obj, "name", 40, where),
        label=_text(obj, "label", limits.MAX_NAME_CHARS, where),
        unit=str(unit),
        default=_int(obj, "default", low, high, where),
        low=low,
        high=high,
        note=str(obj.get("note", ""))[: limits.MAX_TEXT_CHARS],
    )


def _ceiling(unit: str) -> int:
    if unit == "reps":
        return limits.MAX_REPS
    return limits.MAX_PHASE_SECONDS // UNIT_SECONDS[unit]


def _phase(
    value: object, where: str, names: dict[str, Parameter], kind: PhaseKind | None = None
) -> PhaseTemplate:
    obj = _object(value, where)
    if kind is None:
        kind = _enum(PhaseKind, obj.get("phase"), f"{where}.phase")
        if kind is PhaseKind.GET_READY:
            raise _refused(
                translate("SessionLoader", "{field}: get_ready belongs in 'get_ready' only"),
                field=f"{where}.phase",
            )
    return PhaseTemplate(
        kind=kind,
        duration=_duration(obj.get("duration"), f"{where}.duration", names),
        instruction=_text(obj, "instruction", limits.MAX_TEXT_CHARS, f"{where}."),
    )


def _duration(value: object, where: str, names: dict[str, Parameter]) -> str | int:
    if isinstance(value, str):
        if value not in names or names[value].unit == "reps":
            raise _refused(
                translate(
                    "SessionLoader", "{field}: {value} is not a duration setting of this session"
                ),
                field=where,
                value=repr(value),
            )
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refused(
            translate("SessionLoader", "{field}: must be seconds or the name of a setting"),
            field=where,
        )
    if not 0 <= value <= limits.MAX_PHASE_SECONDS:
        raise _refused(
            translate("SessionLoader", "{field}: {value} s is outside 0–{most} s"),
            field=where,
            value=value,
            most=limits.MAX_PHASE_SECONDS,
        )
    return value


def _optional_phase(
    obj: dict[str, Any], key: str, names: dict[str, Parameter], kind: PhaseKind
) -> PhaseTemplate | None:
    return None if obj.get(key) is None else _phase(obj[key], key, names, kind)


def _illustration(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or re.fullmatch(_ILLUSTRATION_PATTERN, value) is None:
        raise _refused(
            translate(
                "SessionLoader", "{field}: must be the file name of an SVG, like 'windmill.svg'"
            ),
            field="illustration",
        )
    return value


def _rep(value: object, names: dict[str, Parameter]) -> tuple[PhaseTemplate, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= limits.MAX_PHASES_PER_REP:
        raise _refused(
            translate("SessionLoader", "{field}: must be a list of 1–{most} phases"),
            field="rep",
            most=limits.MAX_PHASES_PER_REP,
        )
    phases = tuple(_phase(item, f"rep[{i}]", names) for i, item in enumerate(value))
    if not any(phase.kind.is_active for phase in phases):
        raise _refused(
            translate("SessionLoader", "{field}: needs a 'hold', 'work', 'stretch' or 'ice' phase"),
            field="rep",
        )
    return phases


def _reps(value: object, names: dict[str, Parameter], key: str) -> str | int:
    """A count of repetitions or sets: a whole number, or a 'reps' setting's name."""
    if isinstance(value, str):
        if value not in names or names[value].unit != "reps":
            raise _refused(
                translate(
                    "SessionLoader", "{field}: {value} is not a repetitions setting of this session"
                ),
                field=key,
                value=repr(value),
            )
        return value
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limits.MAX_REPS:
        raise _refused(
            translate("SessionLoader", "{field}: must be 1–{most} or the name of a setting"),
            field=key,
            most=limits.MAX_REPS,
        )
    return value


def one_of(field: str, value: object, allowed: str) -> str:
    return translate("SessionLoader", "{field}: {value} must be one of {allowed}").format(
        field=field, value=repr(value), allowed=allowed
    )
