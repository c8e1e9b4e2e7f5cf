"""A token's life after create (issue 11): change it, rotate its secret, stop the previous one,
find the token a secret belongs to."""

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from app.api import token_format
from app.sandbox import RunningSandbox
from app.sandbox.records import rfc3339
from app.sandbox.seed import STARTER_EMAIL, STARTER_PASSWORD
from tests.conftest import Account, bearer, developer_sign_in, sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_tokens import create, new_token

DAY = 24 * 3600
HOUR = 3600
PASSWORD = new_token()["password"]


def made(http: httpx.Client, demo: dict[str, str], **overrides: Any) -> dict[str, Any]:
    response = create(http, demo, **overrides)
    assert response.status_code == 201, response.text
    return dict(response.json())


def token_of(http: httpx.Client, demo: dict[str, str], token_id: str) -> dict[str, Any]:
    response = http.get(f"/v1/access-tokens/{token_id}", headers=demo)
    assert response.status_code == 200
    return dict(response.json())


def rotate(
    http: httpx.Client,
    demo: dict[str, str],
    token_id: str,
    overlap_hours: object = 24,
    key: str | None = None,
) -> httpx.Response:
    headers = demo if key is None else {**demo, "Idempotency-Key": key}
    return http.post(
        f"/v1/access-tokens/{token_id}/rotate",
        headers=headers,
        json={"overlap_hours": overlap_hours},
    )


def rotated(http: httpx.Client, demo: dict[str, str], token_id: str, hours: int = 24) -> str:
    """Rotate and return the new secret."""
    response = rotate(http, demo, token_id, hours)
    assert response.status_code == 201, response.text
    return str(response.json()["token"])


def patch(http: httpx.Client, demo: dict[str, str], token_id: str, body: object) -> httpx.Response:
    return http.patch(f"/v1/access-tokens/{token_id}", headers=demo, json=body)


def sign_in_status(http: httpx.Client, secret: str, username: str = "shop-dev") -> int:
    return developer_sign_in(http, secret, username, PASSWORD).status_code


def session_of(http: httpx.Client, secret: str, username: str = "shop-dev") -> dict[str, str]:
    response = developer_sign_in(http, secret, username, PASSWORD)
    assert response.status_code == 201, response.text
    return bearer(response.json()["api_session"])


def error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


# Changing a token


def test_note_and_expiry_are_changed_and_the_rest_stays(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    token_id = created["access_token"]["id"]
    noted = patch(http, demo, token_id, {"note": "Second line\nof the note"})
    assert noted.status_code == 200
    assert noted.json() == {**created["access_token"], "note": "Second line\nof the note"}
    assert noted.json() == token_of(http, demo, token_id)
    soon = rfc3339(int(clock.now) + 30 * DAY)
    dated = patch(http, demo, token_id, {"expires_at": soon}).json()
    assert (dated["expires_at"], dated["note"]) == (soon, "Second line\nof the note")
    never = patch(http, demo, token_id, {"expires_at": None, "note": None}).json()
    assert (never["expires_at"], never["note"]) == (None, None)
    assert created["token"] not in noted.text
    # The token still opens with the same secret, username and password.
    assert sign_in_status(http, created["token"]) == 201


def test_a_shorter_expiry_ends_the_token_and_its_sessions_then(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    token_id = created["access_token"]["id"]
    session = session_of(http, created["token"])
    patch(http, demo, token_id, {"expires_at": rfc3339(int(clock.now) + 60)})
    assert http.get("/v1/orders", headers=session).status_code == 200
    clock.advance(61)
    assert http.get("/v1/orders", headers=session).status_code == 401
    assert token_of(http, demo, token_id)["status"] == "expired"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"note": "n" * 201}, "note"),
        ({"note": "invoice \u202egpj.exe"}, "note"),
        ({"note": 42}, "note"),
        ({"expires_at": "2020-01-01T00:00:00Z"}, "expires_at"),
        ({"expires_at": "next week"}, "expires_at"),
        ({"expires_at": "2030-01-01T00:00:00"}, "expires_at"),
        ({"expires_at": 1893456000}, "expires_at"),
        ({"username": "renamed"}, "username"),
        ({"permissions": ["orders"]}, "permissions"),
        ({}, "body"),
        ([], "body"),
    ],
)
def test_changes_are_checked_like_a_create(
    http: httpx.Client, demo: dict[str, str], body: object, field: str
) -> None:
    token = made(http, demo)["access_token"]
    response = patch(http, demo, token["id"], body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_failed"
    assert field in error["fields"]
    assert token_of(http, demo, token["id"]) == token


def test_an_expiry_a_year_ahead_is_the_limit(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    in_a_year = rfc3339(int(clock.now) + 366 * DAY - 60)
    assert patch(http, demo, token_id, {"expires_at": in_a_year}).status_code == 200
    too_far = patch(http, demo, token_id, {"expires_at": rfc3339(int(clock.now) + 367 * DAY)})
    assert too_far.json()["error"]["fields"]["expires_at"].startswith("The expiry date can be")


def test_a_body_that_is_not_json_is_a_400(http: httpx.Client, demo: dict[str, str]) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    response = http.patch(
        f"/v1/access-tokens/{token_id}",
        headers={**demo, "Content-Type": "application/json"},
        content=b'{"note": ',
    )
    assert response.status_code == 400
    assert error_code(response) == "invalid_json"


def test_the_answers_come_in_order_401_422_404_409(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    revoked = made(http, demo)["access_token"]["id"]
    http.delete(f"/v1/access-tokens/{revoked}", headers=demo)
    unknown = "at_0000000000000000"
    signed_out = bearer("sts_not-a-session")
    assert patch(http, signed_out, unknown, {"note": 5}).status_code == 401
    assert rotate(http, signed_out, unknown, 5).status_code == 401
    assert patch(http, demo, unknown, {"note": 5}).status_code == 422
    assert patch(http, demo, revoked, {"note": 5}).status_code == 422
    assert rotate(http, demo, unknown, 5).status_code == 422
    assert rotate(http, demo, revoked, 5).status_code == 422
    assert error_code(patch(http, demo, unknown, {"note": "x"})) == "not_found"
    assert error_code(rotate(http, demo, unknown)) == "not_found"
    assert error_code(patch(http, demo, revoked, {"note": "x"})) == "token_revoked"


def test_dead_tokens_are_never_changed_nor_rotated(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    revoked = made(http, demo, username="gone")
    revoked_id = revoked["access_token"]["id"]
    http.delete(f"/v1/access-tokens/{revoked_id}", headers=demo)
    expiring = made(http, demo, username="soon", expires_at=rfc3339(int(clock.now) + 60))
    expired_id = expiring["access_token"]["id"]
    clock.advance(61)
    later = rfc3339(int(clock.now) + 30 * DAY)
    for token_id, code in ((revoked_id, "token_revoked"), (expired_id, "token_expired")):
        before = token_of(http, demo, token_id)
        for response in (
            patch(http, demo, token_id, {"note": "again"}),
            patch(http, demo, token_id, {"expires_at": later}),
            patch(http, demo, token_id, {"expires_at": None}),
            rotate(http, demo, token_id),
        ):
            assert response.status_code == 409, response.text
            error = response.json()["error"]
            assert error["code"] == code
            assert error["message"].endswith("Create a new one.")
        assert token_of(http, demo, token_id) == before
    assert sign_in_status(http, expiring["token"], "soon") == 401


def test_other_merchants_cannot_change_rotate_or_read_a_token(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    before = token_of(http, demo, token_id)
    starter = bearer(sign_in(http, STARTER_EMAIL, STARTER_PASSWORD))
    path = f"/v1/access-tokens/{token_id}"
    for response in (
        patch(http, starter, token_id, {"note": "mine now"}),
        rotate(http, starter, token_id),
        http.delete(f"{path}/previous", headers=starter),
        http.get(f"{path}/activity", headers=starter),
    ):
        assert response.status_code in (403, 404), response.text
    assert error_code(patch(http, starter, token_id, {"note": "x"})) == "not_found"
    assert token_of(http, demo, token_id) == before


# Rotating


def test_rotation_gives_the_same_token_a_new_secret(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo, permissions=["orders"])
    old = created["token"]
    token = created["access_token"]
    assert token["rotation"] is None
    response = rotate(http, demo, token["id"], 72)
    assert response.status_code == 201
    assert response.headers["Cache-Control"] == "no-store"
    new = response.json()["token"]
    assert token_format.is_well_formed(new)
    assert new != old
    after = response.json()["access_token"]
    assert after == token_of(http, demo, token["id"])
    unchanged = ("id", "username", "permissions", "note", "created_at", "expires_at", "status")
    assert {key: after[key] for key in unchanged} == {key: token[key] for key in unchanged}
    assert after["token_hint"] == new[-4:]
    assert after["rotation"] == {
        "previous_hint": old[-4:],
        "previous_valid_until": rfc3339(int(clock.now) + 72 * HOUR),
        "previous_last_used_at": None,
        "current_first_used_at": None,
    }
    assert new not in http.get(f"/v1/access-tokens/{token['id']}", headers=demo).text
    # Both secrets open the token with the same username and password, for a while.
    assert sign_in_status(http, new) == 201
    assert sign_in_status(http, old) == 201


@pytest.mark.parametrize("overlap_hours", [1, 24, 168])
def test_the_previous_secret_works_until_its_overlap_ends_then_never_again(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock, overlap_hours: int
) -> None:
    created = made(http, demo)
    old, token_id = created["token"], created["access_token"]["id"]
    new = rotated(http, demo, token_id, overlap_hours)
    end = int(clock.now) + overlap_hours * HOUR
    clock.now = end - 100
    # An API session opened with the previous secret ends with it, never later.
    signed_in = developer_sign_in(http, old, "shop-dev", PASSWORD)
    assert signed_in.json()["expires_at"] == rfc3339(end)
    old_session = bearer(signed_in.json()["api_session"])
    new_session = session_of(http, new)
    clock.now = end - 1
    assert http.get("/v1/orders", headers=old_session).status_code == 200
    assert sign_in_status(http, old) == 201
    clock.now = end + 1
    refused = http.get("/v1/orders", headers=old_session)
    assert refused.status_code == 401
    assert error_code(refused) == "invalid_token"
    assert sign_in_status(http, old) == 401
    assert error_code(developer_sign_in(http, old, "shop-dev", PASSWORD)) == "invalid_token"
    # The current secret and its sessions go on.
    assert http.get("/v1/orders", headers=new_session).status_code == 200
    assert sign_in_status(http, new) == 201
    clock.advance(30 * DAY)
    assert sign_in_status(http, old) == 401


def test_a_rotation_without_overlap_stops_the_old_secret_and_its_sessions_at_once(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    old, token_id = created["token"], created["access_token"]["id"]
    old_session = session_of(http, old)
    new = rotated(http, demo, token_id, 0)
    assert http.get("/v1/orders", headers=old_session).status_code == 401
    assert sign_in_status(http, old) == 401
    assert sign_in_status(http, new) == 201
    rotation = token_of(http, demo, token_id)["rotation"]
    assert rotation["previous_valid_until"] == rfc3339(int(clock.now))
    stop = http.delete(f"/v1/access-tokens/{token_id}/previous", headers=demo)
    assert stop.status_code == 404


def test_rotating_during_an_overlap_ends_the_older_secret_at_once(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    first, token_id = created["token"], created["access_token"]["id"]
    first_session = session_of(http, first)
    second = rotated(http, demo, token_id, 72)
    second_session = session_of(http, second)
    assert http.get("/v1/orders", headers=first_session).status_code == 200
    third = rotated(http, demo, token_id, 72)
    assert http.get("/v1/orders", headers=first_session).status_code == 401
    assert sign_in_status(http, first) == 401
    assert http.get("/v1/orders", headers=second_session).status_code == 200
    assert sign_in_status(http, second) == 201
    assert sign_in_status(http, third) == 201
    assert token_of(http, demo, token_id)["rotation"]["previous_hint"] == second[-4:]


def test_revoking_a_rotated_token_ends_both_secrets_and_their_sessions(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    old, token_id = created["token"], created["access_token"]["id"]
    new = rotated(http, demo, token_id, 168)
    sessions = [session_of(http, old), session_of(http, new)]
    assert http.delete(f"/v1/access-tokens/{token_id}", headers=demo).status_code == 204
    for session in sessions:
        assert http.get("/v1/orders", headers=session).status_code == 401
    assert sign_in_status(http, old) == sign_in_status(http, new) == 401
    revoked = token_of(http, demo, token_id)
    assert revoked["rotation"]["previous_valid_until"] == revoked["revoked_at"]
    assert http.delete(f"/v1/access-tokens/{token_id}/previous", headers=demo).status_code == 404


def test_the_rotation_shows_while_the_overlap_runs_and_seven_days_after(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    rotated(http, demo, token_id, 1)
    clock.advance(HOUR + 7 * DAY - 1)
    demo = bearer(sign_in(http))  # the merchant's session lasts 12 hours
    assert token_of(http, demo, token_id)["rotation"] is not None
    clock.advance(2)
    assert token_of(http, demo, token_id)["rotation"] is None
    listed = http.get("/v1/access-tokens", headers=demo).json()["items"]
    assert all("rotation" in item for item in listed)


def test_which_secret_was_used_and_when_is_kept_right(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    old, token_id = created["token"], created["access_token"]["id"]
    session_of(http, old)  # the one use before the rotation
    used_before = rfc3339(int(clock.now) // 60 * 60)
    clock.advance(60)
    new = rotated(http, demo, token_id, 24)

    def rotation() -> dict[str, Any]:
        return dict(token_of(http, demo, token_id)["rotation"])

    def last_used() -> object:
        return token_of(http, demo, token_id)["last_used_at"]

    assert rotation()["previous_last_used_at"] == used_before
    assert rotation()["current_first_used_at"] is None
    clock.advance(60)
    old_session = session_of(http, old)  # signing in with the old secret itself
    assert rotation()["previous_last_used_at"] == last_used() == rfc3339(int(clock.now) // 60 * 60)
    clock.advance(60)
    http.get("/v1/orders", headers=old_session)  # through the session the old secret opened
    assert rotation()["previous_last_used_at"] == last_used() == rfc3339(int(clock.now) // 60 * 60)
    assert rotation()["current_first_used_at"] is None
    clock.advance(60)
    new_session = session_of(http, new)
    first_use = rfc3339(int(clock.now) // 60 * 60)
    assert rotation()["current_first_used_at"] == last_used() == first_use
    clock.advance(60)
    http.get("/v1/products", headers=new_session)
    assert last_used() == rfc3339(int(clock.now) // 60 * 60)
    assert rotation()["current_first_used_at"] == first_use
    assert rotation()["previous_last_used_at"] == rfc3339((int(clock.now) - 120) // 60 * 60)
    # Failures are no use: neither time moves.
    clock.advance(60)
    before = token_of(http, demo, token_id)
    developer_sign_in(http, old, "shop-dev", "not-the-password")
    developer_sign_in(http, new, "shop-dev", "not-the-password")
    assert token_of(http, demo, token_id) == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"overlap_hours": 2}, "overlap_hours"),
        ({"overlap_hours": -1}, "overlap_hours"),
        ({"overlap_hours": True}, "overlap_hours"),
        ({"overlap_hours": 24.0}, "overlap_hours"),
        ({"overlap_hours": "24"}, "overlap_hours"),
        ({"overlap_hours": None}, "overlap_hours"),
        ({}, "overlap_hours"),
        ({"overlap_hours": 24, "note": "x"}, "note"),
    ],
)
def test_a_bad_overlap_is_a_422_and_nothing_rotates(
    http: httpx.Client, demo: dict[str, str], body: dict[str, Any], field: str
) -> None:
    created = made(http, demo)
    token_id = created["access_token"]["id"]
    response = http.post(f"/v1/access-tokens/{token_id}/rotate", headers=demo, json=body)
    assert response.status_code == 422
    assert field in response.json()["error"]["fields"]
    assert token_of(http, demo, token_id) == created["access_token"]


def test_a_bad_rotation_key_is_refused(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    response = rotate(http, demo, created["access_token"]["id"], 24, "x" * 300)
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json()["error"]["fields"]


def test_rotating_needs_the_add_on(
    http: httpx.Client, demo: dict[str, str], sandbox: RunningSandbox, merchant: Account
) -> None:
    created = made(http, demo)
    with sandbox.database.transaction() as store:
        store._db.execute("UPDATE merchants SET api_integration = 0 WHERE id = ?", (merchant.id,))
    refused = rotate(http, demo, created["access_token"]["id"])
    assert refused.status_code == 403
    assert error_code(refused) == "plan_required"
    assert token_of(http, demo, created["access_token"]["id"]) == created["access_token"]


# Replaying a rotation


def test_a_replayed_rotation_gives_the_same_secret_while_it_is_current(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    first = rotate(http, demo, token_id, 24, "rotate-1")
    again = rotate(http, demo, token_id, 24, "rotate-1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again.headers["Cache-Control"] == "no-store"
    assert token_of(http, demo, token_id)["token_hint"] == first.json()["token"][-4:]
    reused = rotate(http, demo, token_id, 72, "rotate-1")
    assert reused.status_code == 422
    assert error_code(reused) == "idempotency_key_reused"
    # Another rotation supersedes the secret: the replay never shows it again.
    rotated(http, demo, token_id, 24)
    superseded = rotate(http, demo, token_id, 24, "rotate-1")
    assert superseded.status_code == 409
    assert error_code(superseded) == "secret_replaced"
    assert first.json()["token"] not in superseded.text


def test_a_replayed_rotation_of_a_token_revoked_since_is_a_409(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    first = rotate(http, demo, token_id, 24, "rotate-then-revoke")
    http.delete(f"/v1/access-tokens/{token_id}", headers=demo)
    replayed = rotate(http, demo, token_id, 24, "rotate-then-revoke")
    assert replayed.status_code == 409
    assert error_code(replayed) == "token_revoked"
    assert first.json()["token"] not in replayed.text


def test_a_replayed_create_after_a_rotation_never_shows_the_old_secret(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    headers = {**demo, "Idempotency-Key": "create-then-rotate"}
    first = create(http, headers)
    assert create(http, headers).json() == first.json()
    rotated(http, demo, first.json()["access_token"]["id"])
    replayed = create(http, headers)
    assert replayed.status_code == 409
    assert error_code(replayed) == "secret_replaced"
    assert first.json()["token"] not in replayed.text


def test_a_rotation_key_is_kept_ten_minutes(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    first = rotate(http, demo, token_id, 24, "rotate-later").json()
    clock.advance(599)
    assert rotate(http, demo, token_id, 24, "rotate-later").json() == first
    clock.advance(2)
    # The answer is forgotten: this is a new rotation, with a new secret.
    later = rotate(http, demo, token_id, 24, "rotate-later")
    assert later.status_code == 201
    assert later.json()["token"] != first["token"]


def test_concurrent_rotations_with_one_key_rotate_once(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    token_id = created["access_token"]["id"]

    def attempt(_: int) -> str:
        response = rotate(http, demo, token_id, 24, "same-click")
        assert response.status_code == 201, response.text
        return str(response.json()["token"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        secrets = set(pool.map(attempt, range(8)))
    assert len(secrets) == 1
    (secret,) = secrets
    token = token_of(http, demo, token_id)
    assert token["token_hint"] == secret[-4:]
    assert token["rotation"]["previous_hint"] == created["token"][-4:]
    assert sign_in_status(http, created["token"]) == 201


# Stopping the previous secret


def test_the_previous_secret_can_be_stopped_early(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    old, token_id = created["token"], created["access_token"]["id"]
    old_session = session_of(http, old)
    new = rotated(http, demo, token_id, 168)
    new_session = session_of(http, new)
    clock.advance(60)
    stopped = http.delete(f"/v1/access-tokens/{token_id}/previous", headers=demo)
    assert stopped.status_code == 204
    assert stopped.content == b""
    assert http.get("/v1/orders", headers=old_session).status_code == 401
    assert sign_in_status(http, old) == 401
    assert http.get("/v1/orders", headers=new_session).status_code == 200
    rotation = token_of(http, demo, token_id)["rotation"]
    assert rotation["previous_valid_until"] == rfc3339(int(clock.now))
    again = http.delete(f"/v1/access-tokens/{token_id}/previous", headers=demo)
    assert again.status_code == 404
    assert error_code(again) == "not_found"
    assert "no previous secret" in again.json()["error"]["message"]


def test_there_is_no_previous_secret_to_stop_before_a_rotation_nor_after_its_overlap(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    token_id = made(http, demo)["access_token"]["id"]
    path = f"/v1/access-tokens/{token_id}/previous"
    assert http.delete(path, headers=demo).status_code == 404
    rotated(http, demo, token_id, 1)
    clock.advance(HOUR)
    assert http.delete(path, headers=demo).status_code == 404
    unknown = http.delete("/v1/access-tokens/at_0000000000000000/previous", headers=demo)
    assert unknown.status_code == 404
    assert http.delete(path).status_code == 401


# Finding the token a secret belongs to


def lookup(http: httpx.Client, headers: dict[str, str], token: object) -> httpx.Response:
    return http.post("/v1/access-tokens/lookup", headers=headers, json={"token": token})


def test_lookup_finds_the_token_by_its_current_or_previous_secret(
    http: httpx.Client, demo: dict[str, str], clock: FakeClock
) -> None:
    created = made(http, demo)
    first, token_id = created["token"], created["access_token"]["id"]
    found = lookup(http, demo, first)
    assert found.status_code == 200
    assert found.json() == {**token_of(http, demo, token_id), "matched": "current"}
    assert first not in found.text
    second = rotated(http, demo, token_id, 1)
    assert lookup(http, demo, second).json()["matched"] == "current"
    assert lookup(http, demo, first).json()["matched"] == "previous"
    clock.advance(2 * HOUR)  # the previous secret has stopped, and is still known as such
    assert lookup(http, demo, first).json()["matched"] == "previous"
    third = rotated(http, demo, token_id, 1)
    assert lookup(http, demo, third).json()["matched"] == "current"
    assert lookup(http, demo, second).json()["matched"] == "previous"
    assert lookup(http, demo, first).status_code == 404  # older than the previous one


def test_lookup_finds_dead_tokens_too(http: httpx.Client, demo: dict[str, str]) -> None:
    created = made(http, demo)
    http.delete(f"/v1/access-tokens/{created['access_token']['id']}", headers=demo)
    found = lookup(http, demo, created["token"]).json()
    assert (found["status"], found["matched"]) == ("revoked", "current")


def test_another_stores_token_and_an_unknown_one_get_the_same_404(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = made(http, demo)
    starter = bearer(sign_in(http, STARTER_EMAIL, STARTER_PASSWORD))
    theirs = lookup(http, starter, created["token"])
    unknown = lookup(http, demo, token_format.generate_token())
    assert theirs.status_code == unknown.status_code == 404
    said = [answer.json()["error"] for answer in (theirs, unknown)]
    assert all(error.pop("request_id").startswith("req_") for error in said)
    assert said[0] == said[1]  # only the request ids differ
    assert error_code(theirs) == "not_found"


@pytest.mark.parametrize(
    ("token", "code", "field"),
    [
        ("mistyped", "malformed_token", "token"),
        ("stp_" + "A" * 36, "malformed_token", "token"),
        (5, "validation_failed", "token"),
        (None, "validation_failed", "token"),
        ("stp_\u202e", "validation_failed", "token"),
    ],
)
def test_lookup_of_a_malformed_token_is_a_422(
    http: httpx.Client, demo: dict[str, str], token: object, code: str, field: str
) -> None:
    response = lookup(http, demo, token)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == code
    assert field in error["fields"]


def test_a_token_with_a_wrong_checksum_is_malformed(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    secret = made(http, demo)["token"]
    mistyped = secret[:-1] + ("A" if secret[-1] != "A" else "B")
    response = lookup(http, demo, mistyped)
    assert response.status_code == 422
    assert error_code(response) == "malformed_token"
    assert lookup(http, bearer("sts_not-a-session"), mistyped).status_code == 401
    assert lookup(http, {}, secret).status_code == 401
