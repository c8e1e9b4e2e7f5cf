"""httpx clients that connect from a loopback address of their own (127.0.0.x)."""

import functools
import socket

import httpx
import pytest


@functools.cache
def _can_bind(address: str) -> bool:
    # Linux and Windows answer on all of 127.0.0.0/8; macOS only on the addresses configured.
    with socket.socket() as probe:
        try:
            probe.bind((address, 0))
        except OSError:
            return False
    return True


def client_from(base_url: str, address: str, timeout: float = 30) -> httpx.Client:
    """A client whose connections come from `address`, as the server sees their peer.

    Skips the test where this machine cannot send from that address.
    """
    if not _can_bind(address):
        pytest.skip(f"this machine cannot send from {address}")
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=base_url, transport=transport, timeout=timeout)
