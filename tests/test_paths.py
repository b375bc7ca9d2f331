"""Where the app's own log goes: never the real home in tests, and inside --data-dir if given."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hamtimer.paths import log_dir


def test_the_log_folder_is_inside_data_dir_when_one_is_given(tmp_path: Path) -> None:
    assert log_dir(tmp_path / "portable") == (tmp_path / "portable" / "logs").resolve()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is Linux's")
def test_the_log_folder_follows_xdg_state_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert log_dir() == tmp_path / "state" / "hamtimer" / "log"
