"""Server addresses are checked before sending; secrets never show themselves."""

import pickle

import pytest

from app.api import errors, token_format
from app.api.address import checked_base_url
from app.api.client import ShipturtleClient
from app.api.secret import REDACTED, Secret, redact_secrets


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://api.shipturtle.com/", "https://api.shipturtle.com"),
        ("  https://shop.example.com/api/ ", "https://shop.example.com/api"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://127.9.9.9", "http://127.9.9.9"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("http://[::1]:8765", "http://[::1]:8765"),
    ],
)
def test_accepted_addresses(address: str, expected: str) -> None:
    assert checked_base_url(address) == expected


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("http://api.shipturtle.com", "plain http://"),
        ("http://10.0.0.5:8765", "plain http://"),
        ("http://127.0.0.1.example.com", "plain http://"),
        ("ftp://files.example.com", "not a web address"),
        ("api.shipturtle.com", "not a web address"),
        ("", "not a web address"),
        ("https://user:pass@api.example.com", "Remove the name and password"),
    ],
)
def test_refused_addresses_say_what_to_do(address: str, words: str) -> None:
    with pytest.raises(errors.ServerAddressError) as caught:
        checked_base_url(address)
    assert words in caught.value.message


def test_client_refuses_before_any_request() -> None:
    with pytest.raises(errors.ServerAddressError):
        ShipturtleClient("http://shipturtle.example.com")


def test_secret_is_redacted_everywhere_but_reveal() -> None:
    value = token_format.generate_token()
    secret = Secret(value)
    assert secret.reveal() == value
    for shown in (repr(secret), str(secret), f"{secret}", f"{secret!r}", str([secret])):
        assert value not in shown
        assert REDACTED in shown
    assert secret == Secret(value)
    assert secret != Secret(value + "x")
    with pytest.raises(TypeError):
        pickle.dumps(secret)


@pytest.mark.parametrize(
    "line",
    [
        "sent token {token} to the developer",
        "headers={{'Authorization': 'Bearer {token}'}}",
        "Authorization: Bearer {token}",
        "session sts_AbC-123_xyzxyzxyz expired",
    ],
)
def test_redaction_catches_tokens_and_authorization_values(line: str) -> None:
    token = token_format.generate_token()
    text = line.format(token=token)
    redacted = redact_secrets(text)
    assert token not in redacted
    assert "sts_AbC" not in redacted
    assert REDACTED in redacted


@pytest.mark.parametrize(
    "line",
    [
        "copied {link} to the clipboard",
        "<a href='{link}'>open</a>",
        'link="{link}", expires soon',
        "({link})",
    ],
)
def test_redaction_catches_a_one_time_links_key(line: str) -> None:
    from app.api.hand_off import seal

    sealed = seal({"token": "x"}, "https://shop.example.com")
    link = f"https://shop.example.com/hand-off/ho_q3Vb1n8Xk2LmT0pWc7RzYA#{sealed.master_key}"
    redacted = redact_secrets(line.format(link=link))
    assert sealed.master_key not in redacted
    assert "/hand-off/ho_q3Vb1n8Xk2LmT0pWc7RzYA#[redacted]" in redacted
