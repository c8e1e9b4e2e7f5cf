"""Queries on the sandbox database, all inside one request's transaction."""

import sqlite3
from dataclasses import dataclass

from app.sandbox.records import Merchant, TokenRecord

_COLUMN_NAMES = [
    "seq",
    "id",
    "merchant_id",
    "username",
    "permissions",
    "token_hint",
    "note",
    "created_at",
    "expires_at",
    "revoked_at",
    "last_used_at",
]
_COLUMNS = ", ".join(_COLUMN_NAMES)
_JOINED_COLUMNS = ", ".join(f"t.{name}" for name in _COLUMN_NAMES)
_MERCHANT_COLUMNS = "m.id, m.name, m.email, m.api_integration"
_DAY = 24 * 3600
STATUS_FILTERS = {
    "active": "revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)",
    "revoked": "revoked_at IS NOT NULL",
    "expired": "revoked_at IS NULL AND expires_at <= :now",
    "all": "1",
}


def _token(row: sqlite3.Row | tuple[object, ...]) -> TokenRecord:
    seq, id_, merchant_id, username, permissions, hint, note, created, expires, revoked, used = row
    return TokenRecord(
        seq=int(str(seq)),
        id=str(id_),
        merchant_id=str(merchant_id),
        username=str(username),
        permissions=tuple(str(permissions).split(",")),
        token_hint=str(hint),
        note=None if note is None else str(note),
        created_at=int(str(created)),
        expires_at=None if expires is None else int(str(expires)),
        revoked_at=None if revoked is None else int(str(revoked)),
        last_used_at=None if used is None else int(str(used)),
    )


def _merchant(row: tuple[object, ...]) -> Merchant:
    id_, name, email, api_integration = row
    return Merchant(str(id_), str(name), str(email), bool(api_integration))


def _token_and_merchant(row: tuple[object, ...]) -> tuple[TokenRecord, Merchant]:
    split = len(_COLUMN_NAMES)
    return _token(row[:split]), _merchant(row[split : split + 4])


@dataclass(frozen=True)
class TokenLogin:
    """What a developer sign-in checks: the token, its merchant and the password's hash."""

    token: TokenRecord
    merchant: Merchant
    password_hash: str


@dataclass(frozen=True)
class NewApiSession:
    """What a developer sign-in stores: hashes only, never the session or the token."""

    session_hash: str
    token_seq: int
    secret_hash: str
    expires_at: int


@dataclass(frozen=True)
class ApiSessionRecord:
    token: TokenRecord
    merchant: Merchant
    expires_at: int


@dataclass(frozen=True)
class NewToken:
    """What a create stores: hashes and the hint, never the secret itself."""

    id: str
    username: str
    password_hash: str
    permissions: tuple[str, ...]
    token_hash: str
    token_hint: str
    note: str | None
    expires_at: int | None
    created_at: int | None = None


class Store:
    """Data access for one transaction, with the request's time fixed as `now`."""

    def __init__(self, connection: sqlite3.Connection, now: int) -> None:
        self._db = connection
        self.now = now

    # Merchants and sessions

    def add_merchant(self, merchant: Merchant, password_hash: str) -> None:
        self._db.execute(
            "INSERT INTO merchants VALUES (?, ?, ?, ?, ?)",
            (merchant.id, merchant.name, merchant.email, password_hash, merchant.api_integration),
        )

    def has_merchants(self) -> bool:
        return self._db.execute("SELECT 1 FROM merchants LIMIT 1").fetchone() is not None

    def merchant_login(self, email: str) -> tuple[Merchant, str] | None:
        row = self._db.execute(
            "SELECT id, name, email, api_integration, password_hash FROM merchants WHERE email = ?",
            (email,),
        ).fetchone()
        return None if row is None else (_merchant(row[:4]), str(row[4]))

    def merchant_by_session(self, token_hash: str) -> Merchant | None:
        row = self._db.execute(
            "SELECT m.id, m.name, m.email, m.api_integration FROM sessions s "
            "JOIN merchants m ON m.id = s.merchant_id "
            "WHERE s.token_hash = ? AND s.expires_at > ?",
            (token_hash, self.now),
        ).fetchone()
        return None if row is None else _merchant(row)

    def add_session(self, token_hash: str, merchant_id: str, expires_at: int) -> None:
        self._db.execute("DELETE FROM sessions WHERE expires_at <= ?", (self.now,))
        self._db.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?)",
            (token_hash, merchant_id, self.now, expires_at),
        )

    def delete_session(self, token_hash: str) -> None:
        self._db.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    # Access tokens

    def list_tokens(
        self, merchant_id: str, status: str, limit: int, before_seq: int | None
    ) -> list[TokenRecord]:
        """Newest first; `before_seq` continues after the last row of the previous page."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM access_tokens "
            f"WHERE merchant_id = :merchant AND seq < :before AND ({STATUS_FILTERS[status]}) "
            "ORDER BY seq DESC LIMIT :limit",
            {
                "merchant": merchant_id,
                "before": before_seq if before_seq is not None else 2**63 - 1,
                "now": self.now,
                "limit": limit,
            },
        ).fetchall()
        return [_token(row) for row in rows]

    def get_token(self, merchant_id: str, token_id: str) -> TokenRecord | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM access_tokens WHERE id = ? AND merchant_id = ?",
            (token_id, merchant_id),
        ).fetchone()
        return None if row is None else _token(row)

    def active_username_taken(self, merchant_id: str, username: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM access_tokens WHERE merchant_id = :merchant "
            "AND username = :username COLLATE NOCASE "
            f"AND ({STATUS_FILTERS['active']}) LIMIT 1",
            {"merchant": merchant_id, "username": username, "now": self.now},
        ).fetchone()
        return row is not None

    def add_token(self, merchant_id: str, token: NewToken) -> TokenRecord:
        cursor = self._db.execute(
            "INSERT INTO access_tokens (id, merchant_id, username, password_hash, permissions, "
            "token_hash, token_hint, note, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                token.id,
                merchant_id,
                token.username,
                token.password_hash,
                ",".join(token.permissions),
                token.token_hash,
                token.token_hint,
                token.note,
                self.now if token.created_at is None else token.created_at,
                token.expires_at,
            ),
        )
        record = self.get_token(merchant_id, token.id)
        assert record is not None
        assert record.seq == cursor.lastrowid
        return record

    def revoke_token(self, seq: int, at: int | None = None) -> None:
        self._db.execute(
            "UPDATE access_tokens SET revoked_at = ? WHERE seq = ? AND revoked_at IS NULL",
            (self.now if at is None else at, seq),
        )
        self._db.execute("DELETE FROM api_sessions WHERE token_seq = ?", (seq,))

    def token_login(self, token_hash: str) -> TokenLogin | None:
        """The token a secret opens, its owner and its password hash, for a developer sign-in."""
        row = self._db.execute(
            f"SELECT {_JOINED_COLUMNS}, {_MERCHANT_COLUMNS}, t.password_hash FROM access_tokens t "
            "JOIN merchants m ON m.id = t.merchant_id WHERE t.token_hash = ?",
            (token_hash,),
        ).fetchone()
        if row is None:
            return None
        token, merchant = _token_and_merchant(row)
        return TokenLogin(token, merchant, str(row[-1]))

    # Developer API sessions

    def add_api_session(self, session: NewApiSession) -> None:
        # Expired sessions are kept a day, so that using one says "expired", not "unknown".
        self._db.execute("DELETE FROM api_sessions WHERE expires_at <= ?", (self.now - _DAY,))
        self._db.execute(
            "INSERT INTO api_sessions VALUES (?, ?, ?, ?, ?)",
            (
                session.session_hash,
                session.token_seq,
                session.secret_hash,
                self.now,
                session.expires_at,
            ),
        )

    def api_session(self, session_hash: str) -> ApiSessionRecord | None:
        """An API session with its token and merchant; None when there is no such session.

        A session whose secret is no longer the token's is not found: it ended with it.
        """
        row = self._db.execute(
            f"SELECT {_JOINED_COLUMNS}, {_MERCHANT_COLUMNS}, s.expires_at FROM api_sessions s "
            "JOIN access_tokens t ON t.seq = s.token_seq AND t.token_hash = s.secret_hash "
            "JOIN merchants m ON m.id = t.merchant_id WHERE s.session_hash = ?",
            (session_hash,),
        ).fetchone()
        if row is None:
            return None
        token, merchant = _token_and_merchant(row)
        return ApiSessionRecord(token, merchant, int(str(row[-1])))

    def delete_api_session(self, session_hash: str) -> None:
        self._db.execute("DELETE FROM api_sessions WHERE session_hash = ?", (session_hash,))

    def mark_used(self, seq: int, at: int | None = None) -> None:
        self._db.execute(
            "UPDATE access_tokens SET last_used_at = ? WHERE seq = ?",
            (self.now if at is None else at, seq),
        )
