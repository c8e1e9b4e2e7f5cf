"""The token service against the real sandbox: each call's own success and failure."""

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from app.api import errors
from app.api.client import ShipturtleClient, new_idempotency_key
from app.api.errors import ApiError
from app.api.models import AccessToken, CreatedToken, NewToken, Session, TokenStatus
from app.api.secret import Secret
from app.sandbox import RunningSandbox, start_sandbox
from app.services.runner import BackgroundRunner
from app.services.token_service import TokenService, local_demo
from app.storage.credentials import SERVICE_NAME, CredentialStore
from tests.conftest import Account, unknown_email
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.outcomes import Outcome, failure, value


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def service(qtbot: QtBot, keychain: MemoryKeyring) -> Iterator[TokenService]:
    service = TokenService(BackgroundRunner(), CredentialStore(keychain))
    yield service
    service.shutdown()


def sign_in(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    account: Account,
    remember: bool = True,
) -> Session:
    """Sign in as the test's own store (`merchant` or `starter`) in the shared sandbox."""
    session = value(
        qtbot,
        service.sign_in,
        sandbox.url,
        account.email,
        Secret(account.password),
        profile="Demo",
        remember=remember,
    )
    assert isinstance(session, Session)
    return session


def sign_in_error(
    qtbot: QtBot, service: TokenService, url: str, password: str, email: str | None = None
) -> ApiError:
    return failure(
        qtbot,
        service.sign_in,
        url,
        email or unknown_email(),
        Secret(password),
        profile="Demo",
        remember=False,
    )


def new_token(username: str = "shop-dev") -> NewToken:
    return NewToken(username, Secret("a-long-secret-passphrase"), ("orders", "products"))


def test_sign_in_remembers_only_the_session_token(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    keychain: MemoryKeyring,
    merchant: Account,
) -> None:
    session = sign_in(qtbot, service, sandbox, merchant)
    assert session.merchant.name == "Demo Store"
    assert keychain.entries == {(SERVICE_NAME, "Demo"): session.token.reveal()}
    assert merchant.password not in str(keychain.entries)
    assert service.base_url == sandbox.url


def test_sign_in_without_remember_leaves_the_keychain_empty(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    keychain: MemoryKeyring,
    merchant: Account,
) -> None:
    sign_in(qtbot, service, sandbox, merchant, remember=False)
    assert keychain.entries == {}


def test_wrong_password_is_reported(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, merchant: Account
) -> None:
    error = sign_in_error(qtbot, service, sandbox.url, "nope", merchant.email)
    assert isinstance(error, errors.InvalidCredentialsError)


def test_a_refused_address_is_reported_not_raised(qtbot: QtBot, service: TokenService) -> None:
    error = sign_in_error(qtbot, service, "http://shop.example.com", "x")
    assert isinstance(error, errors.ServerAddressError)


def test_load_create_revoke_and_check(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, merchant: Account
) -> None:
    sign_in(qtbot, service, sandbox, merchant)
    permissions = value(qtbot, service.load_permissions)
    assert [p.key for p in permissions] == ["orders", "products"]
    assert len(value(qtbot, service.load_tokens)) == 4
    created: CreatedToken = value(qtbot, service.create_token, new_token(), new_idempotency_key())
    checked = value(qtbot, service.check_token, created.token)
    assert (checked.token.username, checked.matched) == ("shop-dev", "current")
    token: AccessToken = value(qtbot, service.revoke_token, created.access_token.id)
    assert token.id == created.access_token.id
    assert token.status is TokenStatus.REVOKED
    checked_again = value(qtbot, service.check_token, created.token)
    assert checked_again.token.status is TokenStatus.REVOKED
    mistyped = failure(qtbot, service.check_token, Secret(created.token.reveal()[:-1]))
    assert isinstance(mistyped, errors.InvalidTokenError)


def test_plan_required_for_starter_store(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    starter: Account,
    merchant: Account,
) -> None:
    session = sign_in(qtbot, service, sandbox, starter)
    assert session.merchant.api_integration is False
    error = failure(qtbot, service.create_token, new_token(), new_idempotency_key())
    assert isinstance(error, errors.PlanRequiredError)


def test_expired_session_asks_to_sign_in_then_repeats_the_call(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    keychain: MemoryKeyring,
    merchant: Account,
) -> None:
    session = sign_in(qtbot, service, sandbox, merchant)
    with ShipturtleClient(sandbox.url) as elsewhere:
        elsewhere.session_token = session.token
        elsewhere.sign_out()
    loading = Outcome()
    with qtbot.waitSignal(service.session_expired):
        service.load_tokens(on_success=loading.succeeded, on_failure=loading.failed)
    qtbot.waitUntil(lambda: keychain.entries == {})  # the dead session is forgotten
    assert not loading.reported  # not a failure: it waits for the next sign-in
    sign_in(qtbot, service, sandbox, merchant)
    qtbot.waitUntil(lambda: loading.reported)
    assert len(loading.values[0]) == 4  # the call that found the session dead, repeated
    assert loading.failures == []


def test_restore_uses_the_remembered_session(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    keychain: MemoryKeyring,
    merchant: Account,
) -> None:
    session = sign_in(qtbot, service, sandbox, merchant)
    restored_service = TokenService(BackgroundRunner(), CredentialStore(keychain))
    try:
        restored = value(qtbot, restored_service.restore, sandbox.url, "Demo")
        assert restored.merchant == session.merchant
        assert len(value(qtbot, restored_service.load_tokens)) == 4
    finally:
        restored_service.shutdown()


def test_restore_without_a_remembered_session_fails_quietly(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox
) -> None:
    with qtbot.assertNotEmitted(service.session_expired):
        error = failure(qtbot, service.restore, sandbox.url, "Nobody")
    assert isinstance(error, errors.SessionExpiredError)


def test_sign_out_forgets_the_session(
    qtbot: QtBot,
    service: TokenService,
    sandbox: RunningSandbox,
    keychain: MemoryKeyring,
    merchant: Account,
) -> None:
    sign_in(qtbot, service, sandbox, merchant)
    done: list[bool] = []
    service.sign_out(on_done=done.append)
    qtbot.waitUntil(lambda: done == [True])
    assert keychain.entries == {}


def test_slow_server_never_blocks_the_gui_thread(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, merchant: Account
) -> None:
    sign_in(qtbot, service, sandbox, merchant)
    sandbox.latency.milliseconds = 400
    loading = Outcome()
    service.load_tokens(on_success=loading.succeeded, on_failure=loading.failed)
    # The call came back before the answer: the wait happens elsewhere (how long the GUI
    # thread may stall is a figure of `make bench`, not of a test on a shared machine).
    assert not loading.reported
    qtbot.waitUntil(lambda: loading.reported, timeout=5000)


def test_server_down_is_a_network_error(qtbot: QtBot, keychain: MemoryKeyring) -> None:
    from app.api.transport import RetryPolicy

    def factory(url: str) -> ShipturtleClient:
        return ShipturtleClient(url, retry=RetryPolicy(sleep=lambda _: None))

    service = TokenService(BackgroundRunner(), CredentialStore(keychain), factory)
    try:
        error = sign_in_error(qtbot, service, "http://127.0.0.1:9", "x")
        assert isinstance(error, errors.NetworkError)
    finally:
        service.shutdown()


def test_a_dead_remembered_session_is_removed(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, keychain: MemoryKeyring
) -> None:
    keychain.set_password(SERVICE_NAME, "Demo", "sts_long-dead-session-token")
    error = failure(qtbot, service.restore, sandbox.url, "Demo")
    assert isinstance(error, errors.SessionExpiredError)
    assert keychain.entries == {}


def test_state_is_written_on_the_gui_thread_only(
    qtbot: QtBot, keychain: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[str] = []
    check = TokenService._check_gui_thread

    def recording(service: TokenService) -> None:
        writers.append(threading.current_thread().name)
        check(service)

    monkeypatch.setattr(TokenService, "_check_gui_thread", recording)
    urls: list[str] = []

    def start_demo() -> RunningSandbox:
        demo = start_sandbox(tmp_path / "demo.sqlite3")
        urls.append(demo.url)
        return demo

    service = TokenService(BackgroundRunner(), CredentialStore(keychain), demo_starter=start_demo)
    try:
        value(qtbot, service.start_demo)
        assert service.in_demo
        value(qtbot, service.load_tokens)
        done: list[bool] = []
        service.sign_out(on_done=done.append)
        qtbot.waitUntil(lambda: done == [True])
    finally:
        service.shutdown()
    assert writers  # the client and the demo store were stored...
    assert set(writers) == {threading.main_thread().name}  # ...on the GUI thread only
    assert not serving(urls[0])


def test_a_demo_started_while_quitting_is_stopped(
    qtbot: QtBot, keychain: MemoryKeyring, tmp_path: Path
) -> None:
    urls: list[str] = []
    starting, release = threading.Event(), threading.Event()

    def slow_start() -> RunningSandbox:
        starting.set()
        release.wait(5)
        demo = start_sandbox(tmp_path / "demo.sqlite3")
        urls.append(demo.url)
        return demo

    service = TokenService(BackgroundRunner(), CredentialStore(keychain), demo_starter=slow_start)
    outcome = Outcome()
    service.start_demo(on_success=outcome.succeeded, on_failure=outcome.failed)
    assert starting.wait(5)
    threading.Timer(0.2, release.set).start()
    service.shutdown()  # the app quits while the demo store is starting
    assert len(urls) == 1
    assert not serving(urls[0])  # stopped, not left running without an owner
    assert not outcome.reported


def test_a_damaged_demo_database_is_told_in_one_sentence(
    qtbot: QtBot, keychain: MemoryKeyring, tmp_path: Path
) -> None:
    database = tmp_path / "demo.sqlite3"
    database.write_text("These are my notes, not a database.\n", encoding="utf-8")
    service = TokenService(
        BackgroundRunner(), CredentialStore(keychain), demo_starter=local_demo(database)
    )
    try:
        error = failure(qtbot, service.start_demo)
    finally:
        service.shutdown()
    assert error.message == (
        f"The sandbox database {database} is damaged or is not a database (it was left as it "
        "is); move it elsewhere, or put a backup in its place, and start again."
    )
    assert database.read_text(encoding="utf-8") == "These are my notes, not a database.\n"


def test_a_cancelled_creation_is_revoked_and_reports_nothing(
    qtbot: QtBot, service: TokenService, sandbox: RunningSandbox, merchant: Account
) -> None:
    sign_in(qtbot, service, sandbox, merchant)
    sandbox.latency.milliseconds = 300
    key = new_idempotency_key()
    creating = Outcome()
    service.create_token(
        new_token("changed-my-mind"), key, on_success=creating.succeeded, on_failure=creating.failed
    )
    service.cancel_create(key)

    def status() -> TokenStatus | None:
        tokens = value(qtbot, service.load_tokens)
        found = [t.status for t in tokens if t.username == "changed-my-mind"]
        return found[0] if found else None

    qtbot.waitUntil(lambda: status() is TokenStatus.REVOKED, timeout=10000)
    assert not creating.reported


def serving(url: str) -> bool:
    try:
        httpx.get(f"{url}/v1/health", timeout=2)
    except httpx.TransportError:
        return False
    return True
