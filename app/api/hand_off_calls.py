"""The one-time hand-off's calls (the `hand_offs` capability): send a sealed link, read the
receipts, withdraw a link. The key is made here and leaves only inside the link."""

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from app.api import errors
from app.api.address import path_segment
from app.api.answer import json_of
from app.api.fields import Fields
from app.api.hand_off import HandOffError, hand_off_link, origin_of, seal
from app.api.secret import Secret

EXPIRY_HOURS = (1, 24, 72)
RECEIPT_STATUSES = frozenset({"waiting", "opened", "expired", "withdrawn"})
_PAGE = 200
Control = Callable[..., httpx.Response]


@dataclass(frozen=True)
class SentHandOff:
    """A link made: give `link` (the page's address and, after `#`, the key) once."""

    id: str
    link: Secret = field(repr=False)  # a credential until it is opened
    expires_at: datetime


@dataclass(frozen=True)
class HandOffReceipt:
    """What became of a link: waiting (until `expires_at`), opened, expired or withdrawn."""

    id: str
    access_token_id: str
    status: str
    created_at: datetime
    expires_at: datetime
    opened_at: datetime | None
    opened_from: str | None  # the address that opened it
    opened_with: str | None  # the browser's User-Agent, as the server cleaned it
    withdrawn_at: datetime | None
    wrong_keys: int


def _receipt(fields: Fields) -> HandOffReceipt:
    opened = fields.optional_record("opened")
    return HandOffReceipt(
        id=fields.text("id"),
        access_token_id=fields.text("access_token_id"),
        status=fields.choice("status", RECEIPT_STATUSES),
        created_at=fields.time("created_at"),
        expires_at=fields.time("expires_at"),
        opened_at=None if opened is None else opened.time("at"),
        opened_from=None if opened is None else opened.optional_text("ip"),
        opened_with=None if opened is None else opened.optional_text("user_agent"),
        withdrawn_at=fields.optional_time("withdrawn_at"),
        wrong_keys=fields.number("wrong_keys"),
    )


class HandOffCalls:
    """The hand-off's calls on one client's merchant session (`ShipturtleClient.hand_offs`)."""

    def __init__(self, control: Control, base_url: str) -> None:
        self._control = control
        self._base_url = base_url

    def send(
        self,
        token_id: str,
        token_hint: str,
        contents: Mapping[str, Any],
        expires_in_hours: int,
        idempotency_key: str,
    ) -> SentHandOff:
        """Seal `contents` (the token, and the password if the merchant chose) for this
        server and keep it there for `expires_in_hours` (1, 24 or 72); the link comes back.

        `token_hint` is the last characters of the secret inside: a server refuses it
        (SecretReplacedError) when the token was rotated since. Retried only with the same
        key and the same sealed body, so one link is made.
        """
        if expires_in_hours not in EXPIRY_HOURS:
            raise ValueError(f"expires_in_hours must be one of {EXPIRY_HOURS}")
        sealed = seal(dict(contents), origin_of(self._base_url))
        body = {
            "access_token_id": token_id,
            "token_hint": token_hint,
            "ciphertext": sealed.ciphertext,
            "key_proof": sealed.key_proof,
            "expires_in_hours": expires_in_hours,
        }
        response = self._control(
            "POST",
            "/v1/hand-offs",
            retryable=True,
            json=body,
            headers={"Idempotency-Key": idempotency_key},
        )
        fields = Fields(json_of(response))
        try:  # the key goes only to the server's own page
            link = hand_off_link(fields.text("url"), self._base_url, sealed)
        except HandOffError:
            raise errors.InvalidResponseError(
                "url", "is not on this server's own address"
            ) from None
        return SentHandOff(fields.text("id"), Secret(link), fields.time("expires_at"))

    def receipts(self, token_id: str | None = None) -> list[HandOffReceipt]:
        """Every link of the last 30 days, newest first; with `token_id`, that token's."""
        return list(self._iter_receipts(token_id))

    def _iter_receipts(self, token_id: str | None) -> Iterator[HandOffReceipt]:
        params: dict[str, str | int] = {"limit": _PAGE}
        if token_id is not None:
            params["access_token_id"] = token_id
        while True:
            fields = Fields(json_of(self._control("GET", "/v1/hand-offs", params=params)))
            yield from (_receipt(item) for item in fields.records("items"))
            cursor = fields.optional_text("next_cursor")
            if not cursor:
                return
            params["cursor"] = cursor

    def withdraw(self, hand_off_id: str) -> None:
        """Stop a waiting link now; one already opened, expired or withdrawn stays so."""
        self._control("DELETE", f"/v1/hand-offs/{path_segment(hand_off_id)}")
