"""The Linux bundle's ICU data keeps what the app's languages need (packaging/icu_trim.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from tests import by_path

ICU_DATA = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"


icu_trim = by_path.load("packaging/icu_trim.py")
needs_icu_library = pytest.mark.skipif(
    not ICU_DATA.exists(), reason="PySide6 bundles ICU's data library on Linux only"
)

KEPT = [
    "root.res", "en.res", "en_GB.res", "es.res", "es_419.res", "es_MX.res", "de.res",
    "de_AT.res", "coll/root.res", "coll/es.res", "coll/ucadata.icu", "zone/de.res",
    "curr/pool.res", "lang/res_index.res", "likelySubtags.res", "supplementalData.res",
    "zoneinfo64.res", "plurals.res", "metadata.res", "cnvalias.icu", "nfkc.nrm",
    "ibm-5348_P100-1997.cnv",  # windows-1252: a single-byte converter
]  # fmt: skip
DROPPED = [
    "fr.res", "fr_CA.res", "zh_Hant_TW.res", "coll/zh.res", "zone/ja.res", "rbnf/it.res",
    "brkitr/root.res", "brkitr/cjdict.dict", "translit/root.res", "unames.icu",
    "ibm-943_P15A-2003.cnv",  # Shift_JIS: a multi-byte converter
]  # fmt: skip


def test_the_app_s_languages_and_what_is_not_per_locale_are_kept() -> None:
    sizes = {item: 1_000 for item in KEPT + DROPPED}
    sizes["ibm-943_P15A-2003.cnv"] = 150_000
    assert icu_trim.items_to_remove(sizes, ["es", "de"]) == sorted(DROPPED)


def test_a_language_of_the_app_with_a_region_keeps_its_whole_language() -> None:
    sizes = {"pt.res": 1, "pt_BR.res": 1, "fr.res": 1}
    assert icu_trim.items_to_remove(sizes, ["pt_BR"]) == ["fr.res"]


@needs_icu_library
def test_the_data_is_read_from_the_library_s_own_symbol() -> None:
    data = icu_trim.data_symbol_bytes(ICU_DATA.read_bytes(), "icudt73_dat")
    assert data[2:4] == b"\xda\x27" and data[12:16] == b"CmnD"  # ICU's common data header
    assert len(data) > 20_000_000


def test_a_file_that_is_not_a_64_bit_elf_library_is_refused() -> None:
    with pytest.raises(ValueError, match="not a 64-bit"):
        icu_trim.data_symbol_bytes(b"MZ\x90\x00" + bytes(100), "icudt73_dat")


@needs_icu_library
@pytest.mark.skipif(bool(icu_trim.missing_tools()), reason="needs icu-devtools and gcc")
def test_qt_sorts_and_names_zones_in_spanish_and_german_with_the_trimmed_data(
    tmp_path: Path,
) -> None:
    trimmed = icu_trim.trim_icu_data(ICU_DATA, ["es", "de"], tmp_path)
    assert trimmed.stat().st_size < ICU_DATA.stat().st_size / 4
    # LD_LIBRARY_PATH comes before the Qt libraries' own RUNPATH: Qt loads the trimmed copy.
    environment = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    script = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from hamtimer.qt.selftest_checks import _locale_data; print(_locale_data());"
        "import pathlib; maps = pathlib.Path('/proc/self/maps').read_text();"
        f"print({str(trimmed)!r} in maps)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    said, loaded = done.stdout.splitlines()
    assert said.startswith("es and de collation; Europe/Madrid is '") and said[-2:] != "''"
    assert loaded == "True"
    assert "Could not create collator" not in done.stderr
