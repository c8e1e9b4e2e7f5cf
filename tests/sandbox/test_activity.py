"""A token's activity: calls per UTC day and its last 100 calls, attributed to the right secret."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import token_format
from app.sandbox import start_sandbox
from app.sandbox.records import rfc3339
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import bearer, developer_sign_in, sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_token_life import PASSWORD, made, rotated, session_of

DAY = 24 * 3600


def activity(
    http: httpx.Client, demo: dict[str, str], token_id: str, **params: Any
) -> dict[str, Any]:
    response = http.get(f"/v1/access-tokens/{token_id}/activity", headers=demo, params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


def utc_date(clock: FakeClock, days_ago: int = 0) -> str:
    moment = datetime.fromtimestamp(int(clock.now), UTC) - timedelta(days=days_ago)
    return moment.date().isoformat()


def test_calls_are_counted_per_utc_day_with_zero_days_present(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo, permissions=["orders"])
    token_id = created["access_token"]["id"]
    session = session_of(http, created["token"])  # a sign-in counts
    for _ in range(5):
        assert http.get("/v1/orders", headers=session).status_code == 200
    for _ in range(2):
        assert http.get("/v1/products", headers=session).status_code == 403
    daily = activity(http, demo, token_id, days=7)["daily"]
    assert [entry["date"] for entry in daily] == [utc_date(clock, ago) for ago in range(6, -1, -1)]
    assert daily[-1] == {"date": utc_date(clock), "requests": 8, "errors": 2}
    assert all(entry["requests"] == entry["errors"] == 0 for entry in daily[:-1])
    # The next day has an entry of its own; yesterday's stays.
    clock.advance(DAY)
    demo = bearer(sign_in(http))
    session = session_of(http, created["token"])
    http.get("/v1/orders", headers=session)
    daily = activity(http, demo, token_id, days=2)["daily"]
    assert daily == [
        {"date": utc_date(clock, 1), "requests": 8, "errors": 2},
        {"date": utc_date(clock), "requests": 2, "errors": 0},
    ]


def test_thirty_days_by_default_and_one_to_ninety_allowed(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    assert len(activity(http, demo, token_id)["daily"]) == 30
    assert len(activity(http, demo, token_id, days=1)["daily"]) == 1
    assert len(activity(http, demo, token_id, days=90)["daily"]) == 90
    for days in (0, 91, -1, "week", ""):
        response = http.get(
            f"/v1/access-tokens/{token_id}/activity", headers=demo, params={"days": days}
        )
        assert response.status_code == 422, days
        assert "days" in response.json()["error"]["fields"]
    unknown = http.get("/v1/access-tokens/at_0000000000000000/activity", headers=demo)
    assert unknown.status_code == 404
    signed_out = http.get(f"/v1/access-tokens/{token_id}/activity", params={"days": 0})
    assert signed_out.status_code == 401


def test_recent_calls_are_newest_first_with_the_secret_used(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo, permissions=["orders"])
    old, token_id = created["token"], created["access_token"]["id"]
    old_session = session_of(http, old)
    clock.advance(10)
    new = rotated(http, demo, token_id, 24)
    clock.advance(10)
    http.get("/v1/orders?limit=5&secret=x", headers=old_session)
    clock.advance(10)
    new_session = session_of(http, new)
    clock.advance(10)
    http.get("/v1/products", headers=new_session)
    clock.advance(10)
    http.get("/v1/token-info", headers=new_session)
    recent = activity(http, demo, token_id)["recent"]
    now = int(clock.now)
    agent = recent[0]["user_agent"]
    assert agent.startswith("python-httpx/")
    assert recent == [
        {
            "at": rfc3339(now - seconds_ago),
            "method": method,
            "path": path,
            "status": status,
            "ip": "127.0.0.1",
            "user_agent": agent,
            "secret": secret,
        }
        for seconds_ago, method, path, status, secret in [
            (0, "GET", "/v1/token-info", 200, "current"),
            (10, "GET", "/v1/products", 403, "current"),
            (20, "POST", "/v1/api-sessions", 201, "current"),
            (30, "GET", "/v1/orders", 200, "previous"),  # no query string
            (50, "POST", "/v1/api-sessions", 201, "previous"),  # the secret it was then
        ]
    ]
    assert old not in str(recent)
    assert new not in str(recent)


def test_failed_sign_ins_and_calls_of_a_token_are_counted_as_errors(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    old, token_id = created["token"], created["access_token"]["id"]
    session = session_of(http, old)
    developer_sign_in(http, old, "shop-dev", "not-the-password")  # 401 invalid_credentials
    http.post("/v1/api-sessions", headers=bearer(old), json={"username": "shop-dev"})  # 422
    rotated(http, demo, token_id, 0)
    developer_sign_in(http, old, "shop-dev", PASSWORD)  # the previous secret has stopped
    clock.advance(3601)
    new = rotated(http, demo, token_id, 0)
    new_session = session_of(http, new)
    clock.advance(3601)
    http.get("/v1/orders", headers=new_session)  # past its hour
    # Calls that name no token of this merchant count nowhere.
    developer_sign_in(http, token_format.generate_token(), "shop-dev", PASSWORD)
    http.get("/v1/orders", headers=bearer("sta_not-a-session"))
    http.get("/v1/orders", headers=session)  # its secret stopped: the session is gone
    demo = bearer(sign_in(http))
    found = activity(http, demo, token_id, days=2)  # two hours: maybe over midnight
    statuses = [(call["status"], call["secret"]) for call in found["recent"]]
    assert statuses == [
        (401, "current"),
        (201, "current"),
        (401, "previous"),  # each rotation made the calls before it the old secret's
        (422, "previous"),
        (401, "previous"),
        (201, "previous"),
    ]
    assert sum(entry["requests"] for entry in found["daily"]) == 6
    assert sum(entry["errors"] for entry in found["daily"]) == 4


def test_the_user_agent_is_made_safe_to_show(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    spoof = "Mozilla/5.0\t(evil)\u202e gpj.exe\u0085\u200b" + "x" * 300
    headers = [(name.encode(), value.encode()) for name, value in bearer(created["token"]).items()]
    headers.append((b"User-Agent", spoof.encode()))  # sent in UTF-8
    signed_in = http.post(
        "/v1/api-sessions", headers=headers, json={"username": "shop-dev", "password": PASSWORD}
    )
    assert signed_in.status_code == 201
    agent = activity(http, demo, created["access_token"]["id"])["recent"][0]["user_agent"]
    assert agent == ("Mozilla/5.0(evil) gpj.exe" + "x" * 300)[:200]
    assert len(agent) == 200


def test_a_token_keeps_its_last_100_calls_and_90_days(tmp_path: Path) -> None:
    clock = FakeClock()
    clock.now = clock.now // DAY * DAY + DAY / 2  # noon: the first calls fall in one day
    path = tmp_path / "bounded.sqlite3"
    with start_sandbox(path, clock=clock) as sandbox, httpx.Client(base_url=sandbox.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        created = made(http, demo)
        token_id = created["access_token"]["id"]
        session = session_of(http, created["token"])
        for index in range(104):
            clock.advance(1)
            http.get("/v1/orders", headers={**session, "User-Agent": f"call-{index}"})
        recent = activity(http, demo, token_id)["recent"]
        assert len(recent) == 100
        assert [call["user_agent"] for call in recent] == [f"call-{i}" for i in range(103, 3, -1)]
        assert activity(http, demo, token_id, days=1)["daily"][0]["requests"] == 105
        for _ in range(100):  # a call a day for 100 days
            clock.advance(DAY)
            http.get("/v1/orders", headers=session_of(http, created["token"]))
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        daily = activity(http, demo, token_id, days=90)["daily"]
        assert [entry["requests"] for entry in daily] == [2] * 90
    connection = sqlite3.connect(path)
    seq = connection.execute("SELECT seq FROM access_tokens WHERE id = ?", (token_id,)).fetchone()
    days_kept = connection.execute(
        "SELECT COUNT(*) FROM token_daily WHERE token_seq = ?", seq
    ).fetchone()[0]
    calls_kept = connection.execute(
        "SELECT COUNT(*) FROM token_calls WHERE token_seq = ?", seq
    ).fetchone()[0]
    connection.close()
    assert days_kept <= 90
    assert calls_kept == 100


def test_a_revoked_tokens_activity_stays_readable(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    session_of(http, created["token"])
    http.delete(f"/v1/access-tokens/{created['access_token']['id']}", headers=demo)
    found = activity(http, demo, created["access_token"]["id"], days=1)
    assert found["daily"][0]["requests"] == 1
    assert len(found["recent"]) == 1


@pytest.fixture
def seeded(http: httpx.Client, demo: dict[str, str]) -> dict[str, dict[str, Any]]:
    items = http.get("/v1/access-tokens", headers=demo, params={"status": "all"}).json()["items"]
    return {item["username"]: item for item in items}


def test_the_demo_tokens_have_a_believable_history(
    http: httpx.Client, demo: dict[str, str], seeded: dict[str, dict[str, Any]]
) -> None:
    warehouse = seeded["warehouse-sync"]
    found = activity(http, demo, warehouse["id"], days=90)
    busy_days = [entry for entry in found["daily"] if entry["requests"] > 0]
    assert len(busy_days) >= 85
    assert all(entry["errors"] < entry["requests"] for entry in busy_days)
    assert sum(entry["errors"] for entry in busy_days) > 0
    recent = found["recent"]
    assert len(recent) == 100
    assert [call["at"] for call in recent] == sorted((call["at"] for call in recent), reverse=True)
    assert warehouse["last_used_at"] == _minute(recent[0]["at"])  # kept to the minute
    # Rotated a day ago; a second device still used the previous secret until recently.
    rotation = warehouse["rotation"]
    assert rotation is not None
    previous = [call for call in recent if call["secret"] == "previous"]
    assert previous
    assert rotation["previous_last_used_at"] == _minute(max(call["at"] for call in previous))
    assert {call["user_agent"] for call in previous}.isdisjoint(
        {call["user_agent"] for call in recent if call["secret"] == "current"}
    )
    # A token made two days ago and never used has only empty days.
    reporting = activity(http, demo, seeded["reporting"]["id"])
    assert reporting["recent"] == []
    assert {entry["requests"] for entry in reporting["daily"]} == {0}
    # The old ERP link's calls are older than 90 days: listed, but counted in no day kept.
    legacy = activity(http, demo, seeded["legacy-erp"]["id"], days=90)
    assert {entry["requests"] for entry in legacy["daily"]} == {0}
    assert seeded["legacy-erp"]["last_used_at"] == _minute(legacy["recent"][0]["at"])
    catalog = activity(http, demo, seeded["catalog-import"]["id"])
    assert {call["status"] for call in catalog["recent"]} >= {200, 201}


def _minute(moment: str) -> str:
    """'2026-12-04T04:32:38Z' -> '2026-12-04T04:32:00Z': a last use is kept to the minute."""
    return f"{moment[:17]}00Z"
