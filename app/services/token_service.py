"""The one object the windows talk to: sign in and out, list, create, revoke, check tokens."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from app.api.address import checked_base_url
from app.api.capabilities import HAND_OFFS, Capabilities
from app.api.errors import ApiError, SessionExpiredError
from app.api.secret import Secret
from app.api.unset import UNSET, Unset
from app.services.runner import BackgroundRunner
from app.services.token_changes import TokenChanges, token_changes
from app.storage.credentials import CredentialStore

if TYPE_CHECKING:
    from datetime import datetime

    from app.api.backend import TokenBackend
    from app.api.hand_off_calls import HandOffReceipt, SentHandOff
    from app.api.models import (
        AccessToken,
        Activity,
        CreatedToken,
        NewToken,
        Permission,
        Session,
        TokenMatch,
        TokensNow,
    )
    from app.sandbox import RunningSandbox

log = logging.getLogger(__name__)

REMEMBERED_SESSION_ENDED = (
    "Your remembered session has ended on the Shipturtle server. Sign in again to continue."
)

T = TypeVar("T")
OnSuccess = Callable[[T], None]
OnFailure = Callable[[ApiError], None]
ClientFactory = Callable[[str], "TokenBackend"]
DemoStarter = Callable[[], "RunningSandbox"]


def default_client(base_url: str) -> TokenBackend:
    # httpx and TLS set-up load here, on the worker thread, not before the first window.
    from app.api.client import ShipturtleClient

    return ShipturtleClient(base_url)


def local_demo(database: Path) -> DemoStarter:
    """Starts the demo store on its usual port (or any free one) with this database."""

    def start() -> RunningSandbox:
        # Imported here, on the worker thread, so the window never waits for FastAPI.
        from app.sandbox import DEMO_PORT, start_sandbox
        from app.sandbox.storage import StorageError

        try:
            return start_sandbox(database, port=DEMO_PORT, any_port_if_taken=True)
        except StorageError as error:
            # Its one sentence names the file and what to do; anything else is a bug.
            detail = str(error)  # which file, what is wrong, what to do: in English
            raise ApiError(detail, reason="demo_storage", params={"detail": detail}) from error

    return start


class NothingRememberedError(SessionExpiredError):
    """No session is remembered for this profile: signed out, or removed from the keychain."""

    reason = "nothing_remembered"
    default_message = "Sign in to continue."


@dataclass(frozen=True)
class _Connection:
    """A signed-in client on its way to the GUI thread, which makes it the current one."""

    client: TokenBackend
    session: Session
    offers: Capabilities
    new_client: bool
    new_demo: RunningSandbox | None = None
    keychain_problem: str | None = None  # why this sign-in could not be remembered

    def close(self) -> None:
        """Release what this connection started, when nobody is left to receive it."""
        if self.new_client:
            self.client.close()
        if self.new_demo is not None:
            self.new_demo.stop()


class TokenService(QObject):
    """Runs every API call in the background; each call names its own success and failure.

    Handlers run on the GUI thread. Calls that need a session never report an ended
    session to their failure handler: the service emits `session_expired` instead, and
    repeats the call after the next sign-in. Sign-in calls report every failure.

    Signals:
        session_expired(): a call found the session dead; sign in again to go on.
    """

    session_expired = Signal()

    def __init__(
        self,
        runner: BackgroundRunner,
        credentials: CredentialStore,
        client_factory: ClientFactory = default_client,
        demo_starter: DemoStarter | None = None,
        parent: QObject | None = None,
        refresh_runner: BackgroundRunner | None = None,
    ) -> None:
        """`runner` is the action lane: every write, the keychain and the session, one at a
        time; `refresh_runner` a lane of its own for reading the list again."""
        super().__init__(parent)
        self._runner = runner
        self._refresh_runner = refresh_runner or BackgroundRunner(self)
        self._tokens_etag: str | None = None  # the collection's tag, as last read
        self._actions_done = 0  # a refresh begun before the last action's answer is stale
        self._credentials = credentials
        self._client_factory = client_factory
        self._demo_starter = demo_starter
        self._current_client: TokenBackend | None = None
        self._demo_store: RunningSandbox | None = None
        self._profile: str | None = None
        self._offers = Capabilities.seed()
        self._keychain_problem: str | None = None
        self._repeat_after_sign_in: list[Callable[[], None]] = []
        self._creating: set[str] = set()
        self._abandoned: set[str] = set()

    # The client and the demo store are written on the GUI thread only, by success
    # handlers; work functions get them as arguments and hand new ones back.

    @property
    def _client(self) -> TokenBackend | None:
        return self._current_client

    @_client.setter
    def _client(self, client: TokenBackend | None) -> None:
        self._check_gui_thread()
        self._current_client = client

    @property
    def _demo(self) -> RunningSandbox | None:
        return self._demo_store

    @_demo.setter
    def _demo(self, demo: RunningSandbox | None) -> None:
        self._check_gui_thread()
        self._demo_store = demo

    def _check_gui_thread(self) -> None:
        if QThread.currentThread() != self.thread():
            raise RuntimeError("The token service's state changes on the GUI thread only")

    @property
    def keychain_problem(self) -> str | None:
        """A sentence for the merchant when the last sign-in could not be remembered (read
        by the sign-in's work, where the keychain is written, and brought here with it)."""
        return self._keychain_problem

    def check_keychain(self, *, on_done: Callable[[str | None], None]) -> None:
        """Find out, in the background where the keychain's libraries load, whether sessions
        can be remembered here; `on_done` gets the sentence saying why not, or None."""
        credentials = self._credentials

        def work() -> str | None:
            return None if credentials.persistent else credentials.problem

        self._runner.run(work, on_done, _ignore, context=self)

    def describe_keychain(self, *, on_done: Callable[[str], None]) -> None:
        """Name the keychain sessions are kept in (found on the worker thread: it may be slow)."""
        credentials = self._credentials
        self._runner.run(
            lambda: credentials.backend_name, on_done, lambda _: on_done("unknown"), self
        )

    @property
    def offers(self) -> Capabilities:
        """What the server signed in to offers beyond the seed's part (asked at each
        sign-in); the seed's part alone before any."""
        return self._offers

    @property
    def base_url(self) -> str | None:
        return None if self._client is None else self._client.base_url

    @property
    def in_demo(self) -> bool:
        """Whether the current session is with the local demo store."""
        return self._demo is not None and self.base_url == self._demo.url

    # Running calls

    def _signed_in_call(
        self,
        work: Callable[[TokenBackend], T],
        on_success: OnSuccess[T],
        on_failure: OnFailure,
    ) -> None:
        """Run `work` with the current client; an ended session waits for a new sign-in."""
        client = self._client

        def run() -> T:
            if client is None:
                raise SessionExpiredError()
            return work(client)

        def succeeded(value: T) -> None:
            self._actions_done += 1
            on_success(value)

        def failed(error: ApiError) -> None:
            if not isinstance(error, SessionExpiredError):
                on_failure(error)
                return
            self._repeat_after_sign_in.append(
                lambda: self._signed_in_call(work, on_success, on_failure)
            )
            self._forget_stored_session()
            self.session_expired.emit()

        self._runner.run(run, succeeded, failed, context=self)

    def refresh_tokens(
        self,
        known: Sequence[AccessToken],
        *,
        on_success: OnSuccess[TokenChanges | None],
        on_failure: OnFailure,
    ) -> bool:
        """Read the list again on the refresh lane, and work out there how it differs from
        `known` (the list on screen): None when nothing changed (one cheap conditional
        question, where the server offers it). It never asks for a sign-in (an ended session
        is the next action's to find), and an answer begun before an action's answer came
        is dropped: that action already put its change in the list. False when there is
        nobody signed in to ask for (neither handler runs then)."""
        client, etag, actions = self._client, self._tokens_etag, self._actions_done
        if client is None:
            return False
        known = tuple(known)  # this moment's list, whatever the window does meanwhile

        links = self._offers.offers(HAND_OFFS)

        def read() -> tuple[str | None, TokenChanges | None]:
            now = client.tokens_since(etag)
            if now.tokens is None:
                return now.etag, None
            changes = token_changes(known, now.tokens)
            if links:  # the collection changed: perhaps a receipt did
                changes = dataclasses.replace(changes, receipts=_receipts(client))
            return now.etag, changes

        def read_done(answer: tuple[str | None, TokenChanges | None]) -> None:
            if client is not self._client or actions != self._actions_done:
                on_success(None)  # stale: nothing to show, ask again later
                return
            self._tokens_etag, changes = answer
            on_success(changes)

        self._refresh_runner.run(read, read_done, on_failure, context=self)
        return True

    def _sign_in_call(
        self,
        work: Callable[[], _Connection],
        on_success: OnSuccess[Session],
        on_failure: OnFailure,
    ) -> None:
        """Run a sign-in; its failures, a 401 included, belong to its caller."""

        def connected(connection: _Connection) -> None:
            self._use(connection)
            on_success(connection.session)
            waiting, self._repeat_after_sign_in = self._repeat_after_sign_in, []
            for repeat in waiting:
                repeat()

        self._runner.run(work, connected, on_failure, context=self)

    def _use(self, connection: _Connection) -> None:
        if connection.new_demo is not None:
            if self._demo is not None:  # two starts raced; keep the first server
                connection.new_demo.stop()
            else:
                self._demo = connection.new_demo
        old, self._client = self._client, connection.client
        self._offers = connection.offers
        self._keychain_problem = connection.keychain_problem
        if old is not None and old is not connection.client:
            # Closed in turn, after any call already queued with it.
            self._runner.run(old.close, _ignore, _ignore)

    # Session

    def sign_in(
        self,
        server_url: str,
        email: str,
        password: Secret,
        *,
        profile: str,
        remember: bool,
        remembered_before: bool = True,
        on_success: OnSuccess[Session],
        on_failure: OnFailure,
    ) -> None:
        """Sign in; `remember` keeps the session in the keychain. Without it, a session
        `remembered_before` for this profile is deleted there; when nothing was, the keychain
        is not touched at all (on GNOME, touching it may ask to create a keyring)."""
        current, credentials = self._client, self._credentials

        def work() -> _Connection:
            connection = _connect(current, self._client_factory, server_url, email, password)
            if remember:
                credentials.save(profile, connection.session.token)
                return dataclasses.replace(connection, keychain_problem=credentials.problem)
            if remembered_before:
                credentials.delete(profile)
            return connection

        self._profile = profile
        self._sign_in_call(work, on_success, on_failure)

    def restore(
        self,
        server_url: str,
        profile: str,
        *,
        on_success: OnSuccess[Session],
        on_failure: OnFailure,
    ) -> None:
        """Sign in with the session remembered in the keychain, if there is a live one.

        Fails with `NothingRememberedError`, `SessionExpiredError` (it ended on the server
        and is forgotten), a keychain error (`KeychainLockedError`, `NoKeychainError`...) or
        a network error; the last two keep the remembered session for a retry.
        """
        current, credentials, factory = self._client, self._credentials, self._client_factory

        def work() -> _Connection:
            token = credentials.load(profile)  # raises why the keychain cannot be read
            if token is None:
                raise NothingRememberedError()
            try:
                return _resume(current, factory, server_url, token)
            except SessionExpiredError as ended:
                credentials.delete(profile)  # it will never work again
                raise SessionExpiredError(
                    REMEMBERED_SESSION_ENDED, reason="remembered_session_ended"
                ) from ended

        self._profile = profile
        self._sign_in_call(work, on_success, on_failure)

    def start_demo(self, *, on_success: OnSuccess[Session], on_failure: OnFailure) -> None:
        """Start the local demo store (once) and sign in to it."""
        current, running, start = self._client, self._demo, self._demo_starter
        if start is None:
            raise RuntimeError("This service was built without a demo store")

        def work() -> _Connection:
            from app.sandbox.seed import DEMO_EMAIL

            started = start() if running is None else None
            demo = running or started
            assert demo is not None
            try:
                # This process owns the demo store: a session without the demo password's
                # scrypt check, still proven over HTTP by reading the merchant with it.
                opened = Secret(str(demo.open_session(DEMO_EMAIL)["session_token"]))
                connection = _resume(current, self._client_factory, demo.url, opened)
            except BaseException:
                if started is not None:
                    started.stop()
                raise
            return dataclasses.replace(connection, new_demo=started)

        self._profile = None
        self._sign_in_call(work, on_success, on_failure)

    def sign_out(self, *, on_done: Callable[[bool], None]) -> None:
        """Sign out here, and on the server when it can be reached; `on_done` runs either
        way, told whether the keychain could forget the session (False: try again later)."""
        profile, client, credentials = self._profile, self._client, self._credentials

        def work() -> bool:
            try:
                if client is not None:
                    client.sign_out()
            except ApiError as error:
                # Signed out here all the same; the server's session will expire on its own.
                log.info("Sign-out could not reach the server: %s", error.code)
            return credentials.delete(profile) if profile is not None else True

        self._repeat_after_sign_in = []
        self._runner.run(work, on_done, lambda _error: on_done(False), context=self)

    def forget_session(
        self, profile: str, *, on_done: Callable[[bool], None] = lambda _forgotten: None
    ) -> None:
        """Remove the session this profile remembers from the keychain (in the background);
        `on_done` is told whether it could be."""
        credentials = self._credentials
        self._runner.run(
            lambda: credentials.delete(profile), on_done, lambda _: on_done(False), self
        )

    def end_remembered_session(
        self, server_url: str, profile: str, *, on_done: Callable[[bool], None]
    ) -> None:
        """End the session a profile remembers, on the server (if it answers) and in the
        keychain; `on_done` is told whether the keychain could forget it."""
        credentials, factory = self._credentials, self._client_factory

        def work() -> bool:
            try:
                token = credentials.load(profile)
            except ApiError:
                return False  # locked or unreadable: it may still be there
            if token is not None:
                _end_on_server(factory, server_url, token)
            return credentials.delete(profile)

        self._runner.run(work, on_done, lambda _error: on_done(False), self)

    def _forget_stored_session(self) -> None:
        if self._profile is not None:
            self.forget_session(self._profile)

    # Tokens

    def load_permissions(
        self, *, on_success: OnSuccess[list[Permission]], on_failure: OnFailure
    ) -> None:
        self._signed_in_call(lambda client: client.permissions(), on_success, on_failure)

    def load_tokens(
        self, *, on_success: OnSuccess[list[AccessToken]], on_failure: OnFailure
    ) -> None:
        def loaded(now: TokensNow) -> None:
            self._tokens_etag = now.etag  # what the refreshes ask about from now on
            on_success(list(now.tokens or ()))

        self._signed_in_call(lambda client: client.tokens_since(None), loaded, on_failure)

    def create_token(
        self,
        new_token: NewToken,
        idempotency_key: str,
        *,
        on_success: OnSuccess[CreatedToken],
        on_failure: OnFailure,
    ) -> None:
        """Create a token; a retry of the same submission must pass the same key.

        After `cancel_create(idempotency_key)`, neither handler runs: a token that still
        arrives is revoked, since nobody is left to hand it over.
        """

        def created(token: CreatedToken) -> None:
            self._creating.discard(idempotency_key)
            if idempotency_key in self._abandoned:
                self._abandoned.discard(idempotency_key)
                self.revoke_unclaimed(token.access_token)
            else:
                on_success(token)

        def failed(error: ApiError) -> None:
            self._creating.discard(idempotency_key)
            if idempotency_key not in self._abandoned:
                on_failure(error)
            self._abandoned.discard(idempotency_key)

        self._creating.add(idempotency_key)
        self._signed_in_call(
            lambda client: client.create_token(new_token, idempotency_key), created, failed
        )

    def cancel_create(self, idempotency_key: str) -> None:
        """The merchant gave up on this submission: whatever it creates is revoked."""
        if idempotency_key in self._creating:
            self._abandoned.add(idempotency_key)

    def revoke_unclaimed(self, token: AccessToken) -> None:
        """Revoke a new token nobody can hand over, rather than leave it active and unseen."""
        log.info("Revoking a token whose creation was cancelled")

        def failed(error: ApiError) -> None:
            log.warning("Could not revoke a cancelled token: %s", error.code)

        self.revoke_token(token.id, on_success=_ignore, on_failure=failed)

    def revoke_token(
        self, token_id: str, *, on_success: OnSuccess[AccessToken], on_failure: OnFailure
    ) -> None:
        def work(client: TokenBackend) -> AccessToken:
            client.revoke_token(token_id)
            return client.get_token(token_id)

        self._signed_in_call(work, on_success, on_failure)

    def check_token(
        self, token: Secret, *, on_success: OnSuccess[TokenMatch], on_failure: OnFailure
    ) -> None:
        """Find which of this store's tokens a pasted token is (current or previous secret)."""
        checked = self._offers.checked_token_format

        def work(client: TokenBackend) -> TokenMatch:
            return client.lookup_token(token, checked_format=checked)

        self._signed_in_call(work, on_success, on_failure)

    def update_token(
        self,
        token_id: str,
        *,
        note: str | Unset | None = UNSET,
        expires_at: datetime | Unset | None = UNSET,
        on_success: OnSuccess[AccessToken],
        on_failure: OnFailure,
    ) -> None:
        """Change a live token's note or expiry; anything not given stays as it is."""

        def work(client: TokenBackend) -> AccessToken:
            return client.update_token(token_id, note=note, expires_at=expires_at)

        self._signed_in_call(work, on_success, on_failure)

    def rotate_token(
        self,
        token_id: str,
        overlap_hours: int,
        idempotency_key: str,
        *,
        on_success: OnSuccess[CreatedToken],
        on_failure: OnFailure,
    ) -> None:
        """Give the token a new secret; the old one keeps working for `overlap_hours`."""

        def work(client: TokenBackend) -> CreatedToken:
            return client.rotate_token(token_id, overlap_hours, idempotency_key)

        self._signed_in_call(work, on_success, on_failure)

    def stop_previous_secret(
        self, token_id: str, *, on_success: OnSuccess[AccessToken], on_failure: OnFailure
    ) -> None:
        """End a rotation's overlap now: the old secret stops working at once."""

        def work(client: TokenBackend) -> AccessToken:
            client.stop_previous_secret(token_id)
            return client.get_token(token_id)

        self._signed_in_call(work, on_success, on_failure)

    def load_activity(
        self, token_id: str, *, on_success: OnSuccess[Activity], on_failure: OnFailure
    ) -> None:
        self._signed_in_call(lambda client: client.activity(token_id, 30), on_success, on_failure)

    def refresh_activity(
        self,
        token_id: str,
        etag: str | None,
        *,
        on_success: OnSuccess[tuple[Activity | None, str | None]],
        on_failure: OnFailure,
    ) -> None:
        """Read a token's activity again on the refresh lane (None when it did not change
        since `etag`); it never asks for a sign-in."""
        client = self._client
        if client is not None:
            work = functools.partial(client.activity_since, token_id, etag)
            self._refresh_runner.run(work, on_success, on_failure, context=self)

    # One-time links

    def send_hand_off(
        self,
        created: CreatedToken,
        contents: Mapping[str, Any],
        expires_in_hours: int,
        idempotency_key: str,
        *,
        on_success: OnSuccess[SentHandOff],
        on_failure: OnFailure,
    ) -> None:
        """Seal `contents` (the new secret inside) into a one-time link for its developer."""
        token = created.access_token

        def work(client: TokenBackend) -> SentHandOff:
            return client.hand_offs.send(
                token.id, token.token_hint, contents, expires_in_hours, idempotency_key
            )

        self._signed_in_call(work, on_success, on_failure)

    def load_hand_offs(
        self,
        token_id: str | None,
        *,
        on_success: OnSuccess[list[HandOffReceipt]],
        on_failure: OnFailure,
    ) -> None:
        """The receipts of the last 30 days, newest first (one token's, or all)."""
        self._signed_in_call(
            lambda client: client.hand_offs.receipts(token_id), on_success, on_failure
        )

    def withdraw_hand_off(
        self,
        receipt: HandOffReceipt,
        *,
        on_success: OnSuccess[list[HandOffReceipt]],
        on_failure: OnFailure,
    ) -> None:
        """Stop a waiting link; the answer is the token's receipts as they are now."""

        def work(client: TokenBackend) -> list[HandOffReceipt]:
            client.hand_offs.withdraw(receipt.id)
            return client.hand_offs.receipts(receipt.access_token_id)

        self._signed_in_call(work, on_success, on_failure)

    def shutdown(self) -> None:
        """Stop background work; call before the application quits."""
        self._refresh_runner.stop()
        self._runner.stop()
        if self._client is not None:
            self._client.close()  # also ends a request in flight, so quitting never hangs
        self._runner.shutdown()
        self._refresh_runner.shutdown()
        if self._demo is not None:
            self._demo.stop()
            self._demo = None


# Work for the worker thread: it builds clients and hands them back, never storing them.


def _client_for(
    current: TokenBackend | None, factory: ClientFactory, server_url: str
) -> tuple[TokenBackend, bool]:
    if current is not None and current.base_url == checked_base_url(server_url):
        return current, False
    return factory(server_url), True


def _connect(
    current: TokenBackend | None,
    factory: ClientFactory,
    server_url: str,
    email: str,
    password: Secret,
) -> _Connection:
    client, new = _client_for(current, factory, server_url)
    try:
        session = client.sign_in(email, password)
        return _Connection(client, session, client.capabilities(), new)
    except BaseException:
        if new:
            client.close()
        raise


def _resume(
    current: TokenBackend | None, factory: ClientFactory, server_url: str, token: Secret
) -> _Connection:
    client, new = _client_for(current, factory, server_url)
    try:
        session = client.resume(token)
        return _Connection(client, session, client.capabilities(), new)
    except BaseException:
        if new:
            client.close()
        raise


def _ignore(_: Any = None) -> None:
    pass


def _end_on_server(factory: ClientFactory, server_url: str, token: Secret) -> None:
    """Sign a remembered session out on its server; one already ended or a server that
    does not answer is left as it is (it expires there by itself)."""
    try:
        backend = factory(server_url)
    except ApiError:
        return
    try:
        backend.resume(token)
        backend.sign_out()
    except ApiError as error:
        log.info("A removed profile's session was not ended on the server: %s", error.code)
    finally:
        backend.close()


def _receipts(client: TokenBackend) -> tuple[HandOffReceipt, ...] | None:
    """The receipts, or None when they could not be read: the list's refresh goes on."""
    try:
        return tuple(client.hand_offs.receipts())
    except ApiError as error:
        log.info("The one-time links could not be read: %s", type(error).__name__)
        return None
