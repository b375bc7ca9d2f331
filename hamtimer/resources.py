"""The one owner of where hamtimer's bundled resources are (source tree, install, frozen)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The `resources/` folder: beside the package, installed under share/, or in a bundle."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "hamtimer" / "resources")
    for candidate in candidates:
        if (candidate / "sessions").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"hamtimer's resources were not found (looked in {searched})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
