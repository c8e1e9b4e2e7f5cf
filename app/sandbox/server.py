"""Starting and stopping the sandbox: in a background thread for the app and tests.

Importing this module is cheap: FastAPI and uvicorn load when a sandbox is built, while
another thread opens the database and seeds a new one, whose password hashing (scrypt)
releases the GIL: on a machine with a second core the two overlap.
"""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.api.address import is_loopback
from app.sandbox import security
from app.sandbox.database import Database
from app.sandbox.records import Merchant
from app.sandbox.seed import add_sample_tokens, seed_if_empty
from app.sandbox.storage import StorageUnavailableError, at_start, folder_not_made
from app.storage.private import private_folder

if TYPE_CHECKING:
    import uvicorn
    from fastapi import FastAPI
    from starlette.types import ASGIApp

    from app.sandbox.features import Features
    from app.sandbox.guards import SignInLimits
    from app.sandbox.routes import Latency
    from app.sandbox.service import SandboxService

Clock = Callable[[], float]
LOOPBACK = "127.0.0.1"
# The app's demo listens here when it can, so the address in a developer message stays the
# same from one run to the next (`make sandbox` keeps 8765 for itself).
DEMO_PORT = 8766
_START_TIMEOUT_SECONDS = 15


@dataclass
class Sandbox:
    """A sandbox application and the state behind it, not yet serving."""

    app: FastAPI
    database: Database
    latency: Latency
    service: SandboxService


def build_sandbox(
    db: str | Path = ":memory:",
    *,
    latency_ms: int = 0,
    clock: Clock = time.time,
    limit_window_seconds: int = 60,
    sign_in_limits: SignInLimits | None = None,
    host: str = LOOPBACK,
    features: Features | None = None,
    hand_off_opens_per_address: int = 30,
) -> Sandbox:
    """Open (and seed, when new) the database and build the application on it.

    `limit_window_seconds` is the window of the sign-in rate limits; the limiter reads the
    system clock itself, so tests that cross a window pass a short one. `sign_in_limits`
    are the merchant sign-in limits within it (by default `SignInLimits()`), and
    `hand_off_opens_per_address` how many one-time links one address may try to open in
    it. `features`: the optional parts of the contract it offers (by default, all).
    """
    if str(db) != ":memory:":
        try:
            private_folder(Path(db).parent)
        except OSError as error:
            raise folder_not_made(str(db), error) from error
    with ThreadPoolExecutor(1, thread_name_prefix="shipturtle-sandbox-open") as pool:
        opened = pool.submit(_opened_database, str(db), clock)
        try:
            from app.sandbox.developer import DeveloperService
            from app.sandbox.guards import (
                AttemptLimiter,
                CallLimiter,
                SignInGuard,
                SignInLimits,
            )
            from app.sandbox.hand_offs import HandOffService
            from app.sandbox.routes import Latency, create_app
            from app.sandbox.service import SandboxService
        except BaseException:
            with contextlib.suppress(Exception):
                opened.result().close()
            raise
        database = opened.result()  # raises what opening or seeding raised
    window = limit_window_seconds
    try:
        guard = SignInGuard(sign_in_limits or SignInLimits(), window)
        service = SandboxService(database, guard)
        developer = DeveloperService(database, AttemptLimiter(window_seconds=window))
        latency = Latency(latency_ms)
        app = create_app(
            service,
            developer,
            HandOffService(
                database, opens_per_address=CallLimiter(hand_off_opens_per_address, window)
            ),
            latency,
            loopback_only=is_loopback(host),
            features=features,
        )
    except BaseException:
        database.close()
        raise
    return Sandbox(app, database, latency, service)


def _opened_database(db: str, clock: Clock) -> Database:
    """Open the database and seed it when it is new (two scrypt hashes, off the GIL)."""
    database = Database(db, clock)
    try:
        with database.transaction() as store:
            seed_if_empty(store)
            store.replays.sweep()  # what outlived its window while the sandbox was stopped
            store.hand_offs.sweep()
    except StorageUnavailableError as fault:
        database.close()
        raise at_start(db, fault.error) from fault
    except sqlite3.DatabaseError as error:  # damaged where only reading the data shows it
        database.close()
        raise at_start(db, error) from error
    except BaseException:
        database.close()
        raise
    return database


class RunningSandbox:
    """A sandbox serving HTTP on loopback from a background thread until `stop()`."""

    def __init__(self, sandbox: Sandbox, server: uvicorn.Server, thread: threading.Thread):
        self._sandbox = sandbox
        self._server = server
        self._thread = thread

    @property
    def url(self) -> str:
        host, port = self._server.servers[0].sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def latency(self) -> Latency:
        """Change `latency.milliseconds` to make the running server slow or fast."""
        return self._sandbox.latency

    @property
    def database(self) -> Database:
        return self._sandbox.database

    def open_session(self, email: str) -> dict[str, Any]:
        """Open a merchant session without the merchant's password, as `POST /v1/sessions`
        answers it (session_token, expires_at, merchant).

        Only for the process that runs this sandbox and owns its database (the app's demo,
        tests): it could read or write that database anyway, so asking it for a password
        it holds in its own source protects nothing and costs a scrypt verification. Over
        HTTP, every sign-in still needs the password.
        """
        return self._sandbox.service.open_session(email)

    def add_merchant(
        self,
        name: str,
        email: str,
        password_hash: str,
        *,
        api_integration: bool = True,
        sample_tokens: bool = False,
    ) -> Merchant:
        """Add a store that signs in with this email, and return it.

        For integration tests: each test can sign in as a store of its own, so many tests
        share one running sandbox without seeing each other's tokens, sessions, idempotency
        keys or sign-in limits. `password_hash` is `security.hash_password(password)`: scrypt
        takes tens of milliseconds on purpose, so a suite that makes a store per test hashes
        its password once. `api_integration` is the add-on (without it, creating a token is
        refused with `plan_required`); `sample_tokens` gives the store the demo store's four
        tokens. An email that is taken already raises `ValueError`.
        """
        merchant = Merchant(
            security.new_public_id("m"), name, email.strip().lower(), api_integration
        )
        try:
            with self.database.transaction() as store:
                store.add_merchant(merchant, password_hash)
                if sample_tokens:
                    add_sample_tokens(store, merchant.id)
        except sqlite3.IntegrityError as error:
            raise ValueError(f"A store with the email {merchant.email} exists already.") from error
        return merchant

    def stop(self) -> None:
        """Stop serving and close the database; safe to call more than once."""
        if self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join(timeout=_START_TIMEOUT_SECONDS)
            self._sandbox.database.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *_exc_info: object) -> None:
        self.stop()


def server_config(
    app: ASGIApp, host: str, port: int, *, forwarded_allow_ips: str | None = None
) -> uvicorn.Config:
    """How uvicorn serves the sandbox, from the command line and in a thread alike.

    X-Forwarded-For is believed only from proxies the operator names: uvicorn's default
    believes any caller on loopback, so one header set a token's activity "from where".
    The access log is the sandbox's own (`AccessLog`), which keeps no query strings.
    """
    import uvicorn

    from app.sandbox.protocol import JsonErrorsH11Protocol

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=JsonErrorsH11Protocol,
        log_config=None,
        access_log=False,
        lifespan="off",
        proxy_headers=forwarded_allow_ips is not None,
        forwarded_allow_ips=forwarded_allow_ips,
    )


def _bound_socket(host: str, port: int, *, any_port_if_taken: bool) -> socket.socket:
    """Bind (never connect) to find out whether a port is free; fall back to any free one."""
    try:
        return _listening_socket(host, port)
    except OSError:
        if not any_port_if_taken or port == 0:
            raise
        return _listening_socket(host, 0)


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP stated, not left 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets
    # that say they are TCP, and without that every small answer waits ~40 ms for an ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if sys.platform != "win32":
            # Lets a restarted app take its port back from connections in TIME_WAIT; on
            # Windows the same option would let two servers share a port, so it is left off.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        # At once: with SO_REUSEADDR, two apps starting together can both bind a port that
        # nobody listens on yet, and the second to listen would fail inside uvicorn.
        sock.listen()
    except OSError:
        sock.close()
        raise
    return sock


def start_sandbox(
    db: str | Path = ":memory:",
    *,
    latency_ms: int = 0,
    clock: Clock = time.time,
    host: str = LOOPBACK,
    port: int = 0,
    any_port_if_taken: bool = False,
    limit_window_seconds: int = 60,
    sign_in_limits: SignInLimits | None = None,
    forwarded_allow_ips: str | None = None,
    features: Features | None = None,
    hand_off_opens_per_address: int = 30,
) -> RunningSandbox:
    """Start the sandbox in a background thread and wait for it.

    Port 0 picks a free port; with `any_port_if_taken`, a port that cannot be bound gives
    way to a free one instead of failing. `forwarded_allow_ips` names the proxies (comma-
    separated addresses) whose X-Forwarded-For is believed: none by default.
    """
    sandbox = build_sandbox(
        db,
        latency_ms=latency_ms,
        clock=clock,
        limit_window_seconds=limit_window_seconds,
        sign_in_limits=sign_in_limits,
        host=host,
        features=features,
        hand_off_opens_per_address=hand_off_opens_per_address,
    )
    try:
        sock = _bound_socket(host, port, any_port_if_taken=any_port_if_taken)
    except OSError as error:
        sandbox.database.close()
        raise RuntimeError(f"The local sandbox could not start on {host}:{port}.") from error
    import uvicorn  # loaded by build_sandbox already

    config = server_config(sandbox.app, host, port, forwarded_allow_ips=forwarded_allow_ips)
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="shipturtle-sandbox", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sandbox.database.close()
            sock.close()
            raise RuntimeError(f"The local sandbox could not start on {host}:{port}.")
        time.sleep(0.005)
    return RunningSandbox(sandbox, server, thread)
