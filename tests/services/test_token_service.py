"""The token service against the real sandbox: signals for every result and every failure."""

import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import SignalInstance
from pytestqt.qtbot import QtBot

from app.api import errors
from app.api.client import ShipturtleClient, new_idempotency_key
from app.api.models import AccessToken, CreatedToken, NewToken, Session, TokenStatus
from app.api.secret import Secret
from app.sandbox import RunningSandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD, STARTER_EMAIL, STARTER_PASSWORD
from app.services.runner import BackgroundRunner
from app.services.token_service import TokenService
from app.storage.credentials import SERVICE_NAME, CredentialStore
from tests.helpers.keyrings import MemoryKeyring


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def service(qtbot: QtBot, keychain: MemoryKeyring) -> Iterator[TokenService]:
    service = TokenService(BackgroundRunner(), CredentialStore(keychain))
    yield service
    service.shutdown()


def wait_for(qtbot: QtBot, signal: SignalInstance, timeout: int = 5000) -> Any:
    with qtbot.waitSignal(signal, timeout=timeout) as blocker:
        pass
    return blocker.args[0] if blocker.args else None


def sign_in(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    email: str = DEMO_EMAIL,
    password: str = DEMO_PASSWORD,
    remember: bool = True,
) -> Session:
    with qtbot.waitSignal(service.signed_in, timeout=5000) as blocker:
        service.sign_in(sandbox.url, email, Secret(password), profile="Demo", remember=remember)
    session = blocker.args[0]
    assert isinstance(session, Session)
    return session


def new_token(username: str = "shop-dev") -> NewToken:
    return NewToken(username, Secret("a-long-secret-passphrase"), ("orders", "products"))


def test_sign_in_remembers_only_the_session_token(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, keychain: MemoryKeyring
) -> None:
    session = sign_in(qtbot, service, sandbox)
    assert session.merchant.name == "Demo Store"
    assert keychain.entries == {(SERVICE_NAME, "Demo"): session.token.reveal()}
    assert DEMO_PASSWORD not in str(keychain.entries)
    assert service.base_url == sandbox.url


def test_sign_in_without_remember_leaves_the_keychain_empty(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, keychain: MemoryKeyring
) -> None:
    sign_in(qtbot, service, sandbox, remember=False)
    assert keychain.entries == {}


def test_wrong_password_is_reported(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox
) -> None:
    with qtbot.waitSignal(service.failed) as blocker:
        service.sign_in(sandbox.url, DEMO_EMAIL, Secret("nope"), profile="Demo", remember=True)
    operation, error = blocker.args
    assert operation == "sign_in"
    assert isinstance(error, errors.InvalidCredentialsError)


def test_a_refused_address_is_reported_not_raised(qtbot: QtBot, service: TokenService) -> None:
    with qtbot.waitSignal(service.failed) as blocker:
        service.sign_in(
            "http://shop.example.com", DEMO_EMAIL, Secret("x"), profile="Demo", remember=False
        )
    assert isinstance(blocker.args[1], errors.ServerAddressError)


def test_load_create_revoke_and_check(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox
) -> None:
    sign_in(qtbot, service, sandbox)
    with qtbot.waitSignal(service.permissions_loaded) as permissions:
        service.load_permissions()
    assert [p.key for p in permissions.args[0]] == ["orders", "products"]
    with qtbot.waitSignal(service.tokens_loaded) as loaded:
        service.load_tokens()
    assert len(loaded.args[0]) == 4
    with qtbot.waitSignal(service.token_created) as created_signal:
        service.create_token(new_token(), new_idempotency_key())
    created: CreatedToken = created_signal.args[0]
    with qtbot.waitSignal(service.token_checked) as checked:
        service.check_token(created.token)
    assert [token.username for token in checked.args[0]] == ["shop-dev"]
    with qtbot.waitSignal(service.token_revoked) as revoked:
        service.revoke_token(created.access_token.id)
    token: AccessToken = revoked.args[0]
    assert token.id == created.access_token.id
    assert token.status is TokenStatus.REVOKED
    with qtbot.waitSignal(service.token_checked) as checked_again:
        service.check_token(created.token)
    assert [token.status for token in checked_again.args[0]] == [TokenStatus.REVOKED]
    with qtbot.waitSignal(service.failed) as failed:
        service.check_token(Secret(created.token.reveal()[:-1]))
    assert failed.args[0] == "check"
    assert isinstance(failed.args[1], errors.InvalidTokenError)


def test_plan_required_for_starter_store(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox
) -> None:
    session = sign_in(qtbot, service, sandbox, STARTER_EMAIL, STARTER_PASSWORD)
    assert session.merchant.api_integration is False
    with qtbot.waitSignal(service.failed) as blocker:
        service.create_token(new_token(), new_idempotency_key())
    assert blocker.args[0] == "create"
    assert isinstance(blocker.args[1], errors.PlanRequiredError)


def test_expired_session_asks_to_sign_in_then_repeats_the_call(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, keychain: MemoryKeyring
) -> None:
    session = sign_in(qtbot, service, sandbox)
    with ShipturtleClient(sandbox.url) as elsewhere:
        elsewhere.session_token = session.token
        elsewhere.sign_out()
    with qtbot.waitSignals([service.session_expired, service.failed]):
        service.load_tokens()
    qtbot.waitUntil(lambda: keychain.entries == {})  # the dead session is forgotten
    with qtbot.waitSignals([service.signed_in, service.tokens_loaded]):
        service.sign_in(
            sandbox.url, DEMO_EMAIL, Secret(DEMO_PASSWORD), profile="Demo", remember=True
        )


def test_restore_uses_the_remembered_session(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, keychain: MemoryKeyring
) -> None:
    session = sign_in(qtbot, service, sandbox)
    restored_service = TokenService(BackgroundRunner(), CredentialStore(keychain))
    try:
        with qtbot.waitSignal(restored_service.signed_in) as blocker:
            restored_service.restore(sandbox.url, "Demo")
        assert blocker.args[0].merchant == session.merchant
        with qtbot.waitSignal(restored_service.tokens_loaded):
            restored_service.load_tokens()
    finally:
        restored_service.shutdown()


def test_restore_without_a_remembered_session_fails_quietly(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox
) -> None:
    with qtbot.waitSignal(service.failed) as blocker:
        service.restore(sandbox.url, "Nobody")
    assert blocker.args[0] == "restore"
    assert isinstance(blocker.args[1], errors.SessionExpiredError)


def test_sign_out_forgets_the_session(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, keychain: MemoryKeyring
) -> None:
    sign_in(qtbot, service, sandbox)
    with qtbot.waitSignal(service.signed_out):
        service.sign_out()
    assert keychain.entries == {}


def test_slow_server_never_blocks_the_gui_thread(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox
) -> None:
    sign_in(qtbot, service, sandbox)
    sandbox.latency.milliseconds = 400
    started = time.perf_counter()
    with qtbot.waitSignal(service.tokens_loaded, timeout=5000):
        service.load_tokens()
        returned_after = time.perf_counter() - started
    assert returned_after < 0.05
    assert time.perf_counter() - started >= 0.4


def test_server_down_is_a_network_error(qtbot: QtBot, keychain: MemoryKeyring) -> None:
    from app.api.transport import RetryPolicy

    def factory(url: str) -> ShipturtleClient:
        return ShipturtleClient(url, retry=RetryPolicy(sleep=lambda _: None))

    service = TokenService(BackgroundRunner(), CredentialStore(keychain), factory)
    try:
        with qtbot.waitSignal(service.failed) as blocker:
            service.sign_in(
                "http://127.0.0.1:9", DEMO_EMAIL, Secret("x"), profile="Demo", remember=False
            )
        assert isinstance(blocker.args[1], errors.NetworkError)
    finally:
        service.shutdown()


def test_a_dead_remembered_session_is_removed(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, keychain: MemoryKeyring
) -> None:
    keychain.set_password(SERVICE_NAME, "Demo", "sts_long-dead-session-token")
    with qtbot.waitSignal(service.failed) as blocker:
        service.restore(sandbox.url, "Demo")
    assert isinstance(blocker.args[1], errors.SessionExpiredError)
    assert keychain.entries == {}
