"""Folders and files for this user's eyes only: the log, the settings, the databases.

They hold no secret (none is ever written), but they do say which stores and tokens there
are and when they are used. Created 0700 and 0600 whatever the umask; a folder that already
exists (one the merchant chose with SHIPTURTLE_TOKENS_HOME, say) keeps its mode.
"""

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Make `path` (0700 if it is made now; missing parents get the usual mode)."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return path


def private_file(path: Path) -> Path:
    """Make `path` an empty 0600 file if it is missing; take group and others' access away
    from one this user owns (made by an earlier version, under a looser umask)."""
    if os.name != "posix":
        return path  # Windows keeps a user's profile folder to that user already
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    try:
        found = os.fstat(descriptor)
        if found.st_uid == os.getuid() and stat.S_IMODE(found.st_mode) & 0o077:
            os.fchmod(descriptor, stat.S_IMODE(found.st_mode) & ~0o077)
    finally:
        os.close(descriptor)
    return path
