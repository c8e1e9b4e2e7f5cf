"""The Shipturtle API client: one method per call of the contract, typed results."""

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx

from app.api import errors, token_format, wire
from app.api.address import checked_base_url, path_segment
from app.api.answer import json_of
from app.api.capabilities import Capabilities
from app.api.contract import API_SESSIONS_PATH, DATA_PATHS
from app.api.deadline import DEFAULT_DEADLINE
from app.api.fields import Fields
from app.api.hand_off_calls import HandOffCalls
from app.api.idempotency import new_idempotency_key
from app.api.models import (
    AccessToken,
    Activity,
    ApiSession,
    CreatedToken,
    Merchant,
    NewToken,
    Permission,
    Session,
    TokenInfo,
    TokenMatch,
    TokenPage,
    TokensNow,
)
from app.api.secret import Secret
from app.api.transport import RetryPolicy, Transport
from app.api.unset import UNSET, Unset

__all__ = ["UNSET", "ShipturtleClient", "Unset", "new_idempotency_key"]

MAX_PAGE_SIZE = 200
_NOTHING_TO_STOP = (
    "This token has no previous secret that still works: it has stopped already. "
    "Refresh the token to see its secrets."
)
_NOT_THIS_STORES = (
    "This token is not one of this store's, or it was replaced by newer secrets since. "
    "Check which store it came from."
)


def _fields(response: httpx.Response) -> Fields:
    return Fields(json_of(response))


class ShipturtleClient:
    """Talks to one Shipturtle API server for one merchant session."""

    def __init__(
        self,
        base_url: str,
        *,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        """`deadline`: the seconds a call may take, its retries and their waits included."""
        self.base_url = checked_base_url(base_url)
        self._transport = Transport(
            self.base_url, retry=retry or RetryPolicy(), deadline=deadline, transport=transport
        )
        self.session_token: Secret | None = None

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> "ShipturtleClient":
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.close()

    @property
    def hand_offs(self) -> HandOffCalls:
        """The one-time hand-off's calls, on this client's session (`hand_offs`)."""
        return HandOffCalls(self._control, self.base_url)

    def _control(
        self, method: str, path: str, *, retryable: bool | None = None, **kwargs: Any
    ) -> httpx.Response:
        if self.session_token is None:
            raise errors.SessionExpiredError(code="unauthorized")
        safe = method in ("GET", "DELETE") if retryable is None else retryable
        return self._transport.request(
            method, path, credential=self.session_token, retryable=safe, **kwargs
        )

    # Session

    def health(self) -> str:
        """Return the server's version; raises if the server is not a Shipturtle API."""
        fields = _fields(self._transport.request("GET", "/v1/health", retryable=True))
        fields.choice("status", frozenset({"ok"}))
        return fields.text("version")

    def capabilities(self) -> Capabilities:
        """What the server offers beyond the seed's part; a server without the address
        (404) offers only that part, and nothing of its tokens or passwords is assumed."""
        try:
            response = self._transport.request("GET", "/v1/capabilities", retryable=True)
        except errors.NotFoundError:
            return Capabilities.seed()
        return wire.capabilities(_fields(response))

    def sign_in(self, email: str, password: Secret) -> Session:
        response = self._transport.request(
            "POST", "/v1/sessions", json={"email": email, "password": password}
        )
        session = wire.session(_fields(response))
        self.session_token = session.token
        return session

    def resume(self, session_token: Secret) -> Session:
        """Go on with a session opened earlier: proven by reading the merchant with it."""
        self.session_token = session_token
        return Session(session_token, None, self.merchant())

    def sign_out(self) -> None:
        """End the session on the server, and forget it here whatever the server says."""
        try:
            if self.session_token is not None:
                self._control("DELETE", "/v1/sessions/current")
        except errors.SessionExpiredError:
            pass
        finally:
            self.session_token = None

    def merchant(self) -> Merchant:
        return wire.merchant(_fields(self._control("GET", "/v1/merchant")))

    def permissions(self) -> list[Permission]:
        fields = _fields(self._transport.request("GET", "/v1/permissions", retryable=True))
        return [wire.permission(item) for item in fields.records("items")]

    # Access tokens

    def list_page(
        self, status: str = "active", limit: int = 50, cursor: str | None = None
    ) -> TokenPage:
        params: dict[str, str | int] = {"status": status, "limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return wire.token_page(_fields(self._control("GET", "/v1/access-tokens", params=params)))

    def tokens_since(self, etag: str | None, status: str = "all") -> TokensNow:
        """Every token with this status, newest first, and the collection's tag; with the
        tag of an earlier answer, None for the tokens when nothing changed since (a 304 for
        the first page: one cheap question, where the server offers conditional_requests)."""
        headers = {"If-None-Match": etag} if etag else {}
        params: dict[str, str | int] = {"status": status, "limit": MAX_PAGE_SIZE}
        response = self._control("GET", "/v1/access-tokens", params=params, headers=headers)
        tag = response.headers.get("ETag")
        if response.status_code == 304:
            return TokensNow(None, tag or etag)
        first = wire.token_page(_fields(response))
        return TokensNow((*first.items, *self.iter_tokens(status, after=first)), tag)

    def iter_tokens(
        self, status: str = "active", *, after: TokenPage | None = None
    ) -> Iterator[AccessToken]:
        """Every token with this status, newest first, following the cursors (`after`: the
        pages after this one, already read)."""
        seen: set[str] = set()
        cursor: str | None = None
        if after is not None:
            if after.next_cursor is None:
                return
            cursor = after.next_cursor
        while True:
            page = self.list_page(status, MAX_PAGE_SIZE, cursor)
            yield from page.items
            if page.next_cursor is None:
                return
            if page.next_cursor in seen:
                raise errors.InvalidResponseError("next_cursor", "repeats an earlier page")
            seen.add(page.next_cursor)
            cursor = page.next_cursor

    def list_tokens(self, status: str = "active") -> list[AccessToken]:
        return list(self.iter_tokens(status))

    def get_token(self, token_id: str) -> AccessToken:
        path = f"/v1/access-tokens/{path_segment(token_id)}"
        return wire.access_token(_fields(self._control("GET", path)))

    def create_token(self, new_token: NewToken, idempotency_key: str) -> CreatedToken:
        """Create a token; retried only with the same key, so it is never created twice."""
        response = self._control(
            "POST",
            "/v1/access-tokens",
            retryable=True,
            json=wire.new_token_body(new_token),
            headers={"Idempotency-Key": idempotency_key},
        )
        return wire.created_token(_fields(response))

    def revoke_token(self, token_id: str) -> None:
        self._control("DELETE", f"/v1/access-tokens/{path_segment(token_id)}")

    def update_token(
        self,
        token_id: str,
        *,
        note: str | Unset | None = UNSET,
        expires_at: datetime | Unset | None = UNSET,
    ) -> AccessToken:
        """Change the note and/or the expiry (None: never) of a live token; what is left
        UNSET stays as it is. A revoked or expired token raises TokenRevokedError or
        TokenExpiredError: it is never brought back."""
        body: dict[str, str | None] = {}
        if not isinstance(note, Unset):
            body["note"] = note
        if not isinstance(expires_at, Unset):
            body["expires_at"] = None if expires_at is None else _rfc3339(expires_at)
        # Setting the same values twice changes nothing: safe to retry.
        response = self._control(
            "PATCH", f"/v1/access-tokens/{path_segment(token_id)}", retryable=True, json=body
        )
        return wire.access_token(_fields(response))

    def rotate_token(self, token_id: str, overlap_hours: int, idempotency_key: str) -> CreatedToken:
        """Give a token a new secret (shown once, like a new token's); the secret it had works
        for `overlap_hours` more (0, 1, 24, 72 or 168). Retried only with the same key, so
        it is never rotated twice."""
        response = self._control(
            "POST",
            f"/v1/access-tokens/{path_segment(token_id)}/rotate",
            retryable=True,
            json={"overlap_hours": overlap_hours},
            headers={"Idempotency-Key": idempotency_key},
        )
        return wire.created_token(_fields(response))

    def stop_previous_secret(self, token_id: str) -> None:
        """Stop a rotated token's previous secret now, before its overlap ends.

        NotFoundError when there is none still working; its message says which is missing,
        the token or only its previous secret (which may have just stopped by itself).
        """
        try:
            self._control("DELETE", f"/v1/access-tokens/{path_segment(token_id)}/previous")
        except errors.NotFoundError:
            self.get_token(token_id)  # raises NotFoundError itself if the token is gone
            raise errors.NotFoundError(_NOTHING_TO_STOP, code="not_found") from None

    def activity(self, token_id: str, days: int = 30) -> Activity:
        """Calls per UTC day for the last `days` days (1 to 90), oldest first, and the last
        100 data-plane calls and developer sign-ins, newest first."""
        path = f"/v1/access-tokens/{path_segment(token_id)}/activity"
        return wire.activity(_fields(self._control("GET", path, params={"days": days})))

    def activity_since(
        self, token_id: str, etag: str | None, days: int = 30
    ) -> tuple[Activity | None, str | None]:
        """The activity and its tag; None for the activity when nothing changed since
        `etag` (a 304, where the server offers conditional_requests)."""
        path = f"/v1/access-tokens/{path_segment(token_id)}/activity"
        headers = {"If-None-Match": etag} if etag else {}
        response = self._control("GET", path, params={"days": days}, headers=headers)
        tag = response.headers.get("ETag")
        if response.status_code == 304:
            return None, tag or etag
        return wire.activity(_fields(response)), tag

    def lookup_token(self, token: Secret, *, checked_format: bool = True) -> TokenMatch:
        """The token of this store that a pasted secret is (its current or previous one).

        With `checked_format` (the server's tokens carry our prefix and checksum) the format
        is checked offline first: a mistyped token raises InvalidTokenError without a
        request. One that is not this store's raises NotFoundError.
        """
        cleaned = _well_formed(token) if checked_format else token.reveal().strip()
        try:
            response = self._control(
                "POST", "/v1/access-tokens/lookup", retryable=True, json={"token": Secret(cleaned)}
            )
        except errors.NotFoundError:
            raise errors.NotFoundError(_NOT_THIS_STORES, code="not_found") from None
        return wire.token_match(_fields(response))

    def developer_sign_in(self, token: Secret, username: str, password: Secret) -> ApiSession:
        """Open a one-hour API session; a mistyped token is caught here, before any request."""
        cleaned = _well_formed(token)
        response = self._transport.request(
            "POST",
            API_SESSIONS_PATH,
            credential=Secret(cleaned),
            json={"username": username, "password": password},
        )
        return wire.api_session(_fields(response))

    def developer_sign_out(self, session: ApiSession) -> None:
        self._transport.request(
            "DELETE", "/v1/api-sessions/current", credential=session.session, retryable=True
        )

    def token_info(self, session: ApiSession) -> TokenInfo:
        return wire.token_info(_fields(self._data("/v1/token-info", session)))

    def orders(self, session: ApiSession) -> list[dict[str, Any]]:
        return self._items(self._data(DATA_PATHS["orders"], session))

    def products(self, session: ApiSession) -> list[dict[str, Any]]:
        return self._items(self._data(DATA_PATHS["products"], session))

    def _data(self, path: str, session: ApiSession) -> httpx.Response:
        return self._transport.request("GET", path, credential=session.session, retryable=True)

    @staticmethod
    def _items(response: httpx.Response) -> list[dict[str, Any]]:
        items = _fields(response).records("items")
        return [dict(item.raw) for item in items]


def _well_formed(token: Secret) -> str:
    """The token without the spaces a paste may bring; a mistyped one is refused offline."""
    cleaned = token.reveal().strip()
    if not token_format.is_well_formed(cleaned):
        raise errors.InvalidTokenError(
            errors.InvalidTokenError.mistyped_message,
            code="malformed_token",
            reason="malformed_token",
        )
    return cleaned


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
