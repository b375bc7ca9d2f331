"""Session definitions written back to JSON read back exactly, or are refused before writing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from hamtimer.core.session import SESSION_SCHEMA_VERSION, PhaseKind, PhaseTemplate, SessionError
from hamtimer.core.session_json import definition_to_json, encode_definition
from hamtimer.core.session_loader import load_session_file, parse_definition
from hamtimer.resources import resource_path
from tests.custom_sessions import builtins


@pytest.mark.parametrize(
    "path", sorted(resource_path("sessions").glob("*.json")), ids=lambda path: path.stem
)
def test_every_builtin_reads_back_the_same_except_being_builtin(path: Path) -> None:
    original = load_session_file(path, builtin=True)
    document = definition_to_json(original)
    assert document["schema_version"] == SESSION_SCHEMA_VERSION == 2
    assert parse_definition(document) == replace(original, builtin=False)


def test_every_optional_field_of_schema_2_reads_back_the_same() -> None:
    curl = replace(
        builtins()["bridge-hold"],
        sets=2,
        between_sets=PhaseTemplate(PhaseKind.REST, 45, "Rest before the next set."),
        per_side=PhaseTemplate(PhaseKind.SWITCH_SIDES, "rest_s", "Other leg."),
        illustration="hinge.svg",
        repeat_after_min=90,
        builtin=False,
    )
    document = definition_to_json(curl)
    assert {"sets", "between_sets", "per_side", "illustration", "repeat_after_min"} <= set(document)
    assert parse_definition(document) == curl


def test_unset_optional_fields_are_left_out_of_the_file() -> None:
    document = definition_to_json(replace(builtins()["bridge-hold"], illustration=None))
    assert not {"between_sets", "per_side", "illustration", "repeat_after_min"} & set(document)
    assert "phase" not in document["get_ready"]


def test_encoded_bytes_load_through_the_real_loader_as_the_same_session(tmp_path: Path) -> None:
    ice = builtins()["ice"]
    path = tmp_path / "ice.json"
    path.write_bytes(encode_definition(ice))
    assert load_session_file(path, builtin=False) == replace(ice, builtin=False)
    assert path.read_bytes().endswith(b"}\n")


def test_a_definition_that_would_not_read_back_is_refused_naming_the_field() -> None:
    too_long = replace(builtins()["ice"], name="x" * 61)
    with pytest.raises(SessionError, match="name: must be text of 1–60 characters"):
        encode_definition(too_long)


def test_a_definition_longer_than_four_hours_is_refused() -> None:
    ice = builtins()["ice"]
    marathon = replace(ice, rep=(PhaseTemplate(PhaseKind.ICE, 3600, "Ice."),), reps=5)
    with pytest.raises(SessionError, match="at most 240 min"):
        encode_definition(marathon)


def test_a_definition_too_big_for_a_session_file_is_refused_with_the_size() -> None:
    wide = "\U0001f9ca" * 1000  # 4 bytes each in UTF-8
    bridge = builtins()["bridge-hold"]
    rep = tuple(PhaseTemplate(PhaseKind.HOLD, 10, wide) for _ in range(10))
    notes = tuple(replace(parameter, note=wide) for parameter in bridge.parameters)
    get_ready = replace(bridge.get_ready, instruction=wide)
    huge = replace(bridge, rep=rep, setup=wide, title=wide, done_message=wide,
                   parameters=notes, get_ready=get_ready, repeat_advice=wide)  # fmt: skip
    with pytest.raises(SessionError, match=r"the file would be \d+ bytes; .* at most 65536"):
        encode_definition(huge)


def test_text_is_written_as_readable_utf8_not_escapes() -> None:
    bridge = replace(builtins()["bridge-hold"], name="Brücke")
    assert "Brücke" in encode_definition(bridge).decode("utf-8")
    assert json.loads(encode_definition(bridge))["name"] == "Brücke"


def test_a_lone_surrogate_from_a_files_escape_is_refused_naming_the_field() -> None:
    bridge = builtins()["bridge-hold"]
    rest = replace(bridge.rep[1], instruction="Lower slowly \ud800")
    with pytest.raises(SessionError, match=r"^rep\[1\]\.instruction: holds a character that"):
        encode_definition(replace(bridge, rep=(bridge.rep[0], rest)))
