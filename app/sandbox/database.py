"""The sandbox's SQLite database: schema, one locked transaction per request, seed data."""

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.sandbox.store import Store

Clock = Callable[[], float]

_SCHEMA_VERSION = 1
_SCHEMA = """
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
"""


class Database:
    """One SQLite connection shared by the server's threads, one transaction at a time.

    A single lock keeps the sandbox simple and its transactions serialisable; it
    serves one merchant's desktop app and a developer's tests, not a fleet.
    """

    def __init__(self, path: str, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._configure(in_memory=path == ":memory:")

    def _configure(self, *, in_memory: bool) -> None:
        if not in_memory:
            self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.execute("PRAGMA foreign_keys=ON")
        self._connection.execute("PRAGMA busy_timeout=5000")
        with self._lock:
            self._connection.executescript(_SCHEMA)
            self._connection.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    def now(self) -> int:
        return int(self._clock())

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Run a block as one transaction; an exception rolls everything back."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield Store(self._connection, self.now())
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._connection.close()
