"""Schemathesis hooks: real credentials for each plane, so generated requests get past 401.

The test that loads this module (tests/sandbox/test_fuzz.py) passes the sandbox's address
and a password for the tokens it makes in environment variables.
"""

import os
import zlib
from typing import Any

import httpx
import schemathesis

BASE_URL = os.environ["FUZZ_SANDBOX_URL"]
PASSWORD = os.environ["FUZZ_TOKEN_PASSWORD"]
DATA_PLANE = ("/v1/orders", "/v1/products", "/v1/token-info")
# What would end the token (or the secret) every data-plane case stands on.
KEEPER_ENDERS = {
    ("DELETE", "/v1/access-tokens/{token_id}"),
    ("POST", "/v1/access-tokens/{token_id}/rotate"),
    ("DELETE", "/v1/access-tokens/{token_id}/previous"),
}


def _prepare() -> tuple[str, dict[str, Any], str, list[str]]:
    """A merchant session, an access token to sign in with, an API session, and the ids of
    the demo store's seeded tokens (rotated, revoked, expiring, with a history)."""
    with httpx.Client(base_url=BASE_URL) as http:
        session = http.post(
            "/v1/sessions", json={"email": "demo@example.com", "password": "demo-password"}
        ).json()["session_token"]
        merchant = {"Authorization": f"Bearer {session}"}
        body = {
            "username": "fuzz-keeper",
            "password": PASSWORD,
            "permissions": ["orders", "products"],
        }
        token = http.post("/v1/access-tokens", headers=merchant, json=body).json()
        signed_in = http.post(
            "/v1/api-sessions",
            headers={"Authorization": f"Bearer {token['token']}"},
            json={"username": "fuzz-keeper", "password": PASSWORD},
        ).json()
        listed = http.get("/v1/access-tokens", headers=merchant, params={"status": "all"})
        seeded = [
            item["id"]
            for item in listed.json()["items"]
            if item["id"] != token["access_token"]["id"]
        ]
    return session, token, signed_in["api_session"], seeded


SESSION, TOKEN, API_SESSION, SEEDED_IDS = _prepare()


def _credential(method: str, path: str) -> str:
    if path == "/v1/api-sessions" and method == "POST":
        return str(TOKEN["token"])
    if path in DATA_PLANE:
        return API_SESSION
    return SESSION


@schemathesis.auth()
class Credentials:
    """The credential each operation's security scheme names; schemathesis leaves it out or
    spoils it itself to check that the API then refuses (its `ignored_auth` check)."""

    def get(self, case: Any, ctx: Any) -> str:
        return _credential(case.method.upper(), case.path)

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@schemathesis.hook
def map_path_parameters(ctx: Any, path_parameters: dict[str, Any] | None) -> Any:
    # Most generated ids name no token; some are swapped for real ones (chosen by the
    # generated value, so a run stays reproducible), so that changes, rotations and
    # activity run on live, rotated and revoked tokens too.
    value = (path_parameters or {}).get("token_id")
    if not isinstance(value, str):
        return path_parameters
    choices = [value, *SEEDED_IDS]
    return {
        **(path_parameters or {}),
        "token_id": choices[zlib.crc32(value.encode()) % len(choices)],
    }


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: dict[str, Any]) -> None:
    # Generated revokes and rotations must not take away the token every data-plane case
    # stands on.
    target = (case.path_parameters or {}).get("token_id")
    if (case.method.upper(), case.path) in KEEPER_ENDERS and target == TOKEN["access_token"]["id"]:
        case.path_parameters["token_id"] = "at_0000000000000000"
