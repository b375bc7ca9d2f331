"""One hamtimer at a time per data directory, so two windows never append to one log.

The lock is an OS file lock, not the file's existence: when the holder exits or crashes,
the OS frees it, so a lock left by a dead process needs no clean-up code.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

logger = logging.getLogger(__name__)

_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)


class AlreadyRunningError(RuntimeError):
    """Another hamtimer holds the lock on the same data directory."""


class InstanceLock:
    """A non-blocking exclusive lock on `path` (flock on POSIX, msvcrt.locking on Windows).

    The holder's PID is written into the file for diagnostics only; nothing reads it to
    decide anything. A lock held by a process that died is free again automatically.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process (or open) holds it.

        Raises OSError naming the file if it cannot be opened at all.
        """
        if self._fd is not None:
            return True
        fd = self._open()
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            logger.info("lock %s is held by another hamtimer", self._path)
            return False
        self._fd = fd
        _write_pid(fd)
        return True

    def release(self) -> None:
        """Give the lock up; harmless if it is not held."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        if not self.acquire():
            raise AlreadyRunningError(f"hamtimer is already running (lock file {self._path})")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def _open(self) -> int:
        try:
            return os.open(self._path, _OPEN_FLAGS, 0o600)
        except OSError as error:
            raise OSError(
                error.errno, f"Could not open the lock file {self._path}: {error.strerror}"
            ) from error


def _write_pid(fd: int) -> None:
    """Record who holds the lock; a failure here does not matter for the lock itself."""
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    except OSError as error:
        logger.warning("could not write our PID into the lock file: %s", error)


if sys.platform == "win32":

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # locks byte 0, even past the end
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
