"""The one-time hand-offs in the sandbox database, within one request's transaction."""

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.sandbox.records import rfc3339

RECEIPT_KEPT_SECONDS = 30 * 24 * 3600  # after a hand-off's end, for the merchant's receipt
WAITING, OPENED, EXPIRED, WITHDRAWN = "waiting", "opened", "expired", "withdrawn"

_COLUMNS = (
    "h.seq, h.id, t.id, h.proof_hash, h.created_at, h.expires_at, h.opened_at, h.opened_ip, "
    "h.opened_agent, h.withdrawn_at, h.wrong_keys, h.request_fingerprint, h.merchant_id"
)
_FROM = "FROM hand_offs h JOIN access_tokens t ON t.seq = h.token_seq"


@dataclass(frozen=True)
class HandOff:
    """A hand-off as the server keeps it: never its key, only the hash of its proof."""

    seq: int
    id: str
    access_token_id: str
    proof_hash: str = field(repr=False)
    created_at: int
    expires_at: int
    opened_at: int | None
    opened_ip: str | None
    opened_agent: str | None
    withdrawn_at: int | None
    wrong_keys: int
    request_fingerprint: str | None
    merchant_id: str

    def status(self, now: int) -> str:
        if self.opened_at is not None:
            return OPENED
        if self.withdrawn_at is not None:
            return WITHDRAWN
        return EXPIRED if self.expires_at <= now else WAITING

    def receipt(self, now: int) -> dict[str, Any]:
        """The contract's HandOffReceipt."""
        opened = None
        if self.opened_at is not None:
            opened = {
                "at": rfc3339(self.opened_at),
                "ip": self.opened_ip or None,
                "user_agent": self.opened_agent or None,
            }
        return {
            "id": self.id,
            "access_token_id": self.access_token_id,
            "status": self.status(now),
            "created_at": rfc3339(self.created_at),
            "expires_at": rfc3339(self.expires_at),
            "opened": opened,
            "withdrawn_at": None if self.withdrawn_at is None else rfc3339(self.withdrawn_at),
            "wrong_keys": self.wrong_keys,
        }


@dataclass(frozen=True)
class NewHandOff:
    """What a create stores: the ciphertext, and the proof only as a hash."""

    id: str
    merchant_id: str
    token_seq: int
    proof_hash: str = field(repr=False)
    ciphertext: str = field(repr=False)
    expires_at: int
    request_key_hash: str | None
    request_fingerprint: str | None


def _hand_off(row: tuple[Any, ...]) -> HandOff:
    seq, id_, token_id, proof, created, expires, opened, ip, agent, withdrawn, *rest = row
    wrong, fingerprint, merchant_id = rest
    return HandOff(
        seq=int(seq),
        id=str(id_),
        access_token_id=str(token_id),
        proof_hash=str(proof),
        created_at=int(created),
        expires_at=int(expires),
        opened_at=None if opened is None else int(opened),
        opened_ip=None if ip is None else str(ip),
        opened_agent=None if agent is None else str(agent),
        withdrawn_at=None if withdrawn is None else int(withdrawn),
        wrong_keys=int(wrong),
        request_fingerprint=None if fingerprint is None else str(fingerprint),
        merchant_id=str(merchant_id),
    )


class HandOffRecords:
    """Queries on the hand-offs (`Store.hand_offs`); `now` is the request's time."""

    def __init__(self, connection: sqlite3.Connection, now: int) -> None:
        self._db = connection
        self._now = now

    def add(self, hand_off: NewHandOff) -> HandOff:
        self._db.execute(
            "INSERT INTO hand_offs (id, merchant_id, token_seq, proof_hash, ciphertext, "
            "request_key_hash, request_fingerprint, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                hand_off.id,
                hand_off.merchant_id,
                hand_off.token_seq,
                hand_off.proof_hash,
                hand_off.ciphertext,
                hand_off.request_key_hash,
                hand_off.request_fingerprint,
                self._now,
                hand_off.expires_at,
            ),
        )
        found = self.by_id(hand_off.id)
        assert found is not None
        return found

    def by_id(self, hand_off_id: str) -> HandOff | None:
        row = self._db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE h.id = ?", (hand_off_id,))
        found = row.fetchone()
        return None if found is None else _hand_off(found)

    def by_request(self, merchant_id: str, key_hash: str) -> HandOff | None:
        """The hand-off an earlier request with this Idempotency-Key made, if any."""
        row = self._db.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE h.merchant_id = ? AND h.request_key_hash = ?",
            (merchant_id, key_hash),
        ).fetchone()
        return None if row is None else _hand_off(row)

    def listed(
        self, merchant_id: str, token_seq: int | None, limit: int, after: int | None
    ) -> list[HandOff]:
        """Newest first, `limit` of them, after the row `after` (a page's cursor)."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE h.merchant_id = :merchant "
            "AND (:token IS NULL OR h.token_seq = :token) AND (:after IS NULL OR h.seq < :after) "
            "ORDER BY h.seq DESC LIMIT :limit",
            {"merchant": merchant_id, "token": token_seq, "after": after, "limit": limit},
        )
        return [_hand_off(row) for row in rows]

    def take_ciphertext(self, seq: int, ip: str, agent: str) -> str | None:
        """Mark a waiting hand-off opened and return its ciphertext, deleted in the same
        transaction; None when it is not waiting (opened, withdrawn or expired)."""
        row = self._db.execute(
            "SELECT ciphertext FROM hand_offs WHERE seq = ? AND ciphertext IS NOT NULL "
            "AND opened_at IS NULL AND withdrawn_at IS NULL AND expires_at > ?",
            (seq, self._now),
        ).fetchone()
        if row is None:
            return None
        self._db.execute(
            "UPDATE hand_offs SET ciphertext = NULL, opened_at = ?, opened_ip = ?, "
            "opened_agent = ? WHERE seq = ?",
            (self._now, ip, agent, seq),
        )
        return str(row[0])

    def store_name(self, merchant_id: str) -> str:
        row = self._db.execute("SELECT name FROM merchants WHERE id = ?", (merchant_id,))
        found = row.fetchone()
        return "the store" if found is None else str(found[0])

    def count_wrong_key(self, seq: int) -> None:
        self._db.execute("UPDATE hand_offs SET wrong_keys = wrong_keys + 1 WHERE seq = ?", (seq,))

    def withdraw(self, seq: int) -> bool:
        """Withdraw a waiting hand-off; False when it was not waiting."""
        cursor = self._db.execute(
            "UPDATE hand_offs SET ciphertext = NULL, withdrawn_at = :now WHERE seq = :seq "
            "AND opened_at IS NULL AND withdrawn_at IS NULL AND expires_at > :now",
            {"now": self._now, "seq": seq},
        )
        return cursor.rowcount > 0

    def withdraw_for_token(self, token_seq: int) -> None:
        """Withdraw a token's waiting hand-offs: they carry a secret that no longer works."""
        self._db.execute(
            "UPDATE hand_offs SET ciphertext = NULL, withdrawn_at = :now WHERE token_seq = :seq "
            "AND opened_at IS NULL AND withdrawn_at IS NULL AND expires_at > :now",
            {"now": self._now, "seq": token_seq},
        )

    def sweep(self) -> None:
        """Delete the ciphertext of what expired, and the records past their 30 days."""
        self._db.execute(
            "UPDATE hand_offs SET ciphertext = NULL "
            "WHERE expires_at <= ? AND ciphertext IS NOT NULL",
            (self._now,),
        )
        self._db.execute(
            "DELETE FROM hand_offs WHERE expires_at <= ?", (self._now - RECEIPT_KEPT_SECONDS,)
        )

    def next_expiry(self, merchant_id: str) -> int | None:
        """When the next waiting hand-off of this merchant expires (its receipt changes)."""
        row = self._db.execute(
            "SELECT MIN(expires_at) FROM hand_offs WHERE merchant_id = ? AND expires_at > ? "
            "AND opened_at IS NULL AND withdrawn_at IS NULL",
            (merchant_id, self._now),
        ).fetchone()
        return None if row[0] is None else int(row[0])
