"""Requests from a later launch: only a small, well-formed request is taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamtimer.qt.single_instance import parse_request, server_name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"start": "ice"}\n', {"start": "ice"}),
        (b'{"start": null}\n', {"start": None}),
        (b'{"start": "ice", "run": "rm -rf /"}\n', None),
        (b'{"start": 3}\n', None),
        (b'{"start": "' + b"x" * 100 + b'"}\n', None),
        (b"\xff\xfe\n", None),
        (b"[" * 10_000 + b"\n", None),
        (b"not json\n", None),
    ],
)
def test_only_a_well_formed_request_is_taken(line: bytes, expected: object) -> None:
    assert parse_request(line) == expected


def test_each_data_folder_has_its_own_channel(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
