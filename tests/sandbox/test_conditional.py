"""Conditional GETs (conditional_requests): an ETag that changes exactly when an answer would."""

import httpx

from app.sandbox import start_sandbox
from app.sandbox.features import Features
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import bearer, sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_data_plane import api_session
from tests.sandbox.test_tokens import create

LIST = "/v1/access-tokens"


def _tag(http: httpx.Client, headers: dict[str, str], path: str = LIST) -> str:
    answer = http.get(path, headers=headers)
    assert answer.status_code == 200
    return answer.headers["ETag"]


def _not_modified(http: httpx.Client, headers: dict[str, str], tag: str, path: str = LIST) -> bool:
    answer = http.get(path, headers={**headers, "If-None-Match": tag})
    return answer.status_code == 304 and answer.content == b""


def test_an_unchanged_collection_is_304_and_a_change_is_a_new_tag(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    tag = _tag(http, demo)
    assert _not_modified(http, demo, tag)
    assert _not_modified(http, demo, f"W/{tag}")  # a weak comparison, as If-None-Match asks
    assert _not_modified(http, demo, '"other", ' + tag)
    assert _not_modified(http, demo, "*")
    assert not _not_modified(http, demo, '"t0-0"')
    created = create(http, demo, username="tagged").json()
    assert not _not_modified(http, demo, tag)
    after_create = _tag(http, demo)
    http.patch(f"{LIST}/{created['access_token']['id']}", headers=demo, json={"note": "x"})
    assert not _not_modified(http, demo, after_create)
    noted = _tag(http, demo)
    http.patch(f"{LIST}/{created['access_token']['id']}", headers=demo, json={"note": "x"})
    assert _not_modified(http, demo, noted)  # the same note again changes no answer


def test_a_busy_token_changes_the_collection_once_a_minute(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    clock.advance(60 - clock.now % 60)  # the start of a minute
    session = api_session(http, create(http, demo, username="busy").json())
    tag = _tag(http, demo)
    for _ in range(3):
        clock.advance(10)
        assert http.get("/v1/orders", headers=session).status_code == 200
    assert _not_modified(http, demo, tag)  # still the same minute: last_used_at is the same
    clock.advance(60)
    http.get("/v1/orders", headers=session)
    assert not _not_modified(http, demo, tag)


def test_the_clock_alone_changes_the_tag_when_a_token_expires(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    soon = clock.now + 3600
    expiring = create(http, demo, username="short-lived", expires_at=_rfc3339(soon)).json()
    assert expiring["access_token"]["status"] == "active"
    tag = _tag(http, demo)
    clock.advance(1800)
    assert _not_modified(http, demo, tag)
    clock.advance(1801)  # past its expiry: its status reads "expired" now, with no write
    assert not _not_modified(http, demo, tag)
    token = http.get(f"{LIST}/{expiring['access_token']['id']}", headers=demo).json()
    assert token["status"] == "expired"


def test_activity_is_304_until_a_new_call(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = create(http, demo, username="watched").json()
    session = api_session(http, created)
    path = f"{LIST}/{created['access_token']['id']}/activity"
    tag = _tag(http, demo, path)
    assert _not_modified(http, demo, tag, path)
    http.get("/v1/products", headers=session)
    assert not _not_modified(http, demo, tag, path)
    again = _tag(http, demo, path)
    rotated = http.post(
        f"{LIST}/{created['access_token']['id']}/rotate",
        headers={**demo, "Idempotency-Key": "rotate-watched"},
        json={"overlap_hours": 24},
    )
    assert rotated.status_code == 201
    assert not _not_modified(http, demo, again, path)  # its calls are the old secret's now
    again = _tag(http, demo, path)
    clock.advance(24 * 3600)  # a new day: the 30 days shown move on
    assert not _not_modified(http, demo, again, path)


def test_a_server_without_conditional_requests_sends_no_tag_and_always_answers() -> None:
    offered = [name for name in Features().in_order() if name != "conditional_requests"]
    with (
        start_sandbox(":memory:", features=Features(offered)) as running,
        httpx.Client(base_url=running.url) as http,
    ):
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        answer = http.get(LIST, headers={**demo, "If-None-Match": "*"})
        assert answer.status_code == 200
        assert "ETag" not in answer.headers
        capabilities = http.get("/v1/capabilities").json()
        assert "conditional_requests" not in capabilities["features"]


def _rfc3339(epoch: float) -> str:
    from app.sandbox.records import rfc3339

    stamp = rfc3339(int(epoch))
    assert stamp is not None
    return stamp
