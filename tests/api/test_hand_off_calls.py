"""The client's one-time hand-off calls against the real sandbox on loopback: the link it
makes opens (as the page opens it) to what was sealed, and the receipts tell what happened."""

import json

import httpx
import pytest

from app.api import errors
from app.api.client import ShipturtleClient, new_idempotency_key
from app.api.hand_off import b64url, key_proof, open_sealed, unb64url
from app.api.models import CreatedToken
from app.api.secret import REDACTED, Secret
from tests.api.test_client_sandbox import PASSWORD

KEY_FRAGMENT = "#"


def _contents(created: CreatedToken, *, password: bool) -> dict[str, object]:
    found: dict[str, object] = {
        "token": created.token.reveal(),
        "username": created.access_token.username,
        "store": "Demo Store",
    }
    if password:
        found["password"] = PASSWORD.reveal()
    return found


def _open_as_the_page(base_url: str, link: str) -> httpx.Response:
    address, key = link.split(KEY_FRAGMENT)
    hand_off_id = address.rsplit("/", 1)[1]
    proof = b64url(key_proof(unb64url(key)))
    return httpx.post(f"{base_url}/v1/hand-offs/{hand_off_id}/open", json={"key_proof": proof})


@pytest.mark.parametrize("password", [True, False])
def test_a_sent_link_opens_once_to_what_was_sealed(
    client: ShipturtleClient, created: CreatedToken, password: bool
) -> None:
    inside = _contents(created, password=password)
    token = created.access_token
    sent = client.hand_offs.send(token.id, token.token_hint, inside, 1, new_idempotency_key())
    assert sent.link.reveal() not in repr(sent)
    assert repr(sent.link) == f"Secret({REDACTED})"
    link = sent.link.reveal()
    assert link.startswith(f"{client.base_url}/hand-off/{sent.id}#")
    opened = _open_as_the_page(client.base_url, link)
    assert opened.status_code == 200
    key = link.split(KEY_FRAGMENT)[1]
    assert open_sealed(opened.json()["ciphertext"], key, client.base_url) == inside
    (receipt,) = client.hand_offs.receipts(token.id)
    assert (receipt.id, receipt.status, receipt.opened_from) == (sent.id, "opened", "127.0.0.1")
    assert receipt.expires_at == sent.expires_at


def test_receipts_and_withdraw(client: ShipturtleClient, created: CreatedToken) -> None:
    token = created.access_token
    first = client.hand_offs.send(token.id, token.token_hint, {}, 24, new_idempotency_key())
    second = client.hand_offs.send(token.id, token.token_hint, {}, 72, new_idempotency_key())
    client.hand_offs.withdraw(first.id)
    listed = client.hand_offs.receipts()
    assert [(r.id, r.status) for r in listed] == [(second.id, "waiting"), (first.id, "withdrawn")]
    assert _open_as_the_page(client.base_url, first.link.reveal()).status_code == 404


def test_a_link_for_a_replaced_secret_is_refused(
    client: ShipturtleClient, created: CreatedToken
) -> None:
    token = created.access_token
    client.rotate_token(token.id, 0, new_idempotency_key())
    with pytest.raises(errors.SecretReplacedError):
        client.hand_offs.send(token.id, token.token_hint, {}, 1, new_idempotency_key())
    assert client.hand_offs.receipts(token.id) == []


def test_a_link_to_another_address_is_never_made() -> None:
    """A server that answers with another origin's page must not get the key sent there."""

    def elsewhere(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert set(body) == {
            "access_token_id",
            "token_hint",
            "ciphertext",
            "key_proof",
            "expires_in_hours",
        }
        answer = {
            "id": "ho_x",
            "url": "https://collector.example/hand-off/ho_x",
            "expires_at": "2026-12-04T11:12:00Z",
        }
        return httpx.Response(201, json=answer)

    transport = httpx.MockTransport(elsewhere)
    with ShipturtleClient("https://api.example.test", transport=transport) as api:
        api.session_token = Secret("sts_session")
        with pytest.raises(errors.InvalidResponseError) as caught:
            api.hand_offs.send("at_1", "kIrL", {"token": "x"}, 1, new_idempotency_key())
    assert "url" in caught.value.message
