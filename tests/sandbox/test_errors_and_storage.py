"""Errors always in the contract's JSON shape, and nothing secret in the database files."""

from pathlib import Path

import httpx
import pytest

from app.sandbox import start_sandbox
from app.sandbox.openapi import contract_json
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD, STARTER_PASSWORD
from tests.conftest import api_session, bearer, sign_in

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("method", "path", "content", "status", "code"),
    [
        ("POST", "/v1/sessions", b"{not json", 400, "invalid_json"),
        ("POST", "/v1/access-tokens", b'{"username": ', 400, "invalid_json"),
        ("POST", "/v1/sessions", b"[1, 2]", 422, "validation_failed"),
        ("POST", "/v1/sessions", b'{"email": 5, "password": null}', 422, "validation_failed"),
        ("GET", "/v1/nowhere", None, 404, "not_found"),
        ("PUT", "/v1/health", None, 405, "method_not_allowed"),
    ],
)
def test_errors_are_json_with_code_and_message(
    http: httpx.Client,
    demo: dict[str, str],
    method: str,
    path: str,
    content: bytes | None,
    status: int,
    code: str,
) -> None:
    headers = {**demo, "Content-Type": "application/json"}
    response = http.request(method, path, headers=headers, content=content)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"].endswith(".")


def test_a_body_not_sent_as_json_is_a_415(http: httpx.Client) -> None:
    response = http.post("/v1/sessions", data={"email": "a", "password": "b"})
    assert response.status_code == 415
    assert "Content-Type: application/json" in response.json()["error"]["message"]


def test_database_file_holds_no_secret_in_plain_text(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.sqlite3"
    api_password = "a-long-secret-passphrase"
    with start_sandbox(db) as running, httpx.Client(base_url=running.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        response = http.post(
            "/v1/access-tokens",
            headers=demo,
            json={"username": "shop-dev", "password": api_password, "permissions": ["orders"]},
        )
        secret = response.json()["token"]
        session = demo["Authorization"].removeprefix("Bearer ")
        files = [path for path in tmp_path.iterdir() if path.name.startswith("sandbox.sqlite3")]
        assert any(path.name.endswith("-wal") for path in files), files
        assert _nothing_secret_in(files, secret, api_password, session)
    assert _nothing_secret_in(list(tmp_path.iterdir()), secret, api_password, session)


def _nothing_secret_in(files: list[Path], *secrets: str) -> bool:
    raw = b"".join(path.read_bytes() for path in files)
    assert b"shop-dev" in raw  # the check reads the real data
    every = (*secrets, DEMO_PASSWORD, STARTER_PASSWORD)
    return not any(secret.encode() in raw for secret in every)


def test_demo_data_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    with start_sandbox(db) as running, httpx.Client(base_url=running.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        created = http.post(
            "/v1/access-tokens",
            headers=demo,
            json={
                "username": "kept",
                "password": "a-long-secret-passphrase",
                "permissions": ["orders"],
            },
        ).json()
    with start_sandbox(db) as running, httpx.Client(base_url=running.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        listed = http.get("/v1/access-tokens", headers=demo).json()["items"]
        assert created["access_token"]["id"] in [item["id"] for item in listed]
        session = api_session(http, created["token"], "kept", "a-long-secret-passphrase")
        assert http.get("/v1/orders", headers=session).status_code == 200


def test_checked_in_contract_matches_the_code() -> None:
    checked_in = (REPO / "resources" / "api" / "openapi.json").read_text(encoding="utf-8")
    assert checked_in == contract_json(), "run `make openapi` and commit the result"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/v1/sessions", b'{"email": "\\ud800", "password": "x"}', "email"),
        (
            "/v1/access-tokens",
            b'{"username": "shop-dev", "password": "\\udfffaaaaaaaaaaaaaa", "permissions": []}',
            "password",
        ),
    ],
)
def test_text_that_is_not_valid_unicode_is_a_422_not_a_500(
    http: httpx.Client, demo: dict[str, str], path: str, body: bytes, field: str
) -> None:
    headers = {**demo, "Content-Type": "application/json"}
    response = http.post(path, headers=headers, content=body)
    assert response.status_code == 422
    assert response.json()["error"]["fields"][field] == "This must be valid text."
    assert http.get("/v1/health").status_code == 200


def test_a_locked_password_never_matches() -> None:
    from app.sandbox import security

    for guess in ("", "!locked", "locked", "demo-password"):
        assert not security.verify_password(guess, security.LOCKED_PASSWORD)
    assert security.verify_password("right", security.hash_password("right"))


def test_a_new_database_file_is_seeded_while_the_server_loads(tmp_path: Path) -> None:
    db = tmp_path / "data" / "demo.sqlite3"
    with start_sandbox(db) as first:
        assert first.open_session("demo@example.com")["merchant"]["id"] == "m_demo"
    with start_sandbox(db) as again, again.database.transaction() as store:
        # an existing database is opened, not seeded again (a second seed would fail)
        assert store.merchant_login("starter@example.com") is not None
