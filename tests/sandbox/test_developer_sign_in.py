"""Developer sign-in (contract v1.1): the token, its username and password open an API session."""

import sqlite3
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import token_format
from app.api.password_strength import weak_password_issue
from app.api.token_rules import FieldIssue
from app.sandbox import RunningSandbox, security, start_sandbox
from app.sandbox.database import SCHEMA_VERSION
from app.sandbox.records import rfc3339
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import bearer, developer_sign_in, sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_tokens import create, new_token

PASSWORD = new_token()["password"]


def made(http: httpx.Client, demo: dict[str, str], **overrides: Any) -> dict[str, Any]:
    response = create(http, demo, **overrides)
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_sign_in_opens_an_api_session(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo, permissions=["orders"])
    response = developer_sign_in(http, created["token"], "shop-dev", PASSWORD)
    assert response.status_code == 201
    body = response.json()
    assert body["api_session"].startswith("sta_")
    assert body["expires_at"] == rfc3339(int(clock.now) + 3600)
    assert body["token"] == {
        "id": created["access_token"]["id"],
        "username": "shop-dev",
        "permissions": ["orders"],
        "expires_at": None,
    }
    assert created["token"] not in response.text


def test_username_ignores_ascii_case_only(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    assert developer_sign_in(http, created["token"], "Shop-Dev", PASSWORD).status_code == 201
    kelvin = made(http, demo, username="kiosk-ss")
    for lookalike in ("\u212aiosk-ss", "kiosk-\u00df"):  # the Kelvin sign, an eszett
        response = developer_sign_in(http, kelvin["token"], lookalike, PASSWORD)
        assert response.status_code in (400, 401, 422), lookalike
        assert response.status_code != 201


def test_concurrent_correct_sign_ins_all_succeed(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)

    def attempt(_: int) -> int:
        return developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code

    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(attempt, range(12)))
    assert statuses == [201] * 12


@pytest.mark.parametrize(
    ("username", "password"), [("shop-dev", "wrong-password"), ("x", PASSWORD)]
)
def test_wrong_username_or_password_is_one_401(
    http: httpx.Client, demo: dict[str, str], username: str, password: str
) -> None:
    created = made(http, demo)
    response = developer_sign_in(http, created["token"], username, password)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "invalid_credentials"
    assert "username or password" in error["message"]
    assert "email" not in error["message"]


def test_failed_sign_ins_do_not_touch_last_used_at(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    developer_sign_in(http, created["token"], "shop-dev", "wrong-password")
    token_id = created["access_token"]["id"]
    assert http.get(f"/v1/access-tokens/{token_id}", headers=demo).json()["last_used_at"] is None


def _dead_tokens(http: httpx.Client, demo: dict[str, str], clock: FakeClock) -> list[str]:
    revoked = made(http, demo, username="gone")
    http.delete(f"/v1/access-tokens/{revoked['access_token']['id']}", headers=demo)
    expiring = made(http, demo, username="soon", expires_at=rfc3339(int(clock.now) + 60))
    clock.advance(61)
    return [
        revoked["token"],
        expiring["token"],
        token_format.generate_token(),  # well formed, never issued
        created_then_mistyped(made(http, demo, username="typo")["token"]),
        "sta_an-api-session-is-not-an-access-token",
    ]


def created_then_mistyped(secret: str) -> str:
    return secret[:-1] + ("A" if secret[-1] != "A" else "B")


def test_dead_unknown_or_malformed_tokens_are_refused_before_the_body_is_read(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    bodies: list[dict[str, Any]] = [{"username": "shop-dev", "password": PASSWORD}, {}]
    for token in _dead_tokens(http, demo, clock):
        for body in bodies:
            response = http.post("/v1/api-sessions", headers=bearer(token), json=body)
            assert response.status_code == 401, (token[:4], body)
            assert response.json()["error"]["code"] == "invalid_token"
        json_headers = {**bearer(token), "Content-Type": "application/json"}
        broken = http.post("/v1/api-sessions", headers=json_headers, content=b"{not json")
        assert broken.status_code == 401
    missing = http.post("/v1/api-sessions", json={})
    assert missing.json()["error"]["code"] == "missing_credential"  # said as it is
    assert missing.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("content", "status", "field"),
    [
        (b'{"username": "shop-dev"}', 422, "password"),
        (b'{"username": 5, "password": "x"}', 422, "username"),
        (b'{"username": "a", "password": "b", "email": "c"}', 422, "email"),
        (b"[]", 422, "body"),
        (b"", 422, "body"),
        (b"{not json", 400, None),
        (b"\xff\xfe", 400, None),
    ],
)
def test_a_malformed_body_with_a_live_token_names_the_problem(
    http: httpx.Client, demo: dict[str, str], content: bytes, status: int, field: str | None
) -> None:
    created = made(http, demo)
    headers = {**bearer(created["token"]), "Content-Type": "application/json"}
    response = http.post("/v1/api-sessions", headers=headers, content=content)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    if field is None:
        assert error["code"] == "invalid_json"
    else:
        assert error["code"] == "validation_failed"
        assert field in error["fields"]


def test_five_failures_within_a_minute_limit_that_token_only(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    target, other = made(http, demo, username="target"), made(http, demo, username="other")
    for _ in range(5):
        assert developer_sign_in(http, target["token"], "target", "wrong").status_code == 401
    limited = developer_sign_in(http, target["token"], "target", PASSWORD)
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    wait = int(limited.headers["Retry-After"])
    assert 1 <= wait <= 60
    assert f"Wait {wait} seconds" in limited.json()["error"]["message"]
    # The limit comes after the token check and the body check, and holds nobody else up.
    assert developer_sign_in(http, token_format.generate_token(), "x", "y").status_code == 401
    assert developer_sign_in(http, other["token"], "other", PASSWORD).status_code == 201
    assert sign_in(http).startswith("sts_")


def test_forty_concurrent_wrong_attempts_get_at_most_five_401(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)

    def attempt(_: int) -> int:
        return developer_sign_in(http, created["token"], "shop-dev", "wrong-password").status_code

    with ThreadPoolExecutor(max_workers=40) as pool:
        statuses = Counter(pool.map(attempt, range(40)))
    assert set(statuses) <= {401, 429}
    assert 1 <= statuses[401] <= 5
    assert statuses[429] >= 35
    assert developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code == 429


def test_successful_sign_ins_neither_use_up_nor_refill_the_budget(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    for _ in range(8):  # more successes than the limit: none of them is counted
        assert developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code == 201
    for _ in range(4):
        assert developer_sign_in(http, created["token"], "shop-dev", "wrong").status_code == 401
    assert developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code == 201
    assert developer_sign_in(http, created["token"], "shop-dev", "wrong").status_code == 401
    assert developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code == 429


def test_the_limit_lifts_when_its_window_has_passed() -> None:
    with (
        start_sandbox(":memory:", limit_window_seconds=1) as short,
        httpx.Client(base_url=short.url) as http,
    ):
        created = made(http, bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD)))
        for _ in range(5):
            developer_sign_in(http, created["token"], "shop-dev", "wrong")
        assert developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code == 429
        time.sleep(1.2)
        assert developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code == 201


def test_sign_out_ends_the_api_session(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    session = bearer(
        developer_sign_in(http, created["token"], "shop-dev", PASSWORD).json()["api_session"]
    )
    assert http.get("/v1/orders", headers=session).status_code == 200
    assert http.delete("/v1/api-sessions/current", headers=session).status_code == 204
    assert http.get("/v1/orders", headers=session).status_code == 401
    again = http.delete("/v1/api-sessions/current", headers=session)
    assert again.status_code == 401
    assert again.json()["error"]["code"] == "invalid_token"
    assert (
        http.delete("/v1/api-sessions/current", headers=bearer(created["token"])).status_code == 401
    )


def _other_requests_go_on(sandbox: RunningSandbox) -> bool:
    """Whether a database transaction can start right now on another thread."""
    done = threading.Event()

    def transaction() -> None:
        with sandbox.database.transaction():
            done.set()

    thread = threading.Thread(target=transaction)
    thread.start()
    thread.join(timeout=2)
    return done.is_set()


def test_the_password_is_checked_outside_the_database_lock(
    http: httpx.Client,
    demo: dict[str, str],
    sandbox: RunningSandbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created = made(http, demo)
    checks: list[bool] = []
    real_verify = security.verify_password

    def verify(password: str, stored: str) -> bool:
        checks.append(_other_requests_go_on(sandbox))
        return real_verify(password, stored)

    monkeypatch.setattr(security, "verify_password", verify)
    assert developer_sign_in(http, created["token"], "shop-dev", PASSWORD).status_code == 201
    assert checks == [True]


def test_password_strength_is_judged_outside_any_lock(
    http: httpx.Client,
    demo: dict[str, str],
    sandbox: RunningSandbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checks: list[bool] = []
    real_problem = weak_password_issue

    def judged(password: str, inputs: Any) -> FieldIssue | None:
        checks.append(_other_requests_go_on(sandbox))
        return real_problem(password, inputs)

    monkeypatch.setattr("app.sandbox.service.weak_password_issue", judged)
    assert create(http, demo).status_code == 201
    assert checks == [True]


@pytest.mark.parametrize(
    "password", ["aaaaaaaaaaaa", "password1234", "Demo Store 2024", "qwertyuiop12"]
)
def test_weak_passwords_are_refused_with_advice(
    http: httpx.Client, demo: dict[str, str], password: str
) -> None:
    response = create(http, demo, password=password)
    assert response.status_code == 422
    advice = response.json()["error"]["fields"]["password"]
    assert advice.endswith("Choose a password that is harder to guess.")
    assert len(advice) > len("Choose a password that is harder to guess.") + 5


def test_a_128_character_password_is_judged_and_accepted(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    long_password = "".join(token_format.generate_token()[4:] for _ in range(4))[:128]
    created = made(http, demo, password=long_password)
    assert developer_sign_in(http, created["token"], "shop-dev", long_password).status_code == 201


# The database as version 1 of the app left it (contract v1, schema 1).
_SCHEMA_1 = """
CREATE TABLE merchants (id TEXT PRIMARY KEY, name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE, password_hash TEXT NOT NULL,
    api_integration INTEGER NOT NULL);
CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, merchant_id TEXT NOT NULL
    REFERENCES merchants(id), created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE access_tokens (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
    merchant_id TEXT NOT NULL REFERENCES merchants(id), username TEXT NOT NULL,
    password_hash TEXT NOT NULL, permissions TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
    token_hint TEXT NOT NULL, note TEXT, created_at INTEGER NOT NULL, expires_at INTEGER,
    revoked_at INTEGER, last_used_at INTEGER);
CREATE INDEX access_tokens_by_merchant ON access_tokens (merchant_id, seq);
CREATE INDEX access_tokens_by_username ON access_tokens (merchant_id, username COLLATE NOCASE);
PRAGMA user_version=1;
"""


def _version_1_database(path: Path, secret: str) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(_SCHEMA_1)
    connection.execute(
        "INSERT INTO merchants (id, name, email, password_hash, api_integration) "
        "VALUES ('m_demo', 'Demo Store', 'demo@example.com', ?, 1)",
        (security.hash_password("demo-password"),),
    )
    connection.execute(
        "INSERT INTO access_tokens (id, merchant_id, username, password_hash, permissions, "
        "token_hash, token_hint, created_at) VALUES ('at_old', 'm_demo', 'old-app', ?, "
        "'orders', ?, ?, ?)",
        (security.hash_password(PASSWORD), security.hash_secret(secret), secret[-4:], 1),
    )
    connection.commit()
    connection.close()


def test_a_database_from_the_previous_version_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    secret = token_format.generate_token()
    _version_1_database(path, secret)
    with start_sandbox(path) as upgraded, httpx.Client(base_url=upgraded.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        tokens = http.get("/v1/access-tokens", headers=demo).json()["items"]
        assert [token["id"] for token in tokens] == ["at_old"]
        response = developer_sign_in(http, secret, "old-app", PASSWORD)
        assert response.status_code == 201
        assert (
            http.get("/v1/orders", headers=bearer(response.json()["api_session"])).status_code
            == 200
        )
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()


def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(Exception, match="newer version"):
        start_sandbox(path)
    assert path.read_bytes() == before
