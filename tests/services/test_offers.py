"""The service asks what a server offers at each sign-in, and keeps to it."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.api.capabilities import KNOWN_FEATURES, Capabilities
from app.api.secret import Secret
from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.features import Features
from app.services.runner import BackgroundRunner
from app.services.token_service import TokenService
from app.storage.credentials import CredentialStore
from tests.conftest import new_store
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.outcomes import value

PASSWORD = "a-long-store-passphrase"


@pytest.fixture
def service(qtbot: QtBot) -> Iterator[TokenService]:
    service = TokenService(BackgroundRunner(), CredentialStore(MemoryKeyring()))
    yield service
    service.shutdown()


@pytest.fixture
def seed_only() -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:", features=Features.seed()) as sandbox:
        yield sandbox


def _sign_in(qtbot: QtBot, service: TokenService, sandbox: RunningSandbox) -> None:
    account = new_store(sandbox, "Seed Store", PASSWORD)
    value(
        qtbot,
        service.sign_in,
        sandbox.url,
        account.email,
        Secret(PASSWORD),
        profile="Demo",
        remember=False,
    )


def test_before_any_sign_in_only_the_seed_part_is_offered(service: TokenService) -> None:
    assert service.offers == Capabilities.seed()


def test_a_seed_server_offers_the_seed_part(
    qtbot: QtBot, service: TokenService, seed_only: RunningSandbox
) -> None:
    _sign_in(qtbot, service, seed_only)
    assert service.offers == Capabilities.seed()


def test_the_sandbox_offers_everything_and_a_new_sign_in_asks_again(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, seed_only: RunningSandbox
) -> None:
    _sign_in(qtbot, service, sandbox)
    assert service.offers.features == KNOWN_FEATURES
    _sign_in(qtbot, service, seed_only)  # another server: asked again, not kept
    assert service.offers == Capabilities.seed()
