"""What the one-time hand-off routes do, independent of HTTP: make, open, list, withdraw.

The server never holds a hand-off's key: only its ciphertext until it is opened (or
withdrawn, or expired), and the SHA-256 of the key proof, compared in constant time.
Opening costs one hash and one indexed lookup: anyone may try it, before any session.
"""

import hashlib
import hmac
import secrets
from typing import Any

from app.api.hand_off import unb64url
from app.sandbox import problems
from app.sandbox.database import Database
from app.sandbox.guards import CallLimiter
from app.sandbox.hand_off_records import OPENED, WAITING, HandOff, NewHandOff
from app.sandbox.problems import ApiProblem
from app.sandbox.records import Merchant, rfc3339
from app.sandbox.replays import fingerprint
from app.sandbox.service import decode_cursor, encode_cursor, live_token
from app.sandbox.store import Store
from app.sandbox.validation import idempotency_key_problem

HAND_OFF_PATH = "/hand-off/"


def new_hand_off_id() -> str:
    return f"ho_{secrets.token_urlsafe(16)}"  # 128 random bits


def proof_hash(key_proof: str) -> str:
    return hashlib.sha256(unb64url(key_proof)).hexdigest()


def hand_off_not_found() -> ApiProblem:
    # The same for a hand-off that never was, expired or was withdrawn: says nothing more.
    return ApiProblem(
        404,
        "not_found",
        "This link does not work: it expired, was withdrawn, or never existed. Ask the store "
        "that sent it for a new one.",
    )


def _wrong_key() -> ApiProblem:
    return ApiProblem(
        403,
        "wrong_key",
        "This link's key is not right, so nothing was opened. Copy the whole link again, "
        "including everything after #.",
    )


def _opened_before(hand_off: HandOff, store_name: str) -> ApiProblem:
    when = rfc3339(hand_off.opened_at) or ""
    return ApiProblem(
        410,
        "hand_off_opened",
        f"This link was already opened on {when[:10]} at {when[11:16]} UTC. If that was not "
        f"you, tell {store_name} at once.",
    )


def _key_reused() -> ApiProblem:
    return ApiProblem(
        422,
        "idempotency_key_reused",
        "This request key was already used for a different hand-off. Start a new request.",
    )


class HandOffService:
    """The hand-offs of the contract, on the database and the open limits passed in."""

    def __init__(
        self,
        database: Database,
        *,
        opens_per_address: CallLimiter | None = None,
        wrong_keys_per_hand_off: CallLimiter | None = None,
    ) -> None:
        self._db = database
        # Any open, per client address; wrong keys, per hand-off: a 256-bit proof cannot be
        # guessed, so wrong ones are slowed and counted in the receipt, never fatal to it.
        self._per_address = opens_per_address or CallLimiter(30, 60)
        self._per_hand_off = wrong_keys_per_hand_off or CallLimiter(5, 60)

    def create(
        self,
        merchant: Merchant,
        body: dict[str, Any],
        idempotency_key: str | None,
        origin: str,
    ) -> dict[str, Any]:
        if idempotency_key is not None and (problem := idempotency_key_problem(idempotency_key)):
            raise problems.validation_failed({"Idempotency-Key": problem})
        asked = fingerprint(body)
        key_hash = None if idempotency_key is None else hashlib.sha256(idempotency_key.encode())
        key_digest = None if key_hash is None else key_hash.hexdigest()
        with self._db.transaction() as store:
            store.hand_offs.sweep()
            if key_digest is not None:
                earlier = store.hand_offs.by_request(merchant.id, key_digest)
                if earlier is not None:
                    if earlier.request_fingerprint != asked:
                        raise _key_reused()
                    return _created(earlier, origin)
            if not merchant.api_integration:
                raise problems.plan_required()
            token = live_token(store, merchant, body["access_token_id"])
            if token.token_hint != body["token_hint"]:  # a hint is shown anywhere: no secret
                raise _secret_replaced()
            expires_at = store.now + body["expires_in_hours"] * 3600
            if token.expires_at is not None:
                expires_at = min(expires_at, token.expires_at)
            made = store.hand_offs.add(
                NewHandOff(
                    id=new_hand_off_id(),
                    merchant_id=merchant.id,
                    token_seq=token.seq,
                    proof_hash=proof_hash(body["key_proof"]),
                    ciphertext=body["ciphertext"],
                    expires_at=expires_at,
                    request_key_hash=key_digest,
                    request_fingerprint=asked if key_digest is not None else None,
                )
            )
            return _created(made, origin)

    def open(self, hand_off_id: str, key_proof: str, address: str, agent: str) -> dict[str, Any]:
        """The ciphertext, once, to the right proof; deleted in the same transaction."""
        refused = self._per_address.hit(f"address:{address}")
        if not refused.allowed:
            raise _too_many(refused.reset_seconds)
        if len(hand_off_id) > 64:
            raise hand_off_not_found()
        wait = self._per_hand_off.blocked(hand_off_id)
        if wait is not None:
            raise _too_many(wait)
        asked = proof_hash(key_proof)
        with self._db.transaction() as store:
            hand_off = store.hand_offs.by_id(hand_off_id)
            if hand_off is None:
                raise hand_off_not_found()
            status = hand_off.status(store.now)
            if hmac.compare_digest(hand_off.proof_hash, asked):
                return _opened(store, hand_off, status, address, agent)
            # Only a caller with the key hears anything of a hand-off no longer waiting.
            if status != WAITING:
                raise hand_off_not_found()
            store.hand_offs.count_wrong_key(hand_off.seq)  # kept: the refusal comes after
        self._per_hand_off.hit(hand_off_id)
        raise _wrong_key()

    def receipts(
        self, merchant: Merchant, token_id: str | None, limit: int, cursor: str | None
    ) -> dict[str, Any]:
        after = decode_cursor(cursor) if cursor else None
        with self._db.transaction() as store:
            store.hand_offs.sweep()
            token_seq = None
            if token_id is not None:
                token = store.get_token(merchant.id, token_id)
                if token is None:
                    raise problems.not_found()
                token_seq = token.seq
            listed = store.hand_offs.listed(merchant.id, token_seq, limit + 1, after)
            items = [hand_off.receipt(store.now) for hand_off in listed[:limit]]
        next_cursor = encode_cursor(listed[limit - 1].seq) if len(listed) > limit else None
        return {"items": items, "next_cursor": next_cursor}

    def withdraw(self, merchant: Merchant, hand_off_id: str) -> None:
        """Withdraw a waiting hand-off; one that is not waiting any more stays as it is."""
        with self._db.transaction() as store:
            hand_off = store.hand_offs.by_id(hand_off_id)
            if hand_off is None or hand_off.merchant_id != merchant.id:
                raise ApiProblem(
                    404,
                    "not_found",
                    "This link is not one of this store's. Refresh and try again.",
                )
            store.hand_offs.withdraw(hand_off.seq)


def _created(hand_off: HandOff, origin: str) -> dict[str, Any]:
    return {
        "id": hand_off.id,
        "url": f"{origin}{HAND_OFF_PATH}{hand_off.id}",
        "expires_at": rfc3339(hand_off.expires_at),
    }


def _opened(
    store: Store, hand_off: HandOff, status: str, address: str, agent: str
) -> dict[str, Any]:
    """What the right key opens: the ciphertext while waiting, once; then only when."""
    if status == WAITING:
        ciphertext = store.hand_offs.take_ciphertext(hand_off.seq, address, agent)
        if ciphertext is not None:
            return {"ciphertext": ciphertext}
    if status == OPENED:
        raise _opened_before(hand_off, store.hand_offs.store_name(hand_off.merchant_id))
    raise hand_off_not_found()


def _secret_replaced() -> ApiProblem:
    return ApiProblem(
        409,
        "secret_replaced",
        "The token was rotated since this secret was shown, so a link with it would not "
        "work. Send the link from the new secret's screen.",
    )


def _too_many(wait: int) -> ApiProblem:
    wait = max(1, wait)
    return ApiProblem(
        429,
        "rate_limited",
        f"Too many tries to open this link. Wait {wait} seconds and try again.",
        headers={"Retry-After": str(wait)},
    )
