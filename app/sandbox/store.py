"""Queries on the sandbox database, all inside one request's transaction."""

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from app.sandbox.activity import DAYS_KEPT, RECENT_KEPT, CallInfo, RecordedCall, utc_day
from app.sandbox.hand_off_records import HandOffRecords
from app.sandbox.records import (
    CURRENT,
    PREVIOUS,
    ROTATION_SHOWN_SECONDS,
    Merchant,
    TokenRecord,
)
from app.sandbox.replays import ReplayRecords

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
    "previous_hint",
    "previous_valid_until",
    "previous_last_used_at",
    "current_first_used_at",
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


_NEVER = 2**62  # a next change that never comes: no clock-bound state in the collection


def _time(value: object) -> int | None:
    return None if value is None else int(str(value))


def _token(row: sqlite3.Row | tuple[object, ...]) -> TokenRecord:
    seq, id_, merchant_id, username, permissions, hint, note, created, *times = row
    expires, revoked, used, previous_hint, previous_until, previous_used, first_used = times
    return TokenRecord(
        seq=int(str(seq)),
        id=str(id_),
        merchant_id=str(merchant_id),
        username=str(username),
        permissions=tuple(str(permissions).split(",")),
        token_hint=str(hint),
        note=None if note is None else str(note),
        created_at=int(str(created)),
        expires_at=_time(expires),
        revoked_at=_time(revoked),
        last_used_at=_time(used),
        previous_hint=None if previous_hint is None else str(previous_hint),
        previous_valid_until=_time(previous_until),
        previous_last_used_at=_time(previous_used),
        current_first_used_at=_time(first_used),
    )


def _merchant(row: tuple[object, ...]) -> Merchant:
    id_, name, email, api_integration = row
    return Merchant(str(id_), str(name), str(email), bool(api_integration))


def _token_and_merchant(row: tuple[object, ...]) -> tuple[TokenRecord, Merchant]:
    split = len(_COLUMN_NAMES)
    return _token(row[:split]), _merchant(row[split : split + 4])


# Which of a token's secrets a hash is: the current one, or the previous one (live or not).
_WHICH_SECRET = f"CASE WHEN t.token_hash = :hash THEN '{CURRENT}' ELSE '{PREVIOUS}' END"
_HASH_MATCHES = "(t.token_hash = :hash OR t.previous_token_hash = :hash)"


@dataclass(frozen=True)
class TokenLogin:
    """What a developer sign-in checks: the token, its merchant, the password's hash, and
    which of the token's secrets was given ("current" or "previous")."""

    token: TokenRecord
    merchant: Merchant
    password_hash: str
    secret: str


@dataclass(frozen=True)
class NewApiSession:
    """What a developer sign-in stores: hashes only, never the session or the token."""

    session_hash: str
    token_seq: int
    secret_hash: str
    expires_at: int


@dataclass(frozen=True)
class ApiSessionRecord:
    """An API session, its token and merchant, and which secret of the token opened it."""

    token: TokenRecord
    merchant: Merchant
    expires_at: int
    secret: str


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

    @property
    def replays(self) -> ReplayRecords:
        """The answers kept for idempotent retries, in this same transaction."""
        return ReplayRecords(self._db, self.now)

    @property
    def hand_offs(self) -> HandOffRecords:
        """The one-time hand-offs, in this same transaction."""
        return HandOffRecords(self._db, self.now)

    # Merchants and sessions

    def add_merchant(self, merchant: Merchant, password_hash: str) -> None:
        self._db.execute(
            "INSERT INTO merchants (id, name, email, password_hash, api_integration) "
            "VALUES (?, ?, ?, ?, ?)",
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
        """Revoke a token: both its secrets stop, and every API session opened with them."""
        self._db.execute(
            "UPDATE access_tokens SET revoked_at = :at, "
            "previous_valid_until = MIN(previous_valid_until, :at) "
            "WHERE seq = :seq AND revoked_at IS NULL",
            {"at": self.now if at is None else at, "seq": seq},
        )
        self._db.execute("DELETE FROM api_sessions WHERE token_seq = ?", (seq,))
        self.hand_offs.withdraw_for_token(seq)

    def set_note(self, seq: int, note: str | None) -> None:
        self._db.execute("UPDATE access_tokens SET note = ? WHERE seq = ?", (note, seq))

    def set_expiry(self, seq: int, expires_at: int | None) -> None:
        """Change when a token expires; its previous secret never outlives it."""
        self._db.execute(
            "UPDATE access_tokens SET expires_at = :expires, previous_valid_until = "
            "MIN(previous_valid_until, COALESCE(:expires, previous_valid_until)) WHERE seq = :seq",
            {"expires": expires_at, "seq": seq},
        )

    def rotate_token(self, seq: int, token_hash: str, token_hint: str, previous_until: int) -> None:
        """Give a token a new secret; the one it had works until `previous_until`.

        The secret before that one stops at once, with its API sessions: only the current
        and the previous secret ever work. (SQLite reads every right-hand side from the
        row as it was, so the current secret's columns move to the previous ones.)
        """
        self._db.execute(
            "UPDATE access_tokens SET previous_token_hash = token_hash, "
            "previous_hint = token_hint, previous_valid_until = :until, "
            "previous_last_used_at = current_last_used_at, current_last_used_at = NULL, "
            "current_first_used_at = NULL, token_hash = :hash, token_hint = :hint "
            "WHERE seq = :seq",
            {"until": previous_until, "hash": token_hash, "hint": token_hint, "seq": seq},
        )
        # The calls made so far were made with what is now the previous secret.
        self._db.execute(
            "UPDATE token_calls SET secret = 'previous' WHERE token_seq = ? AND secret = 'current'",
            (seq,),
        )
        self._end_sessions_of_stopped_secrets(seq)
        self.hand_offs.withdraw_for_token(seq)  # they carry the secret just replaced

    def stop_previous_secret(self, seq: int) -> bool:
        """Stop the previous secret now; False when it was not working anyway."""
        cursor = self._db.execute(
            "UPDATE access_tokens SET previous_valid_until = :now "
            "WHERE seq = :seq AND previous_valid_until > :now",
            {"now": self.now, "seq": seq},
        )
        self._end_sessions_of_stopped_secrets(seq)
        return cursor.rowcount > 0

    def _end_sessions_of_stopped_secrets(self, seq: int) -> None:
        self._db.execute(
            "DELETE FROM api_sessions WHERE token_seq = :seq AND NOT EXISTS ("
            "SELECT 1 FROM access_tokens t WHERE t.seq = :seq "
            "AND (t.token_hash = api_sessions.secret_hash "
            "OR (t.previous_token_hash = api_sessions.secret_hash "
            "AND t.previous_valid_until > :now)))",
            {"seq": seq, "now": self.now},
        )

    def token_by_secret(self, merchant_id: str, token_hash: str) -> tuple[TokenRecord, str] | None:
        """This merchant's token whose current or previous secret has this hash, and which."""
        row = self._db.execute(
            f"SELECT {_JOINED_COLUMNS}, {_WHICH_SECRET} FROM access_tokens t "
            f"WHERE t.merchant_id = :merchant AND {_HASH_MATCHES} LIMIT 1",
            {"merchant": merchant_id, "hash": token_hash},
        ).fetchone()
        return None if row is None else (_token(row[:-1]), str(row[-1]))

    def is_current_secret(self, seq: int, token_hash: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM access_tokens WHERE seq = ? AND token_hash = ?", (seq, token_hash)
        ).fetchone()
        return row is not None

    def token_login(self, token_hash: str) -> TokenLogin | None:
        """The token whose current or previous secret has this hash, its owner and its
        password hash, for a developer sign-in; whether the secret still works is not
        checked here."""
        row = self._db.execute(
            f"SELECT {_JOINED_COLUMNS}, {_MERCHANT_COLUMNS}, t.password_hash, {_WHICH_SECRET} "
            f"FROM access_tokens t JOIN merchants m ON m.id = t.merchant_id "
            f"WHERE {_HASH_MATCHES} LIMIT 1",
            {"hash": token_hash},
        ).fetchone()
        if row is None:
            return None
        token, merchant = _token_and_merchant(row)
        return TokenLogin(token, merchant, str(row[-2]), str(row[-1]))

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
        """An API session with its token and merchant, and which of the token's secrets
        opened it; None when there is no such session.

        A session whose secret is neither the token's current nor its previous one is not
        found: it ended with it. One of the previous secret is found even after that secret
        stopped (`TokenRecord.works_with` says so), so that its use is still counted.
        """
        row = self._db.execute(
            f"SELECT {_JOINED_COLUMNS}, {_MERCHANT_COLUMNS}, s.expires_at, "
            f"CASE WHEN t.token_hash = s.secret_hash THEN '{CURRENT}' ELSE '{PREVIOUS}' END "
            "FROM api_sessions s JOIN access_tokens t ON t.seq = s.token_seq "
            "AND (t.token_hash = s.secret_hash OR t.previous_token_hash = s.secret_hash) "
            "JOIN merchants m ON m.id = t.merchant_id WHERE s.session_hash = ?",
            (session_hash,),
        ).fetchone()
        if row is None:
            return None
        token, merchant = _token_and_merchant(row)
        return ApiSessionRecord(token, merchant, int(str(row[-2])), str(row[-1]))

    def delete_api_session(self, session_hash: str) -> None:
        self._db.execute("DELETE FROM api_sessions WHERE session_hash = ?", (session_hash,))

    def mark_used(self, seq: int, secret: str = CURRENT, at: int | None = None) -> None:
        """Record a use of the token by one of its secrets ("current" or "previous"), to the
        minute: a busy token changes its collection's version at most once a minute."""
        at = self.now if at is None else at
        at -= at % 60
        self._db.execute(
            "UPDATE access_tokens SET last_used_at = :at, "
            "current_last_used_at = CASE WHEN :secret = 'current' THEN :at "
            "ELSE current_last_used_at END, "
            "current_first_used_at = CASE WHEN :secret = 'current' AND previous_hint IS NOT NULL "
            "THEN COALESCE(current_first_used_at, :at) ELSE current_first_used_at END, "
            "previous_last_used_at = CASE WHEN :secret = 'previous' THEN :at "
            "ELSE previous_last_used_at END "
            "WHERE seq = :seq",
            {"at": at, "secret": secret, "seq": seq},
        )

    def tokens_tag(self, merchant_id: str) -> str:
        """The entity tag of the merchant's token collection (an ETag): it changes whenever
        any answer about their tokens would. Writes step the version (database triggers);
        the clock changes an answer only at the next expiry, overlap's end or rotation no
        longer shown, so that moment is in the tag too: once passed, the next one is. Two
        lookups and three index seeks, whatever the number of tokens, and no write."""
        row = self._db.execute(
            "SELECT tokens_version FROM merchants WHERE id = ?", (merchant_id,)
        ).fetchone()
        return f'"t{int(row[0])}-{self._next_clock_change(merchant_id)}"'

    def _next_clock_change(self, merchant_id: str) -> int:
        """The next moment the clock alone changes a token's answer or a receipt: an expiry,
        an overlap's end, a rotation no longer shown, a hand-off unopened in time; far in the
        future when there is none."""
        row = self._db.execute(
            "SELECT MIN(moment) FROM ("
            "SELECT MIN(expires_at) AS moment FROM access_tokens "
            "WHERE merchant_id = :merchant AND expires_at > :now "
            "UNION ALL SELECT MIN(previous_valid_until) FROM access_tokens "
            "WHERE merchant_id = :merchant AND previous_valid_until > :now "
            "UNION ALL SELECT MIN(previous_valid_until) + :shown FROM access_tokens "
            "WHERE merchant_id = :merchant AND previous_valid_until > :now - :shown)",
            {"merchant": merchant_id, "now": self.now, "shown": ROTATION_SHOWN_SECONDS},
        ).fetchone()
        moments = [row[0], self.hand_offs.next_expiry(merchant_id)]
        return min((int(moment) for moment in moments if moment is not None), default=_NEVER)

    def activity_tag(self, seq: int, days: int) -> str:
        """The entity tag of a token's activity over `days` days: its newest call, its
        current secret (a rotation makes the calls so far the previous secret's), and the
        day (the days shown move on at midnight UTC)."""
        row = self._db.execute(
            "SELECT MAX(id), (SELECT token_hint FROM access_tokens WHERE seq = :seq) "
            "FROM token_calls WHERE token_seq = :seq",
            {"seq": seq},
        ).fetchone()
        return f'"a{row[0] or 0}-{row[1]}-{utc_day(self.now)}-{days}"'

    # Activity

    def record_call(self, seq: int, call: CallInfo, status: int, secret: str) -> None:
        """Keep a call in the token's activity: counted in today's entry, listed as recent."""
        self.add_calls(seq, [RecordedCall(self.now, call, status, secret)])
        day = utc_day(self.now)
        self._db.execute(
            "INSERT INTO token_daily VALUES (:seq, :day, 1, :error) "
            "ON CONFLICT (token_seq, day) DO UPDATE SET requests = requests + 1, "
            "errors = errors + excluded.errors",
            {"seq": seq, "day": day, "error": int(status >= 400)},
        )
        self._db.execute(
            "DELETE FROM token_daily WHERE token_seq = ? AND day <= ?", (seq, day - DAYS_KEPT)
        )

    def add_calls(self, seq: int, calls: Iterable[RecordedCall]) -> None:
        """List calls among the token's recent ones, keeping only the newest 100."""
        self._db.executemany(
            "INSERT INTO token_calls (token_seq, at, method, path, status, ip, user_agent, "
            "secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    seq,
                    recorded.at,
                    recorded.call.method,
                    recorded.call.path,
                    recorded.status,
                    recorded.call.ip,
                    recorded.call.user_agent,
                    recorded.secret,
                )
                for recorded in calls
            ],
        )
        self._db.execute(
            "DELETE FROM token_calls WHERE token_seq = :seq AND id <= (SELECT id FROM "
            "token_calls WHERE token_seq = :seq ORDER BY id DESC LIMIT 1 OFFSET :kept)",
            {"seq": seq, "kept": RECENT_KEPT},
        )

    def add_daily(self, seq: int, counts: Iterable[tuple[int, int, int]]) -> None:
        """Set whole days of a token's activity: (day, requests, errors) each (the seed)."""
        self._db.executemany(
            "INSERT OR REPLACE INTO token_daily VALUES (?, ?, ?, ?)",
            [(seq, day, requests, errors) for day, requests, errors in counts],
        )

    def daily_activity(self, seq: int, first_day: int) -> dict[int, tuple[int, int]]:
        """Requests and errors per UTC day, from `first_day` on."""
        rows = self._db.execute(
            "SELECT day, requests, errors FROM token_daily WHERE token_seq = ? AND day >= ?",
            (seq, first_day),
        ).fetchall()
        return {int(day): (int(requests), int(errors)) for day, requests, errors in rows}

    def recent_calls(self, seq: int) -> list[RecordedCall]:
        """The token's last calls kept, newest first."""
        rows = self._db.execute(
            "SELECT at, method, path, status, ip, user_agent, secret FROM token_calls "
            "WHERE token_seq = ? ORDER BY id DESC LIMIT ?",
            (seq, RECENT_KEPT),
        ).fetchall()
        return [
            RecordedCall(int(at), CallInfo(method, path, ip, agent), int(status), str(secret))
            for at, method, path, status, ip, agent, secret in rows
        ]
