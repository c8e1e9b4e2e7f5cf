"""What the sandbox API does, independent of HTTP: sessions, tokens and the data plane."""

import base64
import binascii
import threading
from dataclasses import dataclass, field
from typing import Any

from app.api import token_format
from app.api.password_strength import weak_password_issue
from app.api.token_rules import (
    FieldIssue,
    note_issue,
    password_issue,
    permissions_issue,
    username_issue,
)
from app.sandbox import problems, security
from app.sandbox.activity import activity_json, utc_day
from app.sandbox.conditional import Tagged, matches
from app.sandbox.database import Database
from app.sandbox.guards import SignInGuard
from app.sandbox.problems import ApiProblem
from app.sandbox.records import PERMISSIONS, Merchant, TokenRecord, rfc3339
from app.sandbox.replays import Replay, UnreadableReplayError, fingerprint
from app.sandbox.store import NewToken, Store
from app.sandbox.validation import idempotency_key_problem, parse_expiry

SESSION_LIFETIME_SECONDS = 12 * 3600
_CURSOR_PREFIX = "c1:"


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{seq}".encode()).decode().rstrip("=")


_LARGEST_SEQ = 2**63 - 1  # SQLite's INTEGER


def decode_cursor(cursor: str) -> int:
    """The row a page link continues after; anything but one of ours is a 422 on `cursor`."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        digits = text.removeprefix(_CURSOR_PREFIX)
        if text.startswith(_CURSOR_PREFIX) and digits.isdigit() and len(digits) <= 19:
            seq = int(digits)
            if 0 < seq <= _LARGEST_SEQ:
                return seq
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise problems.validation_failed(
        {"cursor": "This page link is no longer valid; start again from the first page."}
    )


def _key_reused() -> ApiProblem:
    return ApiProblem(
        422,
        "idempotency_key_reused",
        "This request key was already used for a different token. Start a new request.",
    )


def owned_token(store: Store, merchant: Merchant, token_id: str) -> TokenRecord:
    record = store.get_token(merchant.id, token_id)
    if record is None:
        raise problems.not_found()
    return record


def live_token(store: Store, merchant: Merchant, token_id: str) -> TokenRecord:
    """A token of this merchant that still works: a dead one is never brought back."""
    record = owned_token(store, merchant, token_id)
    status = record.status(store.now)
    if status == "revoked":
        raise problems.token_revoked()
    if status == "expired":
        raise problems.token_expired()
    return record


@dataclass(frozen=True)
class _CheckedToken:
    """A create request that passed every check: what to store, and the secret to answer."""

    request: NewToken
    secret: str = field(repr=False)


class SandboxService:
    """The contract's behaviour, on a database and the sign-in limit passed in."""

    def __init__(self, database: Database, limiter: SignInGuard):
        self._db = database
        self._limiter = limiter
        self._create_lock = threading.Lock()

    def storage_problem(self) -> str | None:
        """Why the last write failed for its storage (until a write succeeds), or None."""
        return self._db.storage_problem

    # Sessions

    def sign_in(self, email: str, password: str, address: str) -> dict[str, Any]:
        """Open a session; `address` is the client's (the connection's peer), for the limits."""
        email = email.strip().lower()
        wait = self._limiter.take(email, address)
        if wait is not None:
            raise problems.rate_limited(wait, "sign-in attempts")
        merchant = None
        try:
            merchant = self._checked_login(email, password)
        finally:
            self._limiter.give_back(email, address, failed=merchant is None)
        if merchant is None:
            raise ApiProblem(
                401,
                "invalid_credentials",
                "The email or password is not right. Check both and try again.",
            )
        with self._db.transaction() as store:
            return self._open_session(store, merchant)

    def open_session(self, email: str) -> dict[str, Any]:
        """A session for a known merchant, without a password: see `RunningSandbox`."""
        with self._db.transaction() as store:
            login = store.merchant_login(email.strip().lower())
            if login is None:
                raise LookupError("no merchant has this email")
            return self._open_session(store, login[0])

    def _checked_login(self, email: str, password: str) -> Merchant | None:
        """The merchant these credentials open, checked outside the database lock.

        An unknown email is checked against a hash that matches nothing, so that it
        takes as long as a known one: the time of an answer says nothing about accounts.
        """
        with self._db.transaction() as store:
            login = store.merchant_login(email)
        stored = security.LOCKED_PASSWORD if login is None else login[1]
        if not security.verify_password(password, stored) or login is None:
            return None
        return login[0]

    @staticmethod
    def _open_session(store: Store, merchant: Merchant) -> dict[str, Any]:
        session_token = security.new_session_token()
        expires_at = store.now + SESSION_LIFETIME_SECONDS
        store.add_session(security.hash_secret(session_token), merchant.id, expires_at)
        return {
            "session_token": session_token,
            "expires_at": rfc3339(expires_at),
            "merchant": merchant.to_json(),
        }

    def sign_out(self, authorization: str | None) -> None:
        with self._db.transaction() as store:
            self._require_session(store, authorization)
            credential = security.bearer_credential(authorization)
            assert credential is not None
            store.delete_session(security.hash_secret(credential))

    def signed_in(self, authorization: str | None) -> Merchant:
        """The merchant of a live session; every control-plane call asks this first."""
        with self._db.transaction() as store:
            return self._require_session(store, authorization)

    @staticmethod
    def _require_session(store: Store, authorization: str | None) -> Merchant:
        credential = security.bearer_credential(authorization)
        if credential is None:
            raise problems.missing_credential()
        merchant = store.merchant_by_session(security.hash_secret(credential))
        if merchant is None:
            raise problems.unauthorized()
        return merchant

    # Access tokens (control plane), for a merchant already signed in

    def list_tokens(
        self,
        merchant: Merchant,
        status: str,
        limit: int,
        cursor: str | None,
        if_none_match: str | None = None,
    ) -> Tagged:
        """A page of tokens and the collection's tag; no page when `if_none_match` has it
        (checked first: an unchanged collection costs two lookups, whatever its size)."""
        before = decode_cursor(cursor) if cursor else None  # an empty cursor: the first page
        with self._db.transaction() as store:
            tag = store.tokens_tag(merchant.id)
            if matches(if_none_match, tag):
                return Tagged(tag, None)
            rows = store.list_tokens(merchant.id, status, limit + 1, before)
            page = rows[:limit]
            more = len(rows) > limit
            return Tagged(
                tag,
                {
                    "items": [row.to_json(store.now) for row in page],
                    "next_cursor": encode_cursor(page[-1].seq) if more else None,
                },
            )

    def get_token(self, merchant: Merchant, token_id: str) -> dict[str, Any]:
        with self._db.transaction() as store:
            return owned_token(store, merchant, token_id).to_json(store.now)

    def revoke_token(self, merchant: Merchant, token_id: str) -> None:
        with self._db.transaction() as store:
            store.revoke_token(owned_token(store, merchant, token_id).seq)

    def create_token(
        self, merchant: Merchant, body: dict[str, Any], idempotency_key: str | None
    ) -> dict[str, Any]:
        if idempotency_key is not None and (problem := idempotency_key_problem(idempotency_key)):
            raise problems.validation_failed({"Idempotency-Key": problem})
        asked = fingerprint(body)
        with self._db.transaction() as store:
            replay = self._replay(store, merchant, idempotency_key, asked)
            now = store.now
        if replay is not None:
            return replay
        if not merchant.api_integration:
            raise problems.plan_required()
        # The slow checks (zxcvbn, scrypt) run before any lock, so they hold up nobody.
        token = self._checked_new_token(merchant, body, now)
        # Serialised so that two requests with one key can never both create.
        with self._create_lock, self._db.transaction() as store:
            replay = self._replay(store, merchant, idempotency_key, asked)
            if replay is not None:
                return replay
            created = self._create(store, merchant, token)
            if idempotency_key is not None:
                kept = Replay(asked, token.request.id, token.secret)
                store.replays.keep(merchant.id, idempotency_key, kept)
            return created

    @classmethod
    def _replay(
        cls, store: Store, merchant: Merchant, idempotency_key: str | None, asked: str
    ) -> dict[str, Any] | None:
        """What an earlier create or rotate with this key answered, if it answered this same
        request.

        Only while that secret is the token's current one and the token still works: a
        revoked, expired or superseded secret is never shown again.
        """
        replay = None if idempotency_key is None else cls._kept(store, merchant, idempotency_key)
        if replay is None:
            return None
        if replay.fingerprint != asked:
            raise _key_reused()
        token = store.get_token(merchant.id, replay.token_id)
        status = "revoked" if token is None else token.status(store.now)
        if token is None or status != "active":
            raise ApiProblem(
                409,
                f"token_{status}",
                f"The token this request made a secret for is {status} now, and that secret "
                "is never shown again. Create a new token.",
            )
        if not store.is_current_secret(token.seq, security.hash_secret(replay.secret)):
            raise ApiProblem(
                409,
                "secret_replaced",
                "The secret this request made has been replaced by a newer one since, and is "
                "never shown again. Use the newer secret, or rotate the token again.",
            )
        return {"access_token": token.to_json(store.now), "token": replay.secret}

    @staticmethod
    def _kept(store: Store, merchant: Merchant, idempotency_key: str) -> Replay | None:
        try:
            return store.replays.find(merchant.id, idempotency_key)
        except UnreadableReplayError:
            # Its answer is lost, and one request must never make a second token.
            raise _key_reused() from None

    @staticmethod
    def _create(store: Store, merchant: Merchant, token: _CheckedToken) -> dict[str, Any]:
        if store.active_username_taken(merchant.id, token.request.username):
            raise ApiProblem(
                409,
                "username_taken",
                "An active token already uses this username. Choose another username.",
                fields={
                    "username": FieldIssue(
                        "username_taken", "An active token already uses this username."
                    )
                },
            )
        record = store.add_token(merchant.id, token.request)
        return {"access_token": record.to_json(store.now), "token": token.secret}

    @staticmethod
    def _checked_new_token(merchant: Merchant, body: dict[str, Any], now: int) -> _CheckedToken:
        """The token to store and its secret, or raise what is wrong with the request."""
        username, password = body["username"], body["password"]
        permissions: list[str] = body["permissions"]
        expires_at, expiry_problem = parse_expiry(body.get("expires_at"), now)
        found = {
            "username": username_issue(username),
            "password": password_issue(password, username)
            or weak_password_issue(password, (username, merchant.name)),
            "permissions": permissions_issue(permissions, PERMISSIONS),
            "expires_at": expiry_problem,
            "note": note_issue(body.get("note")),
        }
        fields = {name: issue for name, issue in found.items() if issue}
        if fields:
            raise problems.validation_failed(fields)
        secret = token_format.generate_token()
        request = NewToken(
            id=security.new_public_id("at"),
            username=username,
            password_hash=security.hash_password(password),
            permissions=tuple(key for key in PERMISSIONS if key in permissions),
            token_hash=security.hash_secret(secret),
            token_hint=token_format.hint(secret),
            note=body.get("note"),
            expires_at=expires_at,
        )
        return _CheckedToken(request, secret)

    # Changing, rotating and finding a token, and its activity

    def update_token(
        self, merchant: Merchant, token_id: str, changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Change the note and/or the expiry (the fields given) of a live token."""
        if not changes:
            raise problems.validation_failed({"body": "Send a note, an expiry date or both."})
        with self._db.transaction() as store:
            expires_at, expiry_problem = parse_expiry(changes.get("expires_at"), store.now)
            found = {"note": note_issue(changes.get("note")), "expires_at": expiry_problem}
            fields = {name: issue for name, issue in found.items() if issue}
            if fields:
                raise problems.validation_failed(fields)
            record = live_token(store, merchant, token_id)
            if "note" in changes:
                store.set_note(record.seq, changes["note"])
            if "expires_at" in changes:
                store.set_expiry(record.seq, expires_at)
            return owned_token(store, merchant, token_id).to_json(store.now)

    def rotate_token(
        self,
        merchant: Merchant,
        token_id: str,
        overlap_hours: int,
        idempotency_key: str | None,
    ) -> dict[str, Any]:
        """Give a live token a new secret; the one it had works `overlap_hours` longer."""
        if idempotency_key is not None and (problem := idempotency_key_problem(idempotency_key)):
            raise problems.validation_failed({"Idempotency-Key": problem})
        asked = fingerprint({"rotate": token_id, "overlap_hours": overlap_hours})
        secret = token_format.generate_token()
        # One transaction: two requests with one key can never both rotate.
        with self._db.transaction() as store:
            replay = self._replay(store, merchant, idempotency_key, asked)
            if replay is not None:
                return replay
            if not merchant.api_integration:
                raise problems.plan_required()
            record = live_token(store, merchant, token_id)
            ends = [store.now + overlap_hours * 3600, record.expires_at]
            previous_until = min(end for end in ends if end is not None)
            store.rotate_token(
                record.seq, security.hash_secret(secret), token_format.hint(secret), previous_until
            )
            token = owned_token(store, merchant, token_id)
            rotated = {"access_token": token.to_json(store.now), "token": secret}
            if idempotency_key is not None:
                store.replays.keep(merchant.id, idempotency_key, Replay(asked, token_id, secret))
            return rotated

    def stop_previous_secret(self, merchant: Merchant, token_id: str) -> None:
        with self._db.transaction() as store:
            record = owned_token(store, merchant, token_id)
            if not store.stop_previous_secret(record.seq):
                raise problems.no_previous_secret()

    def activity(
        self, merchant: Merchant, token_id: str, days: int, if_none_match: str | None = None
    ) -> Tagged:
        """The token's calls per UTC day for `days` days up to today, and its latest calls."""
        with self._db.transaction() as store:
            record = owned_token(store, merchant, token_id)
            tag = store.activity_tag(record.seq, days)
            if matches(if_none_match, tag):
                return Tagged(tag, None)
            today = utc_day(store.now)
            daily = store.daily_activity(record.seq, today - days + 1)
            return Tagged(tag, activity_json(daily, store.recent_calls(record.seq), today, days))

    def lookup_token(self, merchant: Merchant, token: str) -> dict[str, Any]:
        """This merchant's token that has this secret now, or had it before its last rotation."""
        if not token_format.is_well_formed(token):
            raise problems.malformed_token()
        with self._db.transaction() as store:
            found = store.token_by_secret(merchant.id, security.hash_secret(token))
            if found is None:
                raise problems.unknown_secret()
            record, matched = found
            return {**record.to_json(store.now), "matched": matched}
