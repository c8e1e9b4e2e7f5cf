"""Answers of idempotent creates and rotations, kept in the database sealed under their own key.

A row is found by the SHA-256 of its Idempotency-Key and opened with an AES-GCM key derived
from that same Idempotency-Key (HKDF), which the database never holds: its rows alone
yield no secret, nor the fingerprint of a create (a fast hash over the token's password).
Only a retry, which brings the key, can read its answer.
"""

import hashlib
import json
import secrets
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# The contract's replay window: a retry within it gets the answer the request had.
REPLAY_WINDOW_SECONDS = 600
_NONCE_BYTES = 12
# Sets the sealing key apart from the lookup hash, a plain SHA-256 of the same key.
_SEALING_SALT = b"shipturtle-sandbox/replay-sealing/v1"


def fingerprint(request: dict[str, Any]) -> str:
    """What a request asked for, to tell a retry from another request that reuses its key."""
    canonical = json.dumps(request, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Replay:
    """What a create or rotate answered: the token, and the secret it was given."""

    fingerprint: str = field(repr=False)  # over a create's password too
    token_id: str
    secret: str = field(repr=False)


class UnreadableReplayError(Exception):
    """A kept answer that its key does not open (a damaged or altered row)."""


def _lookup_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _bound_row(merchant_id: str, key_hash: str, stored_at: int) -> bytes:
    # Authenticated with the answer: a sealed answer moved to another row, merchant or
    # age no longer opens.
    return f"{merchant_id}\n{key_hash}\n{stored_at}".encode()


def _cipher(key: str, merchant_id: str) -> "AESGCM":
    # cryptography loads in ~15 ms: on the first keyed request, not with the sandbox.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    derive = HKDF(hashes.SHA256(), length=32, salt=_SEALING_SALT, info=merchant_id.encode())
    return AESGCM(derive.derive(key.encode("utf-8")))


def _sealed(key: str, merchant_id: str, row: bytes, replay: Replay) -> bytes:
    nonce = secrets.token_bytes(_NONCE_BYTES)
    answer = "\n".join((replay.fingerprint, replay.token_id, replay.secret)).encode()
    return nonce + _cipher(key, merchant_id).encrypt(nonce, answer, row)


def _opened(key: str, merchant_id: str, row: bytes, sealed: bytes) -> Replay:
    from cryptography.exceptions import InvalidTag

    nonce, ciphertext = sealed[:_NONCE_BYTES], sealed[_NONCE_BYTES:]
    try:
        answer = _cipher(key, merchant_id).decrypt(nonce, ciphertext, row)
    except InvalidTag:
        raise UnreadableReplayError("this kept answer does not open with its key") from None
    parts = answer.decode().split("\n")
    if len(parts) != 3:
        raise UnreadableReplayError("this kept answer is not one the sandbox sealed")
    return Replay(parts[0], parts[1], parts[2])


class ReplayRecords:
    """The kept answers, within one request's transaction (`Store.replays`)."""

    def __init__(self, connection: sqlite3.Connection, now: int) -> None:
        self._db = connection
        self._now = now

    def find(self, merchant_id: str, key: str) -> Replay | None:
        """What this merchant's request with this key answered, while its window lasts.

        Raises `UnreadableReplayError` for a row that the key does not open.
        """
        key_hash = _lookup_hash(key)
        row = self._db.execute(
            "SELECT stored_at, sealed FROM replays "
            "WHERE merchant_id = ? AND key_hash = ? AND stored_at > ?",
            (merchant_id, key_hash, self._now - REPLAY_WINDOW_SECONDS),
        ).fetchone()
        if row is None:
            return None
        stored_at, sealed = int(row[0]), bytes(row[1])
        return _opened(key, merchant_id, _bound_row(merchant_id, key_hash, stored_at), sealed)

    def keep(self, merchant_id: str, key: str, replay: Replay) -> None:
        """Keep an answer for its window; the caller found none kept under this key."""
        self.sweep()
        key_hash = _lookup_hash(key)
        row = _bound_row(merchant_id, key_hash, self._now)
        self._db.execute(
            "INSERT INTO replays VALUES (?, ?, ?, ?)",
            (merchant_id, key_hash, self._now, _sealed(key, merchant_id, row, replay)),
        )

    def sweep(self) -> None:
        """Delete the answers whose window has passed (by the index on their age)."""
        self._db.execute(
            "DELETE FROM replays WHERE stored_at <= ?", (self._now - REPLAY_WINDOW_SECONDS,)
        )
