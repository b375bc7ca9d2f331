"""One hamtimer per data directory: the lock is refused while held and free once released
or once its holder has died."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import hamtimer
from hamtimer.core.instance_lock import AlreadyRunningError, InstanceLock

SOURCE_ROOT = Path(hamtimer.__file__).resolve().parents[1]

TRY_LOCK = """
import sys
from pathlib import Path
from hamtimer.core.instance_lock import InstanceLock
print(InstanceLock(Path(sys.argv[1])).acquire())
"""


def acquire_in_another_process(path: Path) -> str:
    """Run a fresh Python that tries the lock, prints the result and exits without release."""
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_a_free_lock_is_acquired(data_dir: Path) -> None:
    lock = InstanceLock(data_dir / "hamtimer.lock")
    assert lock.acquire()
    assert lock.held
    lock.release()


def test_a_second_lock_on_the_same_file_is_refused_while_the_first_is_held(
    data_dir: Path,
) -> None:
    first = InstanceLock(data_dir / "hamtimer.lock")
    assert first.acquire()
    second = InstanceLock(data_dir / "hamtimer.lock")
    assert not second.acquire()
    assert not second.held
    first.release()


def test_a_released_lock_can_be_taken_by_another(data_dir: Path) -> None:
    first = InstanceLock(data_dir / "hamtimer.lock")
    first.acquire()
    first.release()
    second = InstanceLock(data_dir / "hamtimer.lock")
    assert second.acquire()
    second.release()


def test_acquiring_a_lock_already_held_by_the_same_object_succeeds(data_dir: Path) -> None:
    lock = InstanceLock(data_dir / "hamtimer.lock")
    lock.acquire()
    assert lock.acquire()
    lock.release()


def test_releasing_a_lock_that_is_not_held_does_nothing(data_dir: Path) -> None:
    lock = InstanceLock(data_dir / "hamtimer.lock")
    lock.release()
    assert not lock.held


def test_the_lock_file_names_the_holder_pid(data_dir: Path) -> None:
    with InstanceLock(data_dir / "hamtimer.lock"):
        assert (data_dir / "hamtimer.lock").read_text("ascii") == f"{os.getpid()}\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_lock_file_is_readable_by_its_owner_only(data_dir: Path) -> None:
    with InstanceLock(data_dir / "hamtimer.lock"):
        assert stat.S_IMODE((data_dir / "hamtimer.lock").stat().st_mode) == 0o600


def test_the_context_manager_releases_the_lock_on_exit(data_dir: Path) -> None:
    with InstanceLock(data_dir / "hamtimer.lock") as lock:
        assert lock.held
    assert not lock.held
    again = InstanceLock(data_dir / "hamtimer.lock")
    assert again.acquire()
    again.release()


def test_the_context_manager_refuses_a_held_lock_with_a_clear_error(data_dir: Path) -> None:
    with (
        InstanceLock(data_dir / "hamtimer.lock"),
        pytest.raises(AlreadyRunningError, match="already running"),
        InstanceLock(data_dir / "hamtimer.lock"),
    ):
        pass


def test_another_process_cannot_take_the_lock_while_it_is_held(data_dir: Path) -> None:
    with InstanceLock(data_dir / "hamtimer.lock"):
        assert acquire_in_another_process(data_dir / "hamtimer.lock") == "False"


def test_a_lock_left_by_a_process_that_exited_is_free(data_dir: Path) -> None:
    assert acquire_in_another_process(data_dir / "hamtimer.lock") == "True"
    lock = InstanceLock(data_dir / "hamtimer.lock")
    assert lock.acquire()
    lock.release()


def test_a_lock_file_that_cannot_be_opened_raises_an_error_naming_it(data_dir: Path) -> None:
    path = data_dir / "missing-dir" / "hamtimer.lock"
    with pytest.raises(OSError, match=r"Could not open the lock file .*missing-dir"):
        InstanceLock(path).acquire()
