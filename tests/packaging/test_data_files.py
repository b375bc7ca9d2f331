"""`pip install .` installs every resource the app reads at run time, where resources.py looks."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests import by_path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
# What the app reads at run time; resources/desktop and the PNG icons are for the desktop
# packages, the .ts files for translators.
RUN_TIME = ("program.json", "sessions/*.json", "sounds/*.wav", "voice/*/*.wav",
            "translations/*.qm", "icons/*.svg", "illustrations/*.svg")  # fmt: skip


def installed() -> set[Path]:
    """Every file the [tool.setuptools.data-files] table installs, by its path in resources/."""
    table = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    files: set[Path] = set()
    for target, patterns in table["data-files"].items():
        assert target.startswith("share/hamtimer/resources"), target
        folder = Path(target.removeprefix("share/hamtimer/"))
        for pattern in patterns:
            for path in ROOT.glob(pattern):
                assert path.parent.relative_to(ROOT) == folder, f"{path} would go to {target}"
                files.add(path.relative_to(RESOURCES))
    return files


@pytest.mark.parametrize("pattern", RUN_TIME)
def test_every_resource_read_at_run_time_is_installed(pattern: str) -> None:
    wanted = {path.relative_to(RESOURCES) for path in RESOURCES.glob(pattern)}
    assert wanted, f"nothing matches {pattern}"
    assert wanted - installed() == set()


def test_the_bundle_keeps_the_voice_and_the_translations() -> None:
    trim = by_path.load("packaging/bundle_trim.py")
    for path in [*RESOURCES.glob("voice/*/*.wav"), *RESOURCES.glob("translations/*.qm")]:
        assert trim.keep(path.relative_to(ROOT).as_posix(), ["es", "de"]), path
