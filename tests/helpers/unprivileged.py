"""Running a piece of a test as a user whom file permissions apply to, even under root."""

import os
import pwd
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

_THROWAWAY_USER = "nobody"


def _throwaway_ids() -> tuple[int, int]:
    try:
        entry = pwd.getpwnam(_THROWAWAY_USER)
    except KeyError:
        pytest.skip(f"no '{_THROWAWAY_USER}' user to drop root's rights to")
    return entry.pw_uid, entry.pw_gid


def as_unprivileged(work: Callable[[], str]) -> str:
    """What `work` returns, run as a user without root's rights (root ignores file modes).

    Under root the work runs in a forked child that becomes `nobody`, as `runuser` would
    make it, without starting another interpreter (which may live where `nobody` cannot
    read). Everything `work` needs must be imported before: the child cannot import
    from a root-only folder. Under any other user the work runs here.
    """
    if os.geteuid() != 0:
        return work()
    uid, gid = _throwaway_ids()
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's coverage is never collected)
        os.close(reading)
        try:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            outcome = work()
        except BaseException as error:
            outcome = f"{type(error).__name__}: {error}"
        os.write(writing, outcome.encode())
        os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        outcome = pipe.read().decode()
    os.waitpid(child, 0)
    return outcome


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A new folder that the throwaway user can reach (pytest's tmp_path is root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="shipturtle-unprivileged-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)  # a read-only folder's files cannot be removed otherwise
        shutil.rmtree(folder)
