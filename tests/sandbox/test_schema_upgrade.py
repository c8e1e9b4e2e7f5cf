"""Older databases are upgraded in place: schema 2 (contract v1.1) to rotations and activity,
schema 3 to replays kept across restarts."""

import sqlite3
from pathlib import Path

import httpx

from app.api import token_format
from app.sandbox import security, start_sandbox
from app.sandbox.database import SCHEMA_VERSION
from app.sandbox.records import rfc3339
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import bearer, developer_sign_in, sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_developer_sign_in import _SCHEMA_1
from tests.sandbox.test_replays import served
from tests.sandbox.test_token_life import PASSWORD, made, rotate

# Schema step 2 as released with contract v1.1.
_SCHEMA_2 = """
CREATE TABLE api_sessions (session_hash TEXT PRIMARY KEY,
    token_seq INTEGER NOT NULL REFERENCES access_tokens(seq), secret_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX api_sessions_by_token ON api_sessions (token_seq);
PRAGMA user_version=2;
"""


# Step 6 (the hand-offs: one table, its indexes and triggers), undone.
_UNDO_STEP_6 = "DROP TABLE hand_offs;"
# Step 5 (the collection's version for ETags), undone: a database from before it.
_UNDO_STEP_5 = f"""
{_UNDO_STEP_6}
DROP TRIGGER access_tokens_added;
DROP TRIGGER access_tokens_changed;
DROP INDEX access_tokens_by_expiry;
DROP INDEX access_tokens_by_overlap;
ALTER TABLE merchants DROP COLUMN tokens_version;
"""


def _version_2_database(path: Path, secret: str, api_session: str, now: int) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(_SCHEMA_1 + _SCHEMA_2)
    connection.execute(
        "INSERT INTO merchants (id, name, email, password_hash, api_integration) "
        "VALUES ('m_demo', 'Demo Store', 'demo@example.com', ?, 1)",
        (security.hash_password("demo-password"),),
    )
    connection.execute(
        "INSERT INTO access_tokens (id, merchant_id, username, password_hash, permissions, "
        "token_hash, token_hint, note, created_at, expires_at, last_used_at) VALUES "
        "('at_kept', 'm_demo', 'kept-app', ?, 'orders,products', ?, ?, 'Made before', ?, ?, ?)",
        (
            security.hash_password(PASSWORD),
            security.hash_secret(secret),
            secret[-4:],
            now - 40 * 86400,
            now + 30 * 86400,
            now - 600,
        ),
    )
    connection.execute(
        "INSERT INTO access_tokens (id, merchant_id, username, password_hash, permissions, "
        "token_hash, token_hint, created_at, revoked_at) VALUES ('at_gone', 'm_demo', "
        "'gone-app', '!locked', 'orders', ?, 'gone', ?, ?)",
        (security.hash_secret(token_format.generate_token()), now - 90 * 86400, now - 86400),
    )
    connection.execute(
        "INSERT INTO api_sessions VALUES (?, 1, ?, ?, ?)",
        (security.hash_secret(api_session), security.hash_secret(secret), now - 600, now + 3000),
    )
    connection.commit()
    connection.close()


def test_a_version_2_database_keeps_its_tokens_and_sessions(tmp_path: Path) -> None:
    clock = FakeClock()
    now = int(clock.now)
    path = tmp_path / "v2.sqlite3"
    secret = token_format.generate_token()
    old_session = security.new_api_session_token()
    _version_2_database(path, secret, old_session, now)
    with (
        start_sandbox(path, clock=clock) as upgraded,
        httpx.Client(base_url=upgraded.url) as http,
    ):
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        tokens = http.get("/v1/access-tokens", headers=demo, params={"status": "all"}).json()
        assert tokens["items"] == [
            {
                "id": "at_gone",
                "username": "gone-app",
                "permissions": ["orders"],
                "status": "revoked",
                "created_at": rfc3339(now - 90 * 86400),
                "expires_at": None,
                "revoked_at": rfc3339(now - 86400),
                "last_used_at": None,
                "token_hint": "gone",
                "note": None,
                "rotation": None,
            },
            {
                "id": "at_kept",
                "username": "kept-app",
                "permissions": ["orders", "products"],
                "status": "active",
                "created_at": rfc3339(now - 40 * 86400),
                "expires_at": rfc3339(now + 30 * 86400),
                "revoked_at": None,
                "last_used_at": rfc3339(now - 600),
                "token_hint": secret[-4:],
                "note": "Made before",
                "rotation": None,
            },
        ]
        # Its last use before the upgrade becomes, at a rotation, the previous secret's.
        clock.advance(60)
        rotated = http.post(
            "/v1/access-tokens/at_kept/rotate", headers=demo, json={"overlap_hours": 1}
        ).json()
        rotation = rotated["access_token"]["rotation"]
        assert rotation["previous_last_used_at"] == rfc3339(now - 600)
        # The API session opened before the upgrade goes on with the previous secret.
        assert http.get("/v1/orders", headers=bearer(old_session)).status_code == 200
        activity = http.get("/v1/access-tokens/at_kept/activity", headers=demo).json()
        assert [(call["path"], call["secret"]) for call in activity["recent"]] == [
            ("/v1/orders", "previous")
        ]
        assert developer_sign_in(http, secret, "kept-app", PASSWORD).status_code == 201
        assert developer_sign_in(http, rotated["token"], "kept-app", PASSWORD).status_code == 201
        found = http.post("/v1/access-tokens/lookup", headers=demo, json={"token": secret})
        assert found.json()["matched"] == "previous"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
    connection.close()


def test_a_new_database_and_an_upgraded_one_have_the_same_schema(tmp_path: Path) -> None:
    def schema(path: Path) -> list[str]:
        """The tables and indexes, by name."""
        connection = sqlite3.connect(path)
        rows = connection.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
        connection.close()
        return [str(name) for (name,) in rows]

    upgraded = tmp_path / "upgraded.sqlite3"
    _version_2_database(upgraded, token_format.generate_token(), "sta_x", 0)
    start_sandbox(upgraded).stop()
    fresh = tmp_path / "fresh.sqlite3"
    start_sandbox(fresh).stop()
    assert schema(upgraded) == schema(fresh)
    assert {"token_calls", "token_daily", "access_tokens_by_previous_hash"} <= set(schema(fresh))
    assert {"replays", "replays_by_age"} <= set(schema(fresh))


def test_a_version_3_database_keeps_replays_from_its_upgrade_on(tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "v3.sqlite3"
    start_sandbox(path, clock=clock).stop()
    # Schema 3 is schema 4 without the replays (step 4 adds that table and its index alone).
    connection = sqlite3.connect(path)
    connection.executescript(f"DROP TABLE replays; {_UNDO_STEP_5} PRAGMA user_version=3;")
    connection.close()
    with served(path, clock) as (http, demo):
        token_id = made(http, demo)["access_token"]["id"]
        first = rotate(http, demo, token_id, 24, "after-the-upgrade")
        assert first.status_code == 201
    with served(path, clock) as (http, demo):
        assert rotate(http, demo, token_id, 24, "after-the-upgrade").json() == first.json()
