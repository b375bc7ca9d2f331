"""Careful file handling shared by the log and the settings: bounded reads, atomic writes,
and moving an unreadable file aside instead of overwriting it."""

from __future__ import annotations

import errno
import json
import logging
import math
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from hamtimer.core.i18n import translate

logger = logging.getLogger(__name__)

MAX_JSON_BYTES = 64 * 1024
UTF8_BOM = b"\xef\xbb\xbf"
QUARANTINE_MARK = ".unreadable-"
_DOUBLE_DIGITS = 300  # a shorter integer literal always fits in a double (max ~1.8e308)
_APPEND_FLAGS = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)


class UnreadableJSONError(ValueError):
    """Bytes that are not a JSON document we accept; the message is plain words in the
    patient's language (it ends up in the notes the window shows)."""


class _NonFiniteError(ValueError):
    """Raised from inside json.loads, which lets hook exceptions through unchanged."""


def decode_json(data: bytes, limit: int = MAX_JSON_BYTES) -> object:
    """Decode one JSON document from strict UTF-8, refusing what could exhaust memory or
    sneak non-finite numbers past validation (NaN, Infinity, 1e400)."""
    if len(data) > limit:
        raise _too_large(limit)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableJSONError(translate("SafeFiles", "it is not UTF-8 text")) from None
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise UnreadableJSONError(translate("SafeFiles", "it is nested too deeply")) from None
    except _NonFiniteError:
        raise UnreadableJSONError(
            translate(
                "SafeFiles",
                "it holds a number that is not finite (NaN, Infinity, or too large for a double)",
            )
        ) from None
    except ValueError as error:
        logger.debug("JSON decoding failed: %s", error)
        raise UnreadableJSONError(translate("SafeFiles", "it is not valid JSON")) from None


def _too_large(limit: int) -> UnreadableJSONError:
    return UnreadableJSONError(
        translate("SafeFiles", "it is larger than {size} KiB").format(size=limit // 1024)
    )


def read_json_bounded(path: Path, limit: int = MAX_JSON_BYTES) -> object:
    """Read a small JSON file without ever holding more than `limit` bytes of it.

    A UTF-8 byte order mark at the start is tolerated (some editors add one).
    Raises FileNotFoundError or another OSError, or UnreadableJSONError.
    """
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _too_large(limit)
    return decode_json(data.removeprefix(UTF8_BOM), limit)


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Move an unreadable file aside, byte for byte, to `<name>.unreadable-<stamp>[-N]`.

    The stamp is local time, so the patient recognises it. An existing file is never
    overwritten: the name gets `-1`, `-2`... The check-then-rename is safe because only
    one hamtimer runs at a time (see instance_lock).
    """
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = _free_name(path.with_name(f"{path.name}{QUARANTINE_MARK}{stamp}"))
    os.replace(path, target)
    fsync_directory(path.parent)
    logger.warning("moved unreadable %s aside to %s", path, target)
    return target


def keep_copy(path: Path, now: datetime | None = None) -> Path:
    """Keep an unreadable file's bytes aside, unchanged, under `<name>.unreadable-<stamp>[-N]`,
    leaving the file itself in place.

    Unlike quarantine(), a crash before the caller has written a replacement leaves the
    original where it was, so nothing in it goes missing. A hard link costs no time or
    space; where the file system has none, the bytes are copied. An existing file is never
    overwritten (both refuse a name that exists). Raises OSError.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = _free_name(path.with_name(f"{path.name}{QUARANTINE_MARK}{stamp}"))
    try:
        os.link(path, target)
    except FileExistsError:
        raise
    except OSError as error:
        logger.info("could not link %s to %s (%s); copying it", path, target, error)
        _copy_exclusive(path, target)
    fsync_directory(path.parent)
    logger.warning("kept unreadable %s as %s", path, target)
    return target


def _copy_exclusive(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as original:
            shutil.copyfileobj(original, out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        _remove_temp(target)
        raise


def _free_name(base: Path) -> Path:
    candidate, counter = base, 0
    while os.path.lexists(candidate):
        counter += 1
        candidate = base.with_name(f"{base.name}-{counter}")
    return candidate


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves the old file or the new, never half.

    The temporary file lives in the same directory (os.replace cannot cross file
    systems) and is created 0600 by mkstemp. Raises OSError; the old file is then intact.
    """
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        _remove_temp(Path(temp_name))
        raise
    fsync_directory(path.parent)


def _remove_temp(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError as error:
        logger.error("could not remove temporary file %s: %s", temp, error)


def append_line(path: Path, line: bytes) -> None:
    """Append one newline-terminated line with a single write and an fsync; O(1) in size.

    A file whose tail is torn (no final newline) gets a newline first, so the line stands
    on its own. A partial write is cut off again, so a failure leaves the file as it was.
    The file is created 0600. Raises OSError.
    """
    fd = os.open(path, _APPEND_FLAGS, 0o600)
    try:
        _append_at_end(fd, line)
    finally:
        os.close(fd)


def _append_at_end(fd: int, line: bytes) -> None:
    """Write the line at the end in one call; undo a partial write so no torn line stays."""
    size = os.fstat(fd).st_size
    if size and _byte_at(fd, size - 1) != b"\n":
        line = b"\n" + line  # a torn tail: start on a line of our own
    try:
        if os.write(fd, line) != len(line):
            raise OSError(
                errno.ENOSPC, translate("SafeFiles", "the disk took only part of the line")
            )
        os.fsync(fd)
    except OSError:
        _truncate(fd, size)
        raise


def _byte_at(fd: int, offset: int) -> bytes:
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, 1)


def _truncate(fd: int, size: int) -> None:
    try:
        os.ftruncate(fd, size)
    except OSError as error:
        logger.error("could not undo a partial write: %s", error)


def fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` survive a power cut (POSIX; Windows has no such call).

    Some file systems refuse to fsync a directory; the file data is already safe then,
    so this is logged rather than raised.
    """
    if sys.platform == "win32":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as error:
        logger.warning("could not fsync directory %s: %s", directory, error)


def _reject_constant(name: str) -> object:
    raise _NonFiniteError(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NonFiniteError(text)
    return value


def _finite_int(text: str) -> int:
    """Refuse an integer literal no double can hold (10**400): validators compare numbers
    as floats, and float() of such an int raises OverflowError, not ValueError."""
    value = int(text)
    if len(text) > _DOUBLE_DIGITS:
        try:
            float(value)
        except OverflowError:
            raise _NonFiniteError(text) from None
    return value


# One decoder for every document: json.loads() with hooks builds a new one per call.
_DECODER = json.JSONDecoder(
    parse_constant=_reject_constant, parse_float=_finite_float, parse_int=_finite_int
)
