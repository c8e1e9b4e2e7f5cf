"""Checking a server address before anything is sent: https, or plain http on loopback only."""

import ipaddress
from urllib.parse import SplitResult, urlsplit

from app.api.errors import NotFoundError, ServerAddressError

_EXAMPLE = "https://api.example.com"


def is_loopback(host: str) -> bool:
    """Tell whether a host name or address stays on this computer."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split(address: str) -> SplitResult | None:
    try:
        parts = urlsplit(address.strip())
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts


def host_and_port(address: str) -> str | None:
    """The host of a web address, with its port when it names one ("127.0.0.1:8766")."""
    parts = _split(address)
    if parts is None or parts.hostname is None:
        return None
    try:
        port = parts.port
    except ValueError:  # not a number: the address is refused elsewhere, with a reason
        port = None
    return parts.hostname if port is None else f"{parts.hostname}:{port}"


def checked_base_url(address: str) -> str:
    """Return the address normalised, or raise ServerAddressError saying what to change."""
    parts = _split(address)
    if parts is None or any(char.isspace() for char in address.strip()):
        raise ServerAddressError(
            f"This is not a web address. Use one like {_EXAMPLE}.",
            reason="address_not_web",
            params={"example": _EXAMPLE},
        )
    if parts.username is not None or parts.password is not None:
        raise ServerAddressError(
            "Remove the name and password from the server address.",
            reason="address_has_credentials",
        )
    host = parts.hostname or ""
    if parts.scheme == "http" and not is_loopback(host):
        raise ServerAddressError(
            "This address uses plain http://, which is not safe over the internet. "
            "Use its https:// address instead.",
            reason="address_plain_http",
        )
    netloc = f"[{host}]" if ":" in host else host
    default_port = {"http": 80, "https": 443}[parts.scheme]
    if parts.port is not None and parts.port != default_port:
        netloc += f":{parts.port}"
    return f"{parts.scheme}://{netloc.lower()}{parts.path.rstrip('/')}"


def path_segment(identifier: str) -> str:
    """An id as one path segment; anything else must not reach another address."""
    if not identifier or any(char in identifier for char in "/?#%") or identifier in (".", ".."):
        raise NotFoundError(code="not_found")
    return identifier
