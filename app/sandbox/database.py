"""The sandbox's SQLite database: schema, one locked transaction per request, seed data."""

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.sandbox.storage import (
    StorageError,
    at_start,
    keep_private,
    refuse_unwritable,
    unavailable,
)
from app.sandbox.store import Store

log = logging.getLogger(__name__)

Clock = Callable[[], float]

# Each step brings a database from the version before it to its own; a new database
# takes them all. Steps are never edited once released: a merchant's or developer's
# existing database is upgraded in place, never deleted.
_MIGRATIONS: tuple[str, ...] = (
    # 1: merchants, their sessions and access tokens.
    """
CREATE TABLE IF NOT EXISTS merchants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    api_integration INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS access_tokens (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    username TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    permissions TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    token_hint TEXT NOT NULL,
    note TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER,
    last_used_at INTEGER
);
CREATE INDEX IF NOT EXISTS access_tokens_by_merchant ON access_tokens (merchant_id, seq);
CREATE INDEX IF NOT EXISTS access_tokens_by_username
    ON access_tokens (merchant_id, username COLLATE NOCASE);
""",
    # 2 (contract v1.1): developer API sessions, each tied to the secret that opened it.
    """
CREATE TABLE IF NOT EXISTS api_sessions (
    session_hash TEXT PRIMARY KEY,
    token_seq INTEGER NOT NULL REFERENCES access_tokens(seq),
    secret_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS api_sessions_by_token ON api_sessions (token_seq);
""",
    # 3 (issue 11): editing, rotating (a current and a previous secret), activity, lookup.
    # Until now a token had one secret, so its last use was its current secret's.
    """
ALTER TABLE access_tokens ADD COLUMN previous_token_hash TEXT;
ALTER TABLE access_tokens ADD COLUMN previous_hint TEXT;
ALTER TABLE access_tokens ADD COLUMN previous_valid_until INTEGER;
ALTER TABLE access_tokens ADD COLUMN previous_last_used_at INTEGER;
ALTER TABLE access_tokens ADD COLUMN current_first_used_at INTEGER;
ALTER TABLE access_tokens ADD COLUMN current_last_used_at INTEGER;
UPDATE access_tokens SET current_last_used_at = last_used_at;
CREATE UNIQUE INDEX IF NOT EXISTS access_tokens_by_previous_hash
    ON access_tokens (previous_token_hash) WHERE previous_token_hash IS NOT NULL;
CREATE TABLE IF NOT EXISTS token_calls (
    id INTEGER PRIMARY KEY,
    token_seq INTEGER NOT NULL REFERENCES access_tokens(seq),
    at INTEGER NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    status INTEGER NOT NULL,
    ip TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    secret TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS token_calls_by_token ON token_calls (token_seq, id);
CREATE TABLE IF NOT EXISTS token_daily (
    token_seq INTEGER NOT NULL REFERENCES access_tokens(seq),
    day INTEGER NOT NULL,
    requests INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    PRIMARY KEY (token_seq, day)
) WITHOUT ROWID;
""",
    # 4 (issue 17): idempotent answers kept across restarts, sealed (app/sandbox/replays.py).
    """
CREATE TABLE IF NOT EXISTS replays (
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    key_hash TEXT NOT NULL,
    stored_at INTEGER NOT NULL,
    sealed BLOB NOT NULL,
    PRIMARY KEY (merchant_id, key_hash)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS replays_by_age ON replays (stored_at);
""",
    # 5 (issue 21, contract 1.6.0): a version of each merchant's token collection, for ETags.
    # Any change to what a token's JSON shows steps it (the triggers compare those columns,
    # so an update that changes nothing steps nothing). The moments when the clock alone
    # changes an answer (an expiry, an overlap's end, a rotation no longer shown) are found
    # through the two indexes (Store.tokens_tag).
    """
ALTER TABLE merchants ADD COLUMN tokens_version INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS access_tokens_by_expiry ON access_tokens (merchant_id, expires_at)
    WHERE expires_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS access_tokens_by_overlap
    ON access_tokens (merchant_id, previous_valid_until) WHERE previous_valid_until IS NOT NULL;
CREATE TRIGGER IF NOT EXISTS access_tokens_added AFTER INSERT ON access_tokens BEGIN
    UPDATE merchants SET tokens_version = tokens_version + 1
    WHERE id = NEW.merchant_id;
END;
CREATE TRIGGER IF NOT EXISTS access_tokens_changed AFTER UPDATE ON access_tokens
WHEN OLD.username IS NOT NEW.username OR OLD.permissions IS NOT NEW.permissions
    OR OLD.token_hint IS NOT NEW.token_hint OR OLD.note IS NOT NEW.note
    OR OLD.expires_at IS NOT NEW.expires_at OR OLD.revoked_at IS NOT NEW.revoked_at
    OR OLD.last_used_at IS NOT NEW.last_used_at OR OLD.previous_hint IS NOT NEW.previous_hint
    OR OLD.previous_valid_until IS NOT NEW.previous_valid_until
    OR OLD.previous_last_used_at IS NOT NEW.previous_last_used_at
    OR OLD.current_first_used_at IS NOT NEW.current_first_used_at
BEGIN
    UPDATE merchants SET tokens_version = tokens_version + 1
    WHERE id = NEW.merchant_id;
END;
""",
    # 6 (issue 24, contract 1.8.0): one-time hand-offs. The ciphertext goes (NULL) when the
    # hand-off is opened, withdrawn or expired; the row, with only the hash of its key proof,
    # stays 30 days for the receipt. A receipt's change is a change of the token collection.
    """
CREATE TABLE IF NOT EXISTS hand_offs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    merchant_id TEXT NOT NULL REFERENCES merchants(id),
    token_seq INTEGER NOT NULL REFERENCES access_tokens(seq),
    proof_hash TEXT NOT NULL,
    ciphertext TEXT,
    request_key_hash TEXT,
    request_fingerprint TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    opened_at INTEGER,
    opened_ip TEXT,
    opened_agent TEXT,
    withdrawn_at INTEGER,
    wrong_keys INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS hand_offs_by_token ON hand_offs (token_seq, seq);
CREATE INDEX IF NOT EXISTS hand_offs_by_merchant ON hand_offs (merchant_id, seq);
CREATE INDEX IF NOT EXISTS hand_offs_by_expiry ON hand_offs (expires_at);
CREATE INDEX IF NOT EXISTS hand_offs_waiting_by_merchant ON hand_offs (merchant_id, expires_at)
    WHERE opened_at IS NULL AND withdrawn_at IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS hand_offs_by_request
    ON hand_offs (merchant_id, request_key_hash) WHERE request_key_hash IS NOT NULL;
CREATE TRIGGER IF NOT EXISTS hand_offs_added AFTER INSERT ON hand_offs BEGIN
    UPDATE merchants SET tokens_version = tokens_version + 1 WHERE id = NEW.merchant_id;
END;
CREATE TRIGGER IF NOT EXISTS hand_offs_changed AFTER UPDATE ON hand_offs
WHEN OLD.opened_at IS NOT NEW.opened_at OR OLD.withdrawn_at IS NOT NEW.withdrawn_at
    OR OLD.wrong_keys IS NOT NEW.wrong_keys
BEGIN
    UPDATE merchants SET tokens_version = tokens_version + 1 WHERE id = NEW.merchant_id;
END;
CREATE TRIGGER IF NOT EXISTS hand_offs_removed AFTER DELETE ON hand_offs BEGIN
    UPDATE merchants SET tokens_version = tokens_version + 1 WHERE id = OLD.merchant_id;
END;
""",
)
SCHEMA_VERSION = len(_MIGRATIONS)


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""


class Database:
    """One SQLite connection shared by the server's threads, one transaction at a time.

    A single lock keeps the sandbox simple and its transactions serialisable; it
    serves one merchant's desktop app and a developer's tests, not a fleet.
    """

    def __init__(self, path: str, clock: Clock) -> None:
        """Open the database, or raise StorageError saying why it cannot be used."""
        self._clock = clock
        self._lock = threading.Lock()
        # What the last failed write said about the storage, until a write succeeds.
        self.storage_problem: str | None = None
        in_memory = path == ":memory:"
        if not in_memory:
            refuse_unwritable(path)
            keep_private(path)
        try:
            self._connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as error:
            raise at_start(path, error) from error
        try:
            self._configure(path, in_memory=in_memory)
        except sqlite3.Error as error:
            self._connection.close()
            raise at_start(path, error) from error
        except BaseException:
            self._connection.close()
            raise

    def _configure(self, path: str, *, in_memory: bool) -> None:
        self._refuse_newer(path)
        if not in_memory:
            self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.execute("PRAGMA foreign_keys=ON")
        # What is deleted (a hand-off's ciphertext) is overwritten, not left in free pages.
        self._connection.execute("PRAGMA secure_delete=ON")
        self._connection.execute("PRAGMA busy_timeout=5000")
        with self._lock:
            self._migrate()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    def _refuse_newer(self, path: str) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(
                path,
                f"is from a newer version of the app (schema {version}; it was left as it is)",
                "update the app to open it",
            )

    def _migrate(self) -> None:
        version = self._version()
        for step in range(version, SCHEMA_VERSION):
            # One transaction per step: a step is applied whole or not at all.
            try:
                self._connection.executescript(
                    f"BEGIN IMMEDIATE; {_MIGRATIONS[step]} PRAGMA user_version={step + 1}; COMMIT;"
                )
            except sqlite3.Error:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                raise

    def now(self) -> int:
        return int(self._clock())

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Run a block as one transaction; an exception rolls everything back.

        A full disk, a disk error or a file gone read-only or damaged raises
        StorageUnavailableError, and `storage_problem` says so until a write succeeds.
        """
        with self._lock:
            changes = self._connection.total_changes
            try:
                self._connection.execute("BEGIN IMMEDIATE")
                yield Store(self._connection, self.now())
                self._connection.execute("COMMIT")
            except sqlite3.Error as error:
                self._roll_back()
                fault = unavailable(error)
                if fault is None:
                    raise
                self._note_problem(fault.message)
                raise fault from error
            except BaseException:
                self._roll_back()
                raise
            if self._connection.total_changes != changes:
                self._note_problem(None)

    def _roll_back(self) -> None:
        # SQLite may have rolled back already (a full disk, an I/O error at COMMIT); a
        # ROLLBACK that fails too must not hide the error that matters.
        if self._connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute("ROLLBACK")

    def _note_problem(self, problem: str | None) -> None:
        if problem != self.storage_problem:
            if problem is None:
                log.info("The sandbox's database takes writes again")
            else:
                log.warning("%s", problem)
        self.storage_problem = problem

    def close(self) -> None:
        with self._lock:
            self._connection.close()
