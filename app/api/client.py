"""The Shipturtle API client: one method per call of the contract, typed results."""

from collections.abc import Iterator
from typing import Any

import httpx

from app.api import errors, token_format
from app.api.address import checked_base_url
from app.api.idempotency import new_idempotency_key
from app.api.models import (
    AccessToken,
    ApiSession,
    CreatedToken,
    Fields,
    Merchant,
    NewToken,
    Permission,
    Session,
    TokenInfo,
    TokenPage,
)
from app.api.secret import Secret
from app.api.transport import RetryPolicy, Transport

__all__ = ["ShipturtleClient", "new_idempotency_key"]

MAX_PAGE_SIZE = 200
_MISTYPED_MESSAGE = (
    "This is not a complete access token: it starts with stp_ and is 40 characters long. "
    "Copy it again."
)


def _fields(response: httpx.Response) -> Fields:
    try:
        return Fields(response.json())
    except ValueError:
        raise errors.InvalidResponseError("response", "is not JSON") from None


class ShipturtleClient:
    """Talks to one Shipturtle API server for one merchant session."""

    def __init__(
        self,
        base_url: str,
        *,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = checked_base_url(base_url)
        self._transport = Transport(
            self.base_url, retry=retry or RetryPolicy(), transport=transport
        )
        self.session_token: Secret | None = None

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> "ShipturtleClient":
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.close()

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

    def sign_in(self, email: str, password: Secret) -> Session:
        response = self._transport.request(
            "POST", "/v1/sessions", json={"email": email, "password": password.reveal()}
        )
        session = Session.from_json(_fields(response))
        self.session_token = session.token
        return session

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
        return Merchant.from_json(_fields(self._control("GET", "/v1/merchant")))

    def permissions(self) -> list[Permission]:
        fields = _fields(self._transport.request("GET", "/v1/permissions", retryable=True))
        return [Permission.from_json(item) for item in fields.records("items")]

    # Access tokens

    def list_page(
        self, status: str = "active", limit: int = 50, cursor: str | None = None
    ) -> TokenPage:
        params: dict[str, str | int] = {"status": status, "limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return TokenPage.from_json(
            _fields(self._control("GET", "/v1/access-tokens", params=params))
        )

    def iter_tokens(self, status: str = "active") -> Iterator[AccessToken]:
        """Every token with this status, newest first, following the cursors."""
        seen: set[str] = set()
        cursor: str | None = None
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
        path = f"/v1/access-tokens/{_segment(token_id)}"
        return AccessToken.from_json(_fields(self._control("GET", path)))

    def create_token(self, new_token: NewToken, idempotency_key: str) -> CreatedToken:
        """Create a token; retried only with the same key, so it is never created twice."""
        response = self._control(
            "POST",
            "/v1/access-tokens",
            retryable=True,
            json=new_token.to_json(),
            headers={"Idempotency-Key": idempotency_key},
        )
        return CreatedToken.from_json(_fields(response))

    def revoke_token(self, token_id: str) -> None:
        self._control("DELETE", f"/v1/access-tokens/{_segment(token_id)}")

    def tokens_like(self, token: Secret) -> list[AccessToken]:
        """This store's tokens that a pasted token may be, by its last characters.

        The format is checked offline first. The secret itself never leaves this computer:
        the contract has no lookup by secret, so only the hint, already shown in the list,
        is compared. Newest first; more than one means the hint alone cannot tell.
        """
        cleaned = _well_formed(token)
        hint = token_format.hint(cleaned)
        return [item for item in self.iter_tokens("all") if item.token_hint == hint]

    # The developer's side: sign in with the token, its username and password, then call
    # the data plane with the API session that gives.

    def developer_sign_in(self, token: Secret, username: str, password: Secret) -> ApiSession:
        """Open a one-hour API session; a mistyped token is caught here, before any request."""
        cleaned = _well_formed(token)
        response = self._transport.request(
            "POST",
            "/v1/api-sessions",
            credential=Secret(cleaned),
            json={"username": username, "password": password.reveal()},
        )
        return ApiSession.from_json(_fields(response))

    def developer_sign_out(self, session: ApiSession) -> None:
        self._transport.request(
            "DELETE", "/v1/api-sessions/current", credential=session.session, retryable=True
        )

    def token_info(self, session: ApiSession) -> TokenInfo:
        return TokenInfo.from_json(_fields(self._data("/v1/token-info", session)))

    def orders(self, session: ApiSession) -> list[dict[str, Any]]:
        return self._items(self._data("/v1/orders", session))

    def products(self, session: ApiSession) -> list[dict[str, Any]]:
        return self._items(self._data("/v1/products", session))

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
        raise errors.InvalidTokenError(_MISTYPED_MESSAGE, code="malformed_token")
    return cleaned


def _segment(token_id: str) -> str:
    # An id is one path segment; anything else must not reach another address.
    if not token_id or any(char in token_id for char in "/?#%") or token_id in (".", ".."):
        raise errors.NotFoundError(code="not_found")
    return token_id
