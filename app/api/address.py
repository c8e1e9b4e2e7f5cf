"""Checking a server address before anything is sent: https, or plain http on loopback only."""

import ipaddress

import httpx

from app.api.errors import ServerAddressError

_EXAMPLE = "https://api.example.com"


def is_loopback(host: str) -> bool:
    """Tell whether a host name or address stays on this computer."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_base_url(address: str) -> str:
    """Return the address normalised, or raise ServerAddressError saying what to change."""
    try:
        url = httpx.URL(address.strip())
    except (httpx.InvalidURL, TypeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ServerAddressError(f"This is not a web address. Use one like {_EXAMPLE}.")
    if url.userinfo:
        raise ServerAddressError("Remove the name and password from the server address.")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ServerAddressError(
            "This address uses plain http://, which is not safe over the internet. "
            "Use its https:// address instead."
        )
    path = url.path.rstrip("/")
    return str(url.copy_with(path=path or "/", query=None, fragment=None)).rstrip("/")
