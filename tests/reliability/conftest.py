"""Shared by the hostile-file suites: the marker that proves no code ran."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def marker(tmp_path: Path) -> Iterator[Path]:
    """Exists only if something evaluated or unpickled what it read."""
    path = tmp_path / "code-ran"
    yield path
    assert not path.exists(), "reading a hostile file ran code from it"
