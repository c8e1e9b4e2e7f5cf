"""The access token format: `stp_` prefix, 30 random base62 characters, 6-character CRC32."""

import zlib

PREFIX = "stp_"
RANDOM_LENGTH = 30
CHECKSUM_LENGTH = 6
TOKEN_LENGTH = len(PREFIX) + RANDOM_LENGTH + CHECKSUM_LENGTH
HINT_LENGTH = 4

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE62_SET = frozenset(BASE62)


def _base62(number: int, width: int) -> str:
    digits = []
    while number:
        number, remainder = divmod(number, 62)
        digits.append(BASE62[remainder])
    return "".join(reversed(digits)).rjust(width, BASE62[0])


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode("ascii")), CHECKSUM_LENGTH)


def generate_token() -> str:
    """Return a new random access token with its checksum."""
    import secrets  # only the sandbox makes tokens; the app's start-up does not need this

    body = PREFIX + "".join(secrets.choice(BASE62) for _ in range(RANDOM_LENGTH))
    return body + _checksum(body)


def is_well_formed(text: str) -> bool:
    """Check prefix, length, alphabet and checksum offline, without asking any server."""
    if len(text) != TOKEN_LENGTH or not text.startswith(PREFIX):
        return False
    rest = text[len(PREFIX) :]
    if not _BASE62_SET.issuperset(rest):
        return False
    body, checksum = text[:-CHECKSUM_LENGTH], text[-CHECKSUM_LENGTH:]
    return _checksum(body) == checksum


def hint(token: str) -> str:
    """Return the last characters that are safe to show to identify a token."""
    return token[-HINT_LENGTH:]
