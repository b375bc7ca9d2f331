"""Generates hostile and corrupt variants of a valid JSON document, rather than hand-picking a few.

Each variant is a (description, bytes) pair. From one valid document it derives: the
document cut at every byte, seeded random bytes and seeded byte flips, other encodings,
every field missing, every field replaced by each hostile value (wrong types, huge and
non-finite numbers, non-UTF-8 text, code that must never run), newer schema versions,
deep nesting, and a pickle that would create a file if anything unpickled it.
"""

from __future__ import annotations

import json
import pickle
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Variant = tuple[str, bytes]
JSONPath = tuple[str | int, ...]
_PLACEHOLDER = "\x00hostile-value\x00"
DEEP = 100_000
DEEP_BUT_SMALL = 20_000  # under the 64 KiB limits, so the parser itself meets the depth


def hostile_values(marker: Path) -> dict[str, bytes]:
    """JSON literals (some deliberately invalid) to put where a field's value should be."""
    code = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    return {
        "null": b"null",
        "true": b"true",
        "false": b"false",
        "zero": b"0",
        "negative": b"-1",
        "fraction": b"0.5",
        "1e400": b"1e400",
        "-1e400": b"-1e400",
        "10**400 as an integer literal": str(10**400).encode(),
        "an integer of 5000 digits": b"9" * 5000,
        "NaN": b"NaN",
        "Infinity": b"Infinity",
        "-Infinity": b"-Infinity",
        "empty text": b'""',
        "text": b'"x"',
        "text of 5000 characters": json.dumps("x" * 5000).encode(),
        "a list": b"[1, 2]",
        "an object": b'{"a": 1}',
        "non-UTF-8 text": b'"caf\xe9 \xff\xfe"',
        "a lone surrogate": b'"\\ud800"',
        "a NUL character": b'"a\\u0000b"',
        "Python code": json.dumps(code).encode(),
        "nested 20000 deep": b"[" * DEEP_BUT_SMALL + b"]" * DEEP_BUT_SMALL,
    }


def field_paths(document: Any, prefix: JSONPath = ()) -> Iterator[JSONPath]:
    """Every path to a value inside the document, parents before children."""
    children: Any = ()
    if isinstance(document, dict):
        children = document.items()
    elif isinstance(document, list):
        children = enumerate(document)
    for key, value in children:
        yield (*prefix, key)
        yield from field_paths(value, (*prefix, key))


def describe(path: JSONPath) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)[1:]


def encode(document: Any) -> bytes:
    """Compact and on one line, so a log variant is one line."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def with_literal(document: Any, path: JSONPath, literal: bytes) -> bytes:
    """The document with the value at `path` replaced by raw JSON text `literal`."""
    copy = json.loads(json.dumps(document))
    *parents, last = path
    target = copy
    for part in parents:
        target = target[part]
    target[last] = _PLACEHOLDER
    return encode(copy).replace(encode(_PLACEHOLDER), literal)


def without(document: Any, path: JSONPath) -> bytes:
    copy = json.loads(json.dumps(document))
    *parents, last = path
    target = copy
    for part in parents:
        target = target[part]
    del target[last]
    return encode(copy)


def pickle_bomb(marker: Path) -> bytes:
    """Bytes that create `marker` if anyone ever unpickles them."""
    return pickle.dumps(_Touch(str(marker)))


class _Touch:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return open, (self.path, "w")


def hostile_variants(document: Any, seed: int, marker: Path) -> Iterator[Variant]:
    """Every variant of `document`; `marker` is a file that exists only if code ran."""
    valid = encode(document)
    yield from _byte_damage(valid, seed)
    yield from _whole_document_oddities(document, valid, marker)
    values = hostile_values(marker)
    for path in field_paths(document):
        yield f"{describe(path)} missing", without(document, path)
        for name, literal in values.items():
            yield f"{describe(path)} = {name}", with_literal(document, path, literal)


def _byte_damage(valid: bytes, seed: int) -> Iterator[Variant]:
    for cut in range(len(valid)):
        yield f"cut after {cut} bytes", valid[:cut]
    rng = random.Random(seed)
    for number in range(40):
        yield f"random bytes #{number}", rng.randbytes(rng.randint(1, 512))
    for number in range(40):
        damaged = bytearray(valid)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        yield f"random byte flips #{number}", bytes(damaged)


def _whole_document_oddities(document: Any, valid: bytes, marker: Path) -> Iterator[Variant]:
    text = valid.decode("utf-8")
    yield "UTF-16", text.encode("utf-16")
    yield "Latin-1", text.encode("latin-1", "replace")
    yield "a byte order mark", b"\xef\xbb\xbf" + valid
    yield "two byte order marks", b"\xef\xbb\xbf\xef\xbb\xbf" + valid
    yield "empty", b""
    yield "only spaces", b"   "
    for literal in (b"null", b"[]", b'"text"', b"1", b"true"):
        yield f"not an object: {literal.decode()}", literal
    yield "two documents", valid + valid
    yield f"nested {DEEP} deep", b"[" * DEEP + b"]" * DEEP
    yield f"nested {DEEP_BUT_SMALL} deep", b"[" * DEEP_BUT_SMALL + b"]" * DEEP_BUT_SMALL
    yield f"objects nested {DEEP_BUT_SMALL} deep", b'{"a":' * DEEP_BUT_SMALL + b"}" * DEEP_BUT_SMALL
    yield "a pickle", pickle_bomb(marker)
    for version in (b"2", b"99", str(10**400).encode(), b"1.5", b"0", b"-1"):
        yield (
            f"schema_version {version[:10].decode()}",
            with_literal(document, ("schema_version",), version),
        )


def assert_plain(message: str | None, kept: Path) -> None:
    """One line of English naming the file; no traceback, no repr."""
    assert message is not None
    assert str(kept) in message
    assert "\n" not in message
    assert "Traceback" not in message and "Error(" not in message
