"""The client asks a server what it offers; a server without the address offers the seed's part."""

import httpx
import pytest

from app.api import errors
from app.api.capabilities import KNOWN_FEATURES, ROTATION, Capabilities
from app.api.client import ShipturtleClient
from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.features import Features
from tests.helpers.transports import Scripted, error

BASE = "https://api.example.com"


def _answer(**changes: object) -> httpx.Response:
    body: dict[str, object] = {
        "contract_version": "9.1.0",
        "features": ["rotation", "teleport"],
        "token_format": {"kind": "checksummed", "prefix": "stp_", "length": 40},
        "password_policy": {"min_length": 8, "max_length": 64, "strength_checked": False},
    }
    body.update(changes)
    return httpx.Response(200, json=body)


def _asked(*steps: httpx.Response) -> Capabilities:
    with ShipturtleClient(BASE, transport=Scripted(*steps)) as client:
        return client.capabilities()


def test_the_sandbox_offers_everything_this_app_knows(sandbox: RunningSandbox) -> None:
    with ShipturtleClient(sandbox.url) as client:
        offered = client.capabilities()
    assert offered.features == KNOWN_FEATURES
    assert offered.checked_token_format
    assert offered.password_strength_checked
    assert offered.password_min_length == 12
    assert dict(vars(offered)) == dict(vars(Capabilities.everything())) | {
        "contract_version": offered.contract_version
    }


def test_a_server_without_capabilities_offers_the_seed_part_and_no_assumptions() -> None:
    with (
        start_sandbox(":memory:", features=Features.seed()) as seed_only,
        ShipturtleClient(seed_only.url) as client,
    ):
        assert client.capabilities() == Capabilities.seed()
    seed = Capabilities.seed()
    assert not seed.features
    assert not seed.checked_token_format
    assert not seed.password_strength_checked


def test_unknown_features_are_ignored_and_the_policy_is_read() -> None:
    offered = _asked(_answer())
    assert offered.features == frozenset({ROTATION})
    assert offered.offers(ROTATION)
    assert (offered.password_min_length, offered.password_max_length) == (8, 64)
    assert not offered.password_strength_checked
    assert offered.contract_version == "9.1.0"


@pytest.mark.parametrize(
    "token_format",
    [
        {"kind": "opaque", "prefix": None, "length": None},
        {"kind": "checksummed", "prefix": "sk_", "length": 40},
        {"kind": "checksummed", "prefix": "stp_", "length": 48},
    ],
)
def test_a_token_format_not_exactly_ours_is_not_checked_offline(
    token_format: dict[str, object],
) -> None:
    assert not _asked(_answer(token_format=token_format)).checked_token_format


@pytest.mark.parametrize(
    "changes",
    [
        {"features": "rotation"},
        {"token_format": {"kind": "base64"}},
        {"password_policy": {"min_length": "8", "max_length": 64, "strength_checked": False}},
        {"contract_version": None},
    ],
)
def test_a_malformed_answer_is_an_invalid_response(changes: dict[str, object]) -> None:
    with pytest.raises(errors.InvalidResponseError):
        _asked(_answer(**changes))


def test_other_failures_are_not_taken_for_a_seed_server() -> None:
    with pytest.raises(errors.ServerError):
        _asked(*[error(500, "internal_error")] * 5)
