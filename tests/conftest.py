"""Fixtures shared by all tests: an isolated app home and sandboxes on loopback."""

import gc
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.helpers.clock import FakeClock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (GuiThreadGarbageCollector): no collection in other threads.

    Otherwise a cycle holding a Qt object from an earlier test may be collected in a
    sandbox or worker thread, where Qt's destructor can deadlock with the GUI thread.
    """
    gc.disable()
    yield
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


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[RunningSandbox]:
    """A fresh sandbox with its own in-memory database and a hand-moved clock."""
    with start_sandbox(":memory:", clock=clock) as running:
        yield running


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url) as client:
        yield client


def sign_in(client: httpx.Client, email: str = DEMO_EMAIL, password: str = DEMO_PASSWORD) -> str:
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
def demo(http: httpx.Client) -> dict[str, str]:
    """Authorization headers of a signed-in Demo Store session."""
    return bearer(sign_in(http))


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
