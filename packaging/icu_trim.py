"""Linux bundle: ICU's data library cut down to what hamtimer's languages use (32 → 5 MB).

PySide6's Qt links ICU, and its data library (libicudata.so.73, 31 MB) carries the data of
every language ICU knows: collation and names for 400+ locales, break-iterator dictionaries
for Chinese, Japanese, Thai, Khmer and Burmese, transliterators, and the converters of every
legacy East Asian encoding. Qt formats dates and numbers from its own CLDR tables; it asks
ICU for collation (sorting), case mapping, time-zone names and legacy text encodings.

`trim_icu_data()` rebuilds the library with ICU's own tools (icupkg and genccode, Debian's
icu-devtools) and gcc: the data of the app's languages and the root locale stay, together
with everything that is not per-locale (likely subtags, plural rules, time zones,
normalisation) and the single-byte converters (ISO-8859-*, Windows code pages, KOI8).
Dropped: other languages' locale data, break iterators (Qt breaks text with its own
tables), transliterators, Unicode character names, and the multi-byte East Asian
converters (Shift_JIS, GB18030, Big5, EUC): hamtimer reads and writes only UTF-8.

When a tool is missing the bundle keeps the whole library, and the reason is printed.
This file is loaded by path from build.spec and must stay free of PyInstaller imports.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

ICU_DATA_LIBRARY = re.compile(r"libicudata\.so\.(?P<version>\d+)$")
# A locale's own file, in the tree's top folder or in coll/, curr/, lang/, region/, unit/,
# zone/, rbnf/: "de.res", "es_419.res", "en_GB.res", "zh_Hant_TW.res", "root.res".
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3}|root)(_[A-Za-z0-9_]+)?\.res$")
DROPPED_TREES = ("brkitr/", "translit/")
DROPPED_ITEMS = {"unames.icu"}
NOT_LOCALES = {"res_index.res"}  # each tree's list of its locales, named like one
SINGLE_BYTE_CONVERTER_MAX = 20_000  # bytes: every .cnv under this is a one-byte code page
TOOLS = ("icupkg", "genccode", "gcc")


def items_to_remove(sizes: Mapping[str, int], languages: Iterable[str]) -> list[str]:
    """The package items (path → size in bytes) the trimmed data leaves out."""
    kept_languages = {"root", "en", *(language.split("_")[0] for language in languages)}

    def kept(item: str) -> bool:
        name = item.rsplit("/", 1)[-1]
        if item.startswith(DROPPED_TREES) or name in DROPPED_ITEMS:
            return False
        if name.endswith(".cnv"):
            return sizes[item] < SINGLE_BYTE_CONVERTER_MAX
        locale = None if name in NOT_LOCALES else LOCALE_ITEM.match(name)
        return locale is None or locale["language"] in kept_languages

    return sorted(item for item in sizes if not kept(item))


def data_symbol_bytes(library: bytes, symbol: str) -> bytes:
    """The bytes of a global data symbol of a 64-bit little-endian ELF shared library."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF file")
    (section_offset,) = struct.unpack_from("<Q", library, 0x28)
    entry_size, count = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, section_offset + index * entry_size)
        for index in range(count)
    ]  # name, type, flags, address, offset, size, link, info, align, entry size
    for _name, kind, _flags, _address, offset, size, link, _info, _align, _entry in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        names_offset = sections[link][4]
        for start in range(offset, offset + size, 24):
            name_at, _info_byte, _other, index, value, length = struct.unpack_from(
                "<IBBHQQ", library, start
            )
            end = library.index(b"\0", names_offset + name_at)
            if library[names_offset + name_at : end].decode() == symbol:
                home = sections[index]
                at = home[4] + value - home[3]  # file offset of the symbol's address
                return library[at : at + length]
    raise ValueError(f"no symbol {symbol} in the library")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def trim_icu_data(library: Path, languages: Iterable[str], work: Path) -> Path:
    """Write the trimmed copy of `library` (libicudata.so.NN) into `work`; return its path."""
    match = ICU_DATA_LIBRARY.search(library.name)
    if match is None:
        raise ValueError(f"{library.name} is not ICU's data library")
    version = match["version"]
    package = f"icudt{version}l"  # "l": little-endian, ASCII
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp_name:
        temp = Path(temp_name)
        whole = temp / "whole" / f"{package}.dat"
        whole.parent.mkdir()
        whole.write_bytes(data_symbol_bytes(library.read_bytes(), f"icudt{version}_dat"))
        remove = _removal_list(whole, languages, temp)
        trimmed = temp / f"{package}.dat"  # icupkg names the items after its output file
        _run("icupkg", "--remove", str(remove), str(whole), str(trimmed))
        _run("genccode", "--assembly", "gcc", "--entrypoint", f"icudt{version}",
             "--destdir", str(temp), str(trimmed))  # fmt: skip
        output = work / library.name
        _run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
             "-Wl,-z,noexecstack", "-o", str(output), str(temp / f"{package}_dat.S"))  # fmt: skip
    return output


def _removal_list(whole: Path, languages: Iterable[str], temp: Path) -> Path:
    """icupkg's list of items to remove, with the items that depend on them (aliases)."""
    extracted = temp / "items"
    extracted.mkdir()
    listing = _run("icupkg", "--list", str(whole)).split()
    (temp / "all.txt").write_text("\n".join(listing) + "\n")
    _run("icupkg", "--extract", str(temp / "all.txt"), "--destdir", str(extracted), str(whole))
    sizes = {item: (extracted / item).stat().st_size for item in listing}
    removed = set(items_to_remove(sizes, languages))
    remove = temp / "remove.txt"
    for _round in range(10):  # each round adds the items that depended on removed ones
        remove.write_text("\n".join(sorted(removed)) + "\n")
        check = subprocess.run(
            ["icupkg", "--remove", str(remove), str(whole), str(temp / "check.dat")],
            capture_output=True,
            text=True,
        )
        dependents = set(re.findall(r"^Item (\S+) depends on missing item", check.stderr, re.M))
        if not dependents:
            return remove
        wanted = sorted(item for item in dependents if not item.endswith(".cnv"))
        if wanted:  # only converter aliases are expected to lean on removed items
            raise RuntimeError(f"icupkg: kept items depend on removed ones: {wanted}")
        removed |= dependents
    raise RuntimeError("icupkg: the items to remove kept growing")


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout
