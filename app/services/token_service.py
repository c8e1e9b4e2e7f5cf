"""The one object the windows talk to: sign in and out, list, create, revoke, check tokens."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.api.address import checked_base_url
from app.api.errors import ApiError, SessionExpiredError
from app.api.secret import Secret
from app.services.runner import BackgroundRunner
from app.storage.credentials import CredentialStore

if TYPE_CHECKING:
    from app.api.client import ShipturtleClient
    from app.api.models import AccessToken, CreatedToken, NewToken, Session
    from app.sandbox import RunningSandbox

log = logging.getLogger(__name__)

ClientFactory = Callable[[str], "ShipturtleClient"]


def default_client(base_url: str) -> ShipturtleClient:
    # httpx and TLS set-up load here, on the worker thread, not before the first window.
    from app.api.client import ShipturtleClient

    return ShipturtleClient(base_url)


# Operations that sign in: a 401 there is a wrong password, not a session that ended.
SIGN_IN_OPERATIONS = ("sign_in", "restore", "demo")


class TokenService(QObject):
    """Runs every API call through the background runner and reports back with signals.

    Signals:
        signed_in(Session): signed in, or a remembered session was restored.
        signed_out(): the session is gone, here and on the server when it could be reached.
        permissions_loaded(list[Permission]), tokens_loaded(list[AccessToken]),
        token_created(CreatedToken, str): the new token and the idempotency key it was
            created with, so the caller can tell which submission it answers.
        token_revoked(AccessToken), token_checked(list[AccessToken]): the store's tokens a
            pasted token may be.
        failed(str, ApiError): the operation's name and a typed error with a plain message.
        session_expired(): a call found the session dead; after the next sign-in the
            call that found it is repeated.
    """

    signed_in = Signal(object)
    signed_out = Signal()
    permissions_loaded = Signal(list)
    tokens_loaded = Signal(list)
    token_created = Signal(object, str)
    token_revoked = Signal(object)
    token_checked = Signal(list)
    failed = Signal(str, object)
    session_expired = Signal()

    def __init__(
        self,
        runner: BackgroundRunner,
        credentials: CredentialStore,
        client_factory: ClientFactory = default_client,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._credentials = credentials
        self._client_factory = client_factory
        self._client: ShipturtleClient | None = None
        self._profile: str | None = None
        self._repeat_after_sign_in: Callable[[], None] | None = None
        self._demo: RunningSandbox | None = None

    @property
    def keychain_problem(self) -> str | None:
        """A sentence for the merchant when sessions cannot be remembered on this computer."""
        return self._credentials.problem

    @property
    def base_url(self) -> str | None:
        return None if self._client is None else self._client.base_url

    def _call(
        self, operation: str, work: Callable[[], Any], on_success: Callable[[Any], None]
    ) -> None:
        def retry() -> None:
            self._call(operation, work, on_success)

        def on_error(error: ApiError) -> None:
            if isinstance(error, SessionExpiredError) and operation not in SIGN_IN_OPERATIONS:
                self._repeat_after_sign_in = retry
                self._forget_stored_session()
                self.session_expired.emit()
            self.failed.emit(operation, error)

        self._runner.run(work, on_success, on_error, context=self)

    def _connected(self) -> ShipturtleClient:
        if self._client is None:
            raise SessionExpiredError()
        return self._client

    # Session

    def sign_in(
        self, server_url: str, email: str, password: Secret, *, profile: str, remember: bool
    ) -> None:
        def work() -> Session:
            session = self._signed_in_client(server_url, email, password)
            if remember:
                self._credentials.save(profile, session.token)
            else:
                self._credentials.delete(profile)
            return session

        self._profile = profile
        self._call("sign_in", work, self._on_signed_in)

    def restore(self, server_url: str, profile: str) -> None:
        """Sign in with the session remembered in the keychain, if there is a live one."""

        def work() -> Session:
            from app.api.models import Session

            token = self._credentials.load(profile)
            if token is None:
                raise SessionExpiredError()
            client = self._client_for(server_url)
            client.session_token = token
            try:
                merchant = client.merchant()
            except SessionExpiredError:
                self._credentials.delete(profile)  # it will never work again
                self._discard(client)
                raise
            except BaseException:
                self._discard(client)
                raise
            self._replace_client(client)
            return Session(token, None, merchant)

        self._profile = profile
        self._call("restore", work, self._on_signed_in)

    # The helpers below run on the worker thread, the only thread that uses clients.

    def _client_for(self, server_url: str) -> ShipturtleClient:
        current = self._client
        if current is not None and current.base_url == checked_base_url(server_url):
            return current
        return self._client_factory(server_url)

    def _discard(self, client: ShipturtleClient) -> None:
        if client is not self._client:
            client.close()

    def _signed_in_client(self, server_url: str, email: str, password: Secret) -> Session:
        """Sign in on a client for `server_url` and make it the current one."""
        client = self._client_for(server_url)
        try:
            session = client.sign_in(email, password)
        except BaseException:
            self._discard(client)
            raise
        self._replace_client(client)
        return session

    def start_demo(self, database: Path) -> None:
        """Start the local sandbox (once) and sign in to its demo store."""

        def work() -> Session:
            # Imported here, on the worker thread, so the window never waits for FastAPI.
            from app.sandbox import DEMO_PORT, start_sandbox
            from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD

            if self._demo is None:
                self._demo = start_sandbox(database, port=DEMO_PORT, any_port_if_taken=True)
            return self._signed_in_client(self._demo.url, DEMO_EMAIL, Secret(DEMO_PASSWORD))

        self._profile = None
        self._call("demo", work, self._on_signed_in)

    @property
    def demo_url(self) -> str | None:
        return None if self._demo is None else self._demo.url

    @property
    def demo(self) -> RunningSandbox | None:
        """The local demo server, once started (tests slow it down through it)."""
        return self._demo

    def _replace_client(self, client: ShipturtleClient) -> None:
        if self._client is not None and self._client is not client:
            self._client.close()
        self._client = client

    def _on_signed_in(self, session: Session) -> None:
        self.signed_in.emit(session)
        repeat, self._repeat_after_sign_in = self._repeat_after_sign_in, None
        if repeat is not None:
            repeat()

    def sign_out(self) -> None:
        profile = self._profile

        def work() -> None:
            try:
                if self._client is not None:
                    self._client.sign_out()
            finally:
                if profile is not None:
                    self._credentials.delete(profile)

        self._repeat_after_sign_in = None
        self._runner.run(work, lambda _: self.signed_out.emit(), self._on_sign_out_error, self)

    def _on_sign_out_error(self, error: ApiError) -> None:
        # Signed out here all the same; the server's session will expire on its own.
        log.info("Sign-out could not reach the server: %s", error.code)
        self.signed_out.emit()

    def _forget_stored_session(self) -> None:
        profile = self._profile
        if profile is not None:
            self._runner.run(lambda: self._credentials.delete(profile), _ignore, _ignore, self)

    # Tokens

    def load_permissions(self) -> None:
        self._call(
            "permissions", lambda: self._connected().permissions(), self.permissions_loaded.emit
        )

    def load_tokens(self, status: str = "all") -> None:
        self._call(
            "load_tokens", lambda: self._connected().list_tokens(status), self.tokens_loaded.emit
        )

    def create_token(self, new_token: NewToken, idempotency_key: str) -> None:
        """Create a token; a retry of the same submission must pass the same key."""

        def work() -> CreatedToken:
            return self._connected().create_token(new_token, idempotency_key)

        self._call(
            "create", work, lambda created: self.token_created.emit(created, idempotency_key)
        )

    def revoke_token(self, token_id: str) -> None:
        def work() -> AccessToken:
            client = self._connected()
            client.revoke_token(token_id)
            return client.get_token(token_id)

        self._call("revoke", work, self.token_revoked.emit)

    def check_token(self, token: Secret) -> None:
        """Find which of this store's tokens a pasted token may be (see `tokens_like`)."""
        self._call("check", lambda: self._connected().tokens_like(token), self.token_checked.emit)

    def shutdown(self) -> None:
        """Stop background work; call before the application quits."""
        self._runner.stop()
        if self._client is not None:
            self._client.close()  # also ends a request in flight, so quitting never hangs
        self._runner.shutdown()
        if self._demo is not None:
            self._demo.stop()
            self._demo = None


def _ignore(_: object) -> None:
    pass
