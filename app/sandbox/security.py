"""Hashing and comparing secrets: scrypt for passwords, SHA-256 for random tokens."""

import base64
import functools
import hashlib
import hmac
import os
import secrets
import threading

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024
_SESSION_PREFIX = "sts_"
API_SESSION_PREFIX = "sta_"
# Stored instead of a hash where no password may ever match (the seeded demo tokens).
LOCKED_PASSWORD = "!locked"  # noqa: S105 (not a password: a hash that matches none)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# scrypt is meant to cost a core for tens of milliseconds. At most this many run at once,
# so that a burst of creates or sign-ins always leaves a core for everything else (the
# data plane's latency stays flat under it); the rest wait their turn, outside any lock.
_PASSWORD_WORK = threading.BoundedSemaphore(max(1, (os.cpu_count() or 2) - 1))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    with _PASSWORD_WORK:
        return hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=32
        )


def hash_password(password: str) -> str:
    """Return a salted scrypt hash that records its own parameters."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"


@functools.cache
def _unmatchable() -> str:
    # Verified against when a stored hash cannot match (a locked seed token), so that a
    # refusal costs the same time as a real check. Made on first need: scrypt is slow.
    return hash_password(secrets.token_urlsafe(16))


def verify_password(password: str, stored: str) -> bool:
    """Check a password against a stored hash in constant time; never matches a locked one."""
    if stored == LOCKED_PASSWORD:
        _scrypt_check(password, _unmatchable())
        return False
    return _scrypt_check(password, stored)


def _scrypt_check(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def hash_secret(secret: str) -> str:
    """Hash a high-entropy random secret for lookup; it is never stored as is."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_session_token() -> str:
    """A random merchant session token with a recognisable prefix (for log redaction)."""
    return _SESSION_PREFIX + secrets.token_urlsafe(32)


def new_api_session_token() -> str:
    """A random developer API session token; `sta_` tells it from a merchant session."""
    return API_SESSION_PREFIX + secrets.token_urlsafe(32)


def same_text(given: str, expected: str) -> bool:
    """Compare two short texts (a username) in constant time, ignoring ASCII case only.

    Unicode case folding would let "ß" match "ss" and the Kelvin sign match "k"; usernames
    are ASCII, and compare as SQLite's NOCASE does.
    """
    return hmac.compare_digest(
        given.encode("utf-8", "surrogatepass").lower(), expected.encode("utf-8").lower()
    )


def new_public_id(prefix: str) -> str:
    """A random, non-guessable identifier that is safe to show."""
    return f"{prefix}_{secrets.token_hex(8)}"


def bearer_credential(authorization: str | None) -> str | None:
    """Return the credential from an `Authorization: Bearer ...` header, if there is one."""
    if not authorization:
        return None
    scheme, _, credential = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not credential.strip():
        return None
    return credential.strip()
