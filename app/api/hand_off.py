"""The one-time hand-off's cryptography: sealed in the app, opened by the developer's browser.

From one fresh 256-bit master key, HKDF-SHA256 derives the AES-256-GCM key and, under another
label, the key proof the server checks (it keeps only a hash of it). The master key travels
only in the link's fragment (`#...`), which browsers never send to a server. The sealed form
is one format byte, a 96-bit random nonce and AES-GCM's output, base64url; the associated
data binds it to the format and the server's origin. The plaintext (JSON) is padded to fixed
sizes, so that its length does not tell whether the password is inside.

resources/api/hand-off-vectors.json holds test vectors the page's JavaScript shares.
"""

import base64
import json
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
ENCRYPTION_LABEL = b"shipturtle hand-off v1: encryption key"
PROOF_LABEL = b"shipturtle hand-off v1: key proof"
BUCKETS = (1024, 2048, 4096, 8192)  # plaintext sizes after padding
MAX_SEALED_CHARS = 16 * 1024  # base64url, as the server accepts it


class HandOffError(ValueError):
    """A hand-off that cannot be sealed, opened or linked: what is wrong is in the words."""


@dataclass(frozen=True)
class Sealed:
    """What goes to the server (ciphertext, key_proof) and what only the link holds."""

    ciphertext: str
    key_proof: str
    # base64url; never stored, never logged, never in a repr: the link's fragment only
    master_key: str = field(repr=False)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as error:
        raise HandOffError("not base64url") from error


def origin_of(url: str) -> str:
    """scheme://host[:port], lower-cased, as browsers compare origins."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise HandOffError("not an http(s) address")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname.lower()}{port}"


def associated_data(origin: str) -> bytes:
    """Fixed byte for byte by the contract: the format and the server's origin."""
    return b"shipturtle-hand-off\x00" + bytes([FORMAT_VERSION]) + b"\x00" + origin.encode("ascii")


def _derive(master_key: bytes, label: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(master_key)


def key_proof(master_key: bytes) -> bytes:
    """What proves the key to the server without telling it (HKDF, a label of its own)."""
    return _derive(master_key, PROOF_LABEL)


def pad(data: bytes) -> bytes:
    """0x80 then zeros up to the smallest bucket that holds it (ISO/IEC 7816-4)."""
    for size in BUCKETS:
        if len(data) + 1 <= size:
            return data + b"\x80" + b"\x00" * (size - len(data) - 1)
    raise HandOffError("the hand-off is too large")


def unpad(data: bytes) -> bytes:
    end = data.rstrip(b"\x00")
    if not end.endswith(b"\x80") or len(data) not in BUCKETS:
        raise HandOffError("not padded as a hand-off")
    return end[:-1]


def seal(
    contents: dict[str, Any],
    origin: str,
    *,
    master_key: bytes | None = None,
    nonce: bytes | None = None,
) -> Sealed:
    """Seal `contents` for the server at `origin`; the key and nonce are fresh unless given
    (test vectors only)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    master_key = master_key if master_key is not None else secrets.token_bytes(KEY_BYTES)
    nonce = nonce if nonce is not None else secrets.token_bytes(NONCE_BYTES)
    if len(master_key) != KEY_BYTES or len(nonce) != NONCE_BYTES:
        raise HandOffError("a key of 32 bytes and a nonce of 12")
    plaintext = pad(json.dumps(contents, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    aead = AESGCM(_derive(master_key, ENCRYPTION_LABEL))
    sealed = aead.encrypt(nonce, plaintext, associated_data(origin))
    ciphertext = b64url(bytes([FORMAT_VERSION]) + nonce + sealed)
    if len(ciphertext) > MAX_SEALED_CHARS:
        raise HandOffError("the hand-off is too large")
    return Sealed(ciphertext, b64url(key_proof(master_key)), b64url(master_key))


def open_sealed(ciphertext: str, master_key: str, origin: str) -> dict[str, Any]:
    """Open what `seal` made (as the page does); HandOffError if anything does not match."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data, key = unb64url(ciphertext), unb64url(master_key)
    if len(key) != KEY_BYTES or len(data) < 1 + NONCE_BYTES + 16 or data[0] != FORMAT_VERSION:
        raise HandOffError("not a hand-off of this format")
    nonce, sealed = data[1 : 1 + NONCE_BYTES], data[1 + NONCE_BYTES :]
    try:
        plaintext = AESGCM(_derive(key, ENCRYPTION_LABEL)).decrypt(
            nonce, sealed, associated_data(origin)
        )
    except InvalidTag as error:
        raise HandOffError("the key or the server does not match") from error
    contents = json.loads(unpad(plaintext).decode("utf-8"))
    if not isinstance(contents, dict):
        raise HandOffError("not a hand-off's contents")
    return contents


def hand_off_link(url: str, server: str, sealed: Sealed) -> str:
    """The link to give: the server's `url` for the hand-off, with the key in its fragment;
    refused unless `url` has the server's own origin (a server must not send the key
    elsewhere)."""
    if origin_of(url) != origin_of(server) or "#" in url:
        raise HandOffError("the hand-off address is not the server's own")
    return f"{url}#{sealed.master_key}"
