"""Fixtures shared by all tests: an isolated app home, and one sandbox for the whole run.

The sandbox is started once (in memory, on a clock the tests move by hand). Tests keep apart
in it by each signing in as a store of its own: `merchant` is shaped like the demo store (the
add-on, its four tokens, its name and password), `starter` like the starter store, and
`sign_in(client)` and `demo` sign in as the test's `merchant`. Before each test the clock is
set back to the real time and the latency to none. Tests that need a server to themselves
(a database file, a short rate-limit window, a port, a subprocess) start their own.
"""

import functools
import gc
import itertools
import logging
import os
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.sandbox import RunningSandbox, security, start_sandbox
from app.sandbox.guards import SignInLimits
from app.sandbox.seed import DEMO_MERCHANT, DEMO_PASSWORD, STARTER_MERCHANT, STARTER_PASSWORD
from tests.helpers.clock import FakeClock
from tests.helpers.log_fail import ExpectedLogs, unexpected_logs_fail_the_test
from tests.helpers.logging_errors import logging_errors_fail_the_test

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (GuiThreadGarbageCollector): no collection in other threads.

    Otherwise a cycle holding a Qt object from an earlier test may be collected in a
    sandbox or worker thread, where Qt's destructor can deadlock with the GUI thread.

    What exists before the first test (modules, classes, the Qt bindings: some 100,000
    objects) lives all session, so it is frozen out of the collections: each test's
    collection then looks only at what tests made, in milliseconds rather than ~0.1 s.
    """
    gc.disable()
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes its settings, logs and data under its own temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("SHIPTURTLE_TOKENS_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _logging_errors_fail_the_test() -> Iterator[None]:
    with logging_errors_fail_the_test():
        yield


@pytest.fixture
def expected_logs() -> ExpectedLogs:
    """What a test logs at WARNING or above on purpose: `expected_logs.expect(pattern)`."""
    return ExpectedLogs()


@pytest.fixture(autouse=True)
def _unexpected_logs_fail_the_test(expected_logs: ExpectedLogs) -> Iterator[None]:
    with unexpected_logs_fail_the_test(expected_logs):
        yield


@dataclass(frozen=True)
class Account:
    """A store in the shared sandbox that one test alone signs in as."""

    id: str
    name: str
    email: str
    password: str
    api_integration: bool


class _ThisTest:
    """The running test's request, so that `sign_in` can find the test's own store."""

    request: pytest.FixtureRequest | None = None


@pytest.fixture(autouse=True)
def _this_test(request: pytest.FixtureRequest) -> Iterator[None]:
    _ThisTest.request = request
    yield
    _ThisTest.request = None


@pytest.fixture(scope="session")
def shared_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def clock(shared_clock: FakeClock) -> FakeClock:
    """The shared sandbox's clock, at the real time when the test starts; the test moves it."""
    shared_clock.now = time.time()
    return shared_clock


@pytest.fixture(scope="session")
def shared_sandbox(shared_clock: FakeClock) -> Iterator[RunningSandbox]:
    """One sandbox for the whole run, with its own in-memory database and the hand-moved clock.

    Every test sends from 127.0.0.1, and many fail sign-ins on purpose, each for a store
    of its own: the limit per client address, across all emails, would soon refuse them
    all, so it is wide here (it is tested on sandboxes of its own); so is the limit of
    one-time links opened per address.
    """
    limits = SignInLimits(per_address=1_000_000)
    with start_sandbox(
        ":memory:",
        clock=shared_clock,
        sign_in_limits=limits,
        hand_off_opens_per_address=1_000_000,
    ) as running:
        yield running


@pytest.fixture
def sandbox(shared_sandbox: RunningSandbox, clock: FakeClock) -> Iterator[RunningSandbox]:
    """The shared sandbox, its clock at the real time and without latency.

    A test that signs in as a store of its own (`merchant`, `starter`, `sign_in(client)`,
    `demo`) sees nobody else's data. The seeded demo and starter stores (`DEMO_EMAIL`) are
    shared by every test that signs in with their emails.
    """
    shared_sandbox.latency.milliseconds = 0
    yield shared_sandbox
    shared_sandbox.latency.milliseconds = 0


_STORE_NUMBERS = itertools.count(1)


@functools.cache
def _password_hash(password: str) -> str:
    """One scrypt hash per password for the whole run (each takes ~40 ms, on purpose)."""
    return security.hash_password(password)


def new_store(
    sandbox: RunningSandbox,
    name: str,
    password: str,
    *,
    api_integration: bool = True,
    sample_tokens: bool = False,
) -> Account:
    """A store of its own in `sandbox`, under an email no other test uses."""
    made = sandbox.add_merchant(
        name,
        f"store-{next(_STORE_NUMBERS)}@example.com",
        _password_hash(password),
        api_integration=api_integration,
        sample_tokens=sample_tokens,
    )
    return Account(made.id, made.name, made.email, password, made.api_integration)


def unknown_email() -> str:
    """An email no store has, and no other test signs in with (so none of its limits)."""
    return f"nobody-{next(_STORE_NUMBERS)}@example.com"


@pytest.fixture
def merchant(sandbox: RunningSandbox) -> Account:
    """This test's own store, shaped like the demo: the add-on, its four tokens, its password."""
    return new_store(sandbox, DEMO_MERCHANT.name, DEMO_PASSWORD, sample_tokens=True)


@pytest.fixture
def starter(sandbox: RunningSandbox) -> Account:
    """This test's own store, shaped like the starter store: no add-on, no tokens."""
    return new_store(sandbox, STARTER_MERCHANT.name, STARTER_PASSWORD, api_integration=False)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """httpx's default TLS context, made once: it takes ~20 ms (the CA bundle) per client."""
    return httpx.create_ssl_context()


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, verify=_tls_context()) as client:
        yield client


def sign_in(client: httpx.Client, email: str | None = None, password: str | None = None) -> str:
    """Open a merchant session and return its token; by default as the test's own `merchant`."""
    if email is None and password is None:
        assert _ThisTest.request is not None, "sign_in without an email runs only in a test"
        account: Account = _ThisTest.request.getfixturevalue("merchant")
        email, password = account.email, account.password
    if email is None or password is None:
        raise TypeError("sign_in takes both an email and a password, or neither")
    response = client.post("/v1/sessions", json={"email": email, "password": password})
    assert response.status_code == 201, response.text
    return str(response.json()["session_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def developer_sign_in(
    client: httpx.Client, token: str, username: str, password: str
) -> httpx.Response:
    """POST /v1/api-sessions as a developer would: the token in the header, the rest in the body."""
    return client.post(
        "/v1/api-sessions",
        headers=bearer(token),
        json={"username": username, "password": password},
    )


@pytest.fixture
def demo(http: httpx.Client, merchant: Account) -> dict[str, str]:
    """Authorization headers of a session of the test's own store (shaped like the demo)."""
    return bearer(sign_in(http, merchant.email, merchant.password))


@pytest.fixture
def root_logging() -> Iterator[logging.Logger]:
    """The root logger, with whatever handlers a test adds removed and closed afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers, root.level = handlers, level


def api_session(client: httpx.Client, token: str, username: str, password: str) -> dict[str, str]:
    """Authorization headers of a developer's API session opened with this token."""
    response = developer_sign_in(client, token, username, password)
    assert response.status_code == 201, response.text
    return bearer(str(response.json()["api_session"]))
