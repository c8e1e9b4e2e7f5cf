"""GET /v1/capabilities, and a sandbox that offers only some of the contract (`--features`)."""

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import token_format
from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.features import FEATURE_EXTENSION, OPTIONAL_FEATURES, Features
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import bearer, sign_in
from tests.sandbox.test_cli import REPO, run_command_line_sandbox
from tests.sandbox.test_tokens import create

CONTRACT = json.loads((REPO / "resources/api/openapi.json").read_text())


def _operations(offered: bool) -> list[tuple[str, str, str]]:
    """(method, path, feature) of each operation of an optional part, from the contract."""
    found = []
    for path, item in CONTRACT["paths"].items():
        for method, operation in item.items():
            feature = operation.get(FEATURE_EXTENSION)
            if (feature is not None) is offered:
                found.append((method.upper(), path, feature))
    return found


@pytest.fixture(scope="module")
def seed_only() -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:", features=Features.seed()) as running:
        yield running


@contextmanager
def _demo_client(running: RunningSandbox) -> Iterator[httpx.Client]:
    """A client signed in as the demo store of `running`."""
    with httpx.Client(base_url=running.url) as client:
        client.headers.update(bearer(sign_in(client, DEMO_EMAIL, DEMO_PASSWORD)))
        yield client


def _call(client: httpx.Client, method: str, path: str, token_id: str) -> httpx.Response:
    address = path.replace("{token_id}", token_id)
    body: dict[str, Any] | None = {} if method in ("POST", "PATCH") else None
    return client.request(method, address, json=body)


def test_capabilities_say_what_the_server_offers_without_a_session(
    http: httpx.Client,
) -> None:
    answer = http.get("/v1/capabilities")
    assert answer.status_code == 200
    assert answer.json() == {
        "contract_version": CONTRACT["info"]["version"],
        "features": list(OPTIONAL_FEATURES),
        "token_format": {
            "kind": "checksummed",
            "prefix": token_format.PREFIX,
            "length": token_format.TOKEN_LENGTH,
        },
        "password_policy": {"min_length": 12, "max_length": 128, "strength_checked": True},
    }


def test_every_optional_operation_names_its_part_in_the_contract() -> None:
    named = {(method, path) for method, path, _ in _operations(offered=True)}
    assert ("POST", "/v1/access-tokens/{token_id}/rotate") in named
    assert ("PATCH", "/v1/access-tokens/{token_id}") in named
    assert ("POST", "/v1/api-sessions") in named
    # conditional_requests is a way of answering (ETag, 304) on the seed's list, not an operation.
    operations = set(OPTIONAL_FEATURES) - {"conditional_requests"}
    assert {feature for _, _, feature in _operations(offered=True)} == operations
    seed_part = {(method, path) for method, path, _ in _operations(offered=False)}
    assert {
        ("GET", "/v1/access-tokens"),
        ("POST", "/v1/access-tokens"),
        ("DELETE", "/v1/access-tokens/{token_id}"),
    } <= seed_part


def test_a_seed_server_answers_404_for_every_optional_operation_and_for_capabilities(
    seed_only: RunningSandbox,
) -> None:
    with _demo_client(seed_only) as client:
        token_id = client.get("/v1/access-tokens").json()["items"][0]["id"]
        assert client.get("/v1/capabilities").status_code == 404
        for method, path, _ in _operations(offered=True):
            answer = _call(client, method, path, token_id)
            assert answer.status_code == 404, (method, path, answer.text)
            assert answer.json()["error"]["code"] == "not_found"


def test_a_seed_server_still_lists_creates_and_revokes(seed_only: RunningSandbox) -> None:
    with _demo_client(seed_only) as client:
        created = create(client, dict(client.headers))
        assert created.status_code == 201, created.text
        token_id = created.json()["access_token"]["id"]
        assert client.delete(f"/v1/access-tokens/{token_id}").status_code == 204
        revoked = client.get("/v1/access-tokens", params={"status": "revoked"}).json()
        assert token_id in [token["id"] for token in revoked["items"]]


def test_a_withheld_method_is_not_named_in_allow(seed_only: RunningSandbox) -> None:
    with _demo_client(seed_only) as client:
        answer = client.put("/v1/access-tokens/anything", json={})
    assert answer.status_code == 405
    assert "PATCH" not in answer.headers["Allow"]
    assert "DELETE" in answer.headers["Allow"]


def test_the_docs_of_a_server_show_only_what_it_offers(seed_only: RunningSandbox) -> None:
    document = httpx.get(f"{seed_only.url}/openapi.json").json()
    assert "/v1/capabilities" not in document["paths"]
    assert "/v1/access-tokens/{token_id}/rotate" not in document["paths"]
    assert "patch" not in document["paths"]["/v1/access-tokens/{token_id}"]
    assert "/v1/access-tokens" in document["paths"]


def test_a_server_offering_some_parts_says_which_and_withholds_the_rest() -> None:
    with (
        start_sandbox(":memory:", features=Features(["rotation"])) as running,
        _demo_client(running) as client,
    ):
        assert client.get("/v1/capabilities").json()["features"] == ["rotation"]
        token_id = client.get("/v1/access-tokens").json()["items"][0]["id"]
        rotated = client.post(f"/v1/access-tokens/{token_id}/rotate", json={"overlap_hours": 24})
        assert rotated.status_code == 201
        assert client.get(f"/v1/access-tokens/{token_id}/activity").status_code == 404


@pytest.mark.parametrize(
    ("text", "offered", "announced"),
    [
        ("all", set(OPTIONAL_FEATURES), True),
        ("seed", set(), False),
        (" rotation , lookup ", {"rotation", "lookup"}, True),
    ],
)
def test_features_are_read_from_words(text: str, offered: set[str], announced: bool) -> None:
    features = Features.parse(text)
    assert features.offered == offered
    assert features.announced is announced


@pytest.mark.parametrize("text", ["", "rotation,teleport", "seed,rotation", "all,lookup", ","])
def test_unknown_or_mixed_feature_words_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"rotation|teleport"):
        Features.parse(text)


def test_the_command_line_takes_features_and_says_which() -> None:
    with run_command_line_sandbox("--features", "seed") as (url, printed):
        assert httpx.get(f"{url}/v1/capabilities").status_code == 404
    assert "Optional parts offered: none" in printed()


def test_the_command_line_refuses_an_unknown_feature_in_one_line() -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "app.sandbox", "--features", "teleport"],
        cwd=Path(REPO),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 2
    assert "unknown features: teleport" in finished.stderr
