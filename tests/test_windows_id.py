"""The Windows AppUserModelID is set only on Windows, and nothing breaks elsewhere."""

from __future__ import annotations

import sys

import pytest

from hamtimer.windows_id import set_app_user_model_id


@pytest.mark.skipif(sys.platform == "win32", reason="the other platforms' behaviour")
def test_elsewhere_than_windows_nothing_is_set() -> None:
    assert set_app_user_model_id() is False
