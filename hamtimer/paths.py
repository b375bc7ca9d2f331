"""The one owner of where hamtimer keeps its files (platformdirs, or --data-dir)."""

from __future__ import annotations

import getpass
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from hamtimer import APP_NAME

logger = logging.getLogger(__name__)

LOG_FILE_NAME = "log.jsonl"
SETTINGS_FILE_NAME = "settings.json"
LOCK_FILE_NAME = "hamtimer.lock"
JOURNAL_FILE_NAME = "journal.jsonl"
PROGRAM_STATE_FILE_NAME = "program-state.json"
SESSIONS_DIR_NAME = "sessions"
LOGS_DIR_NAME = "logs"


@dataclass(frozen=True)
class DataPaths:
    """Every file hamtimer writes lives under one data directory."""

    data_dir: Path

    @property
    def log_file(self) -> Path:
        return self.data_dir / LOG_FILE_NAME

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILE_NAME

    @property
    def lock_file(self) -> Path:
        return self.data_dir / LOCK_FILE_NAME

    @property
    def journal_file(self) -> Path:
        return self.data_dir / JOURNAL_FILE_NAME

    @property
    def program_state_file(self) -> Path:
        return self.data_dir / PROGRAM_STATE_FILE_NAME

    @property
    def sessions_dir(self) -> Path:
        """The patient's own sessions, one JSON file each (see docs/CUSTOM-SESSIONS.md)."""
        return self.data_dir / SESSIONS_DIR_NAME


def spill_dirs() -> list[Path]:
    """Where sessions wait when the data folder refuses them: the cache, then the temp dir."""
    user = getpass_safe()
    return [
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "pending",
        Path(tempfile.gettempdir()) / f"{APP_NAME}-pending-{user}",
    ]


def getpass_safe() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_paths_for(override: Path | None = None) -> DataPaths:
    """Where the files would be, creating nothing (for checks made before any write)."""
    return DataPaths((override or default_data_dir()).expanduser().resolve())


def log_dir(data_override: Path | None = None) -> Path:
    """Where the app's own log and crash reports go: the platform's log folder, or a
    `logs` folder inside --data-dir (portable use, and tests never write to the real home)."""
    if data_override is not None:
        return data_override.expanduser().resolve() / LOGS_DIR_NAME
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def prepare_data_dir(override: Path | None = None) -> DataPaths:
    """Create the data directory (private to the user on POSIX) and return its paths.

    Raises OSError with the path in the message when the directory cannot be made.
    """
    data_dir = data_paths_for(override).data_dir
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not data_dir.is_dir():
        raise NotADirectoryError(f"{data_dir} is not a directory")
    logger.debug("data dir: %s", data_dir)
    return DataPaths(data_dir)
