"""Session files: the built-ins load, and bad files are refused with a message naming the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hamtimer.core.plan import build_plan, summary
from hamtimer.core.session import SessionError, SuspendPolicy
from hamtimer.core.session_loader import load_builtin_sessions, load_session_file
from hamtimer.resources import resource_path


def builtin_json(session_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("sessions", f"{session_id}.json").read_text())
    return data


def write(tmp_path: Path, data: object, name: str = "bridge-hold.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_two_builtins_load_with_their_stable_ids_and_summaries() -> None:
    sessions = load_builtin_sessions(resource_path("sessions"))
    assert {"bridge-hold", "ice"} <= set(sessions)
    assert summary(build_plan(sessions["bridge-hold"])) == "3 × 10 s hold · 30 s rest"
    assert summary(build_plan(sessions["ice"])) == "15 min ice"
    assert sessions["ice"].suspend_policy is SuspendPolicy.COUNT
    assert sessions["bridge-hold"].suspend_policy is SuspendPolicy.PAUSE


def test_the_builtins_carry_the_protocols_cues() -> None:
    sessions = load_builtin_sessions(resource_path("sessions"))
    bridge = build_plan(sessions["bridge-hold"])
    instructions = " ".join(phase.instruction for phase in bridge.phases).lower()
    assert "press your heels into the floor" in instructions
    assert "without pain" in instructions
    assert "lower slowly" in instructions
    assert "towel" in sessions["ice"].get_ready.instruction.lower()


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("default", 25, "parameters.minutes.default = 25 is outside 15–20 min"),
        ("max", 30, "parameters.minutes.max = 30 is outside 15–20 min"),
        ("min", 5, "parameters.minutes.min = 5 is outside 15–20 min"),
    ],
)
def test_a_builtin_ice_outside_the_protocol_is_refused_with_range_and_reason(
    tmp_path: Path, field: str, value: int, expected: str
) -> None:
    data = builtin_json("ice")
    ice_minutes = data["parameters"][0]
    ice_minutes[field] = value
    ice_minutes["min"] = min(ice_minutes["min"], value)
    ice_minutes["max"] = max(ice_minutes["max"], value)
    path = write(tmp_path, data, "ice.json")
    with pytest.raises(SessionError) as caught:
        load_session_file(path, builtin=True)
    message = str(caught.value)
    assert str(path) in message and expected in message and "skin" in message


def test_a_builtin_bridge_with_a_20_second_hold_is_refused(tmp_path: Path) -> None:
    data = builtin_json("bridge-hold")
    data["parameters"][0]["max"] = 20
    with pytest.raises(SessionError, match=r"hold_s\.max = 20 is outside 10–15 s: the protocol"):
        load_session_file(write(tmp_path, data), builtin=True)


def test_the_same_values_are_allowed_in_a_patients_own_session(tmp_path: Path) -> None:
    data = builtin_json("bridge-hold")
    data["parameters"][0]["max"] = 20
    assert load_session_file(write(tmp_path, data), builtin=False).parameter("hold_s").high == 20


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"schema_version": 3}, "schema_version: 3 is not supported"),
        ({"schema_version": True}, "schema_version: True is not supported"),
        ({"schema_version": 1}, "illustration: unknown field"),  # a version 2 field
        ({"schema_version": 2, "sets": 0}, "sets: must be 1–50"),
        ({"schema_version": 2, "illustration": "../x.svg"}, "illustration: must be the file"),
        ({"schema_version": 2, "per_side": {"duration": 5}}, "per_side.instruction: must be"),
        ({"id": "Bridge Hold!"}, "id: 'Bridge Hold!' must be lowercase"),
        ({"name": ""}, "name: must be text"),
        ({"suspend_policy": "sometimes"}, "suspend_policy: 'sometimes' must be one of"),
        ({"reps": "hold_s"}, "reps: 'hold_s' is not a repetitions setting"),
        ({"rep": []}, "rep: must be a list of 1–10 phases"),
        ({"colour": "red"}, "colour: unknown field"),
        ({"parameters": [{"name": "x"}]}, "parameters[0].unit"),
    ],
)
def test_a_malformed_definition_names_the_field(
    tmp_path: Path, change: dict[str, Any], expected: str
) -> None:
    data = builtin_json("bridge-hold") | change
    with pytest.raises(SessionError, match=expected.replace("[", r"\[").replace("(", r"\(")):
        load_session_file(write(tmp_path, data), builtin=False)


def test_a_hold_phase_longer_than_an_hour_is_refused(tmp_path: Path) -> None:
    data = builtin_json("bridge-hold")
    data["rep"][0]["duration"] = 4000
    with pytest.raises(SessionError, match=r"rep\[0\]\.duration: 4000 s is outside 0–3600 s"):
        load_session_file(write(tmp_path, data), builtin=False)


@pytest.mark.parametrize(
    "content",
    [b"{", b"\xff\xfe garbage", b"[]", b'{"schema_version": NaN}', b"[" * 100_000],
)
def test_unreadable_files_are_refused_with_the_file_named(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(SessionError, match=r"broken\.json"):
        load_session_file(path, builtin=False)


def test_an_oversized_session_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (64 * 1024 + 1))
    with pytest.raises(SessionError, match="may be at most 65536 bytes"):
        load_session_file(path, builtin=False)


def test_a_choice_outside_the_range_is_refused_with_range_and_reason() -> None:
    definition = load_builtin_sessions(resource_path("sessions"))["ice"]
    with pytest.raises(SessionError, match=r"Ice for must be 15–20 min \(the protocol"):
        definition.choose({"minutes": 25})
    with pytest.raises(SessionError, match="no setting called 'hold_s'"):
        definition.choose({"hold_s": 10})
