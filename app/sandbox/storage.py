"""What is wrong with the database's storage, in one sentence a merchant or developer can act on."""

import os
import sqlite3
from pathlib import Path

from app.storage.private import private_file

_COMPANIONS = ("-wal", "-shm")  # the files SQLite keeps beside a database in WAL mode


class StorageError(Exception):
    """The database cannot be opened or used: which file, what is wrong and what to do.

    The file is left as it was: never deleted, never repaired.
    """

    def __init__(self, path: str, problem: str, remedy: str) -> None:
        self.path = path
        self.problem = problem
        self.remedy = remedy
        super().__init__(f"The sandbox database {path} {problem}; {remedy}.")


class StorageUnavailableError(Exception):
    """A transaction failed for its storage (full disk, disk error): nothing was saved."""

    def __init__(self, message: str, error: sqlite3.Error) -> None:
        self.message = message
        self.error = error
        super().__init__(message)


_UNAVAILABLE = {
    sqlite3.SQLITE_FULL: "The disk that holds the sandbox's database is full, so nothing was "
    "saved. Free some space on it and try again.",
    sqlite3.SQLITE_IOERR: "The sandbox could not write its database (a disk error), so nothing "
    "was saved. Check the disk and try again.",
    sqlite3.SQLITE_READONLY: "The sandbox's database has become read-only, so nothing was saved. "
    "Make it writable again and try again.",
    sqlite3.SQLITE_CORRUPT: "The sandbox's database is damaged, so nothing was saved. Stop the "
    "sandbox, put a backup in the file's place and start it again.",
}


def _primary_code(error: sqlite3.Error) -> int:
    # Extended codes (SQLITE_IOERR_WRITE) carry their primary code in the low byte.
    return int(getattr(error, "sqlite_errorcode", -1)) & 0xFF


def unavailable(error: sqlite3.Error) -> StorageUnavailableError | None:
    """The storage fault behind a failed transaction, or None when it is something else."""
    message = _UNAVAILABLE.get(_primary_code(error))
    return StorageUnavailableError(message, error) if message else None


_READ_ONLY_FOLDER_NEW = "cannot be created: its folder is read-only for this user"
_REMEDY_FOLDER_NEW = "make the folder writable, or use another one, and start again"
_READ_ONLY_FILE = "is read-only for this user (it was left as it is)"
_REMEDY_FILE = "make it writable and start again"
_READ_ONLY_FOLDER = (
    "cannot be written: its folder is read-only for this user, and SQLite keeps its journal "
    "beside it"
)
_DAMAGED = "is damaged or is not a database (it was left as it is)"
_REMEDY_DAMAGED = "move it elsewhere, or put a backup in its place, and start again"


def keep_private(path: str) -> None:
    """The database and the files beside it, 0600: SQLite gives -wal and -shm the mode of
    the database, so a new database is made 0600 before SQLite opens it."""
    for file in (Path(path), *(Path(f"{path}{suffix}") for suffix in _COMPANIONS)):
        if file.exists() or file == Path(path):
            try:
                private_file(file)
            except OSError as error:
                raise StorageError(
                    path, _READ_ONLY_FILE, "make it writable and start again"
                ) from error


def refuse_unwritable(path: str) -> None:
    """Refuse, before SQLite opens anything, a database this user could not write.

    SQLite would open a read-only file read-only and fail on the first write; and a
    journal file (-shm) it cannot write it maps read-only, or, if that changes while the
    server runs, maps until the kernel kills the process (SIGBUS).
    """
    file = Path(path)
    folder = file.parent
    if not file.exists():
        if not os.access(folder, os.W_OK):
            raise StorageError(path, _READ_ONLY_FOLDER_NEW, _REMEDY_FOLDER_NEW)
        return
    if not os.access(file, os.W_OK):
        raise StorageError(path, _READ_ONLY_FILE, _REMEDY_FILE)
    for suffix in _COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists() and not os.access(companion, os.W_OK):
            raise StorageError(
                path,
                f"cannot be written: {companion} beside it is read-only or immutable",
                "make that file writable, or remove it while no sandbox runs, and start again",
            )
    if not os.access(folder, os.W_OK):
        raise StorageError(path, _READ_ONLY_FOLDER, "make the folder writable and start again")


_AT_START: dict[int, tuple[str, str]] = {
    sqlite3.SQLITE_NOTADB: (_DAMAGED, _REMEDY_DAMAGED),
    sqlite3.SQLITE_CORRUPT: (_DAMAGED, _REMEDY_DAMAGED),
    sqlite3.SQLITE_FULL: ("cannot be written: its disk is full", "free some space and start again"),
    sqlite3.SQLITE_IOERR: (
        "could not be read or written (a disk error; it was left as it is)",
        "check the disk and start again",
    ),
    sqlite3.SQLITE_READONLY: (_READ_ONLY_FILE, "make it and its folder writable and start again"),
    sqlite3.SQLITE_CANTOPEN: (
        "cannot be opened or created",
        "check that its folder exists and is writable, and start again",
    ),
    sqlite3.SQLITE_BUSY: (
        "is locked by another program (it was left as it is)",
        "close that program and start again",
    ),
}


def at_start(path: str, error: sqlite3.Error) -> StorageError:
    """The sentence for a database that could not be opened, migrated or seeded."""
    problem, remedy = _AT_START.get(
        _primary_code(error),
        (f"could not be opened ({error}; it was left as it is)", "start again"),
    )
    return StorageError(path, problem, remedy)


def folder_not_made(path: str, error: OSError) -> StorageError:
    """The sentence for a database whose folder could not be made."""
    return StorageError(
        path,
        f"cannot be created: its folder could not be made ({error.strerror})",
        "make the folder yourself, or use another one, and start again",
    )
