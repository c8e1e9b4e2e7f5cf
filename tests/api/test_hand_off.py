"""The one-time hand-off's cryptography: the checked-in vectors, and what must not open."""

import json
from pathlib import Path
from typing import Any

import pytest

from app.api.hand_off import (
    BUCKETS,
    HandOffError,
    Sealed,
    b64url,
    hand_off_link,
    key_proof,
    open_sealed,
    seal,
    unb64url,
)

VECTORS_FILE = Path(__file__).resolve().parents[2] / "resources" / "api" / "hand-off-vectors.json"
VECTORS: list[dict[str, Any]] = json.loads(VECTORS_FILE.read_text(encoding="utf-8"))["vectors"]
ORIGIN = "http://127.0.0.1:8766"
CONTENTS = {"token": "stp_ZoHnTdrTWvb4Q1YKJYPnQ5GewOsJsG26kIrL", "username": "mobile-app"}


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_the_vectors_are_reproduced_and_open(vector: dict[str, Any]) -> None:
    sealed = seal(
        vector["contents"],
        vector["origin"],
        master_key=unb64url(vector["master_key"]),
        nonce=unb64url(vector["nonce"]),
    )
    assert sealed.ciphertext == vector["ciphertext"]
    assert sealed.key_proof == vector["key_proof"]
    assert (
        open_sealed(vector["ciphertext"], vector["master_key"], vector["origin"])
        == (vector["contents"])
    )


def test_the_length_does_not_tell_whether_the_password_is_inside() -> None:
    without = seal(CONTENTS, ORIGIN)
    with_password = seal({**CONTENTS, "password": "kettle-orbit-plume-9-harbor"}, ORIGIN)
    assert len(without.ciphertext) == len(with_password.ciphertext)
    assert len(unb64url(without.ciphertext)) == 1 + 12 + BUCKETS[0] + 16


def test_each_hand_off_has_its_own_key_nonce_and_proof() -> None:
    first, second = seal(CONTENTS, ORIGIN), seal(CONTENTS, ORIGIN)
    assert first.master_key != second.master_key
    assert first.ciphertext != second.ciphertext
    assert first.key_proof == b64url(key_proof(unb64url(first.master_key)))
    assert first.key_proof != first.master_key  # the server never learns the key
    assert first.master_key not in repr(first)  # nor does a log line


@pytest.mark.parametrize("spoil", ["a byte", "the origin", "the key", "the format"])
def test_a_spoiled_hand_off_does_not_open(spoil: str) -> None:
    sealed = seal(CONTENTS, ORIGIN)
    data, key, origin = bytearray(unb64url(sealed.ciphertext)), sealed.master_key, ORIGIN
    if spoil == "a byte":
        data[40] ^= 1
    elif spoil == "the origin":
        origin = "http://127.0.0.1:8767"
    elif spoil == "the key":
        key = b64url(bytes(32))
    else:
        data[0] = 2
    with pytest.raises(HandOffError):
        open_sealed(b64url(bytes(data)), key, origin)


def test_the_link_carries_the_key_in_its_fragment_for_the_servers_own_address_only() -> None:
    sealed = Sealed("c", "p", "k3y")
    link = hand_off_link("http://127.0.0.1:8766/hand-off/ho_1", ORIGIN, sealed)
    assert link == "http://127.0.0.1:8766/hand-off/ho_1#k3y"
    for elsewhere in (
        "https://127.0.0.1:8766/hand-off/ho_1",
        "http://evil.example/hand-off/ho_1",
        "http://127.0.0.1:8766/hand-off/ho_1#already",
        "javascript:alert(1)",
    ):
        with pytest.raises(HandOffError):
            hand_off_link(elsewhere, ORIGIN, sealed)


def test_too_much_is_refused() -> None:
    with pytest.raises(HandOffError):
        seal({"lines": "x" * (BUCKETS[-1] + 1)}, ORIGIN)
