"""What the sign-in window hands on: who signs in where, and the name of that profile."""

from dataclasses import dataclass

from app.api.address import host_and_port
from app.api.secret import Secret


@dataclass(frozen=True)
class SignInRequest:
    profile: str
    server_url: str
    email: str
    password: Secret
    remember: bool


def profile_name(email: str, server_url: str, default_server: str) -> str:
    """Name a profile after the email, and the server when it is not the usual one."""
    if server_url.rstrip("/") == default_server.rstrip("/"):
        return email
    # The port stays in the name: two local servers are two profiles.
    return f"{email} on {host_and_port(server_url) or server_url}"
