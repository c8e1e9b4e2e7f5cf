"""`--self-test`: the bundled sandbox, a sign-in, a token made, handed off, used, revoked.

Everything is written under a temporary data folder that is removed afterwards. The result
is one line on standard output (and the exit code): what passed, or what failed and why.
"""

import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.api.client import ShipturtleClient
    from app.api.models import CreatedToken

SELF_TEST_PASSWORD = "round-trip-passphrase-7"  # noqa: S105 (a throwaway, for a sandbox)


# keyring's backends when it found no keychain (fail) or was told to use none (null).
NO_KEYCHAIN = {"fail", "null"}


class SelfTestFailedError(Exception):
    pass


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailedError(reason)


def _round_trip(home: Path) -> str:
    from app.api.client import ShipturtleClient, new_idempotency_key
    from app.api.errors import InvalidCredentialsError, InvalidTokenError, PermissionDeniedError
    from app.api.models import NewToken, TokenStatus
    from app.api.secret import Secret
    from app.sandbox import start_sandbox
    from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD

    database = home / "data" / "self-test.sqlite3"
    with start_sandbox(database) as sandbox, ShipturtleClient(sandbox.url) as client:
        client.sign_in(DEMO_EMAIL, Secret(DEMO_PASSWORD))
        request = NewToken("self-test", Secret(SELF_TEST_PASSWORD), ("orders",))
        created = client.create_token(request, new_idempotency_key())
        _expect(
            InvalidCredentialsError,
            lambda: client.developer_sign_in(created.token, "self-test", Secret("wrong")),
            "401",
        )
        _hand_off_round_trip(client, created, sandbox.url)
        session = client.developer_sign_in(created.token, "self-test", request.password)
        _check(len(client.orders(session)) > 0, "/v1/orders returned no orders")
        _expect(PermissionDeniedError, lambda: client.products(session), "403")
        client.revoke_token(created.access_token.id)
        revoked = client.get_token(created.access_token.id)
        _check(revoked.status is TokenStatus.REVOKED, "the token is not marked revoked")
        _expect(InvalidTokenError, lambda: client.orders(session), "401")
        return created.token.reveal()


def _hand_off_round_trip(client: "ShipturtleClient", created: "CreatedToken", url: str) -> None:
    """A one-time link made, its page served, and opened once as the page opens it."""
    import httpx

    from app.api.client import new_idempotency_key
    from app.api.hand_off import b64url, key_proof, open_sealed, unb64url

    token = created.access_token
    contents = {"token": created.token.reveal()}
    sent = client.hand_offs.send(token.id, token.token_hint, contents, 1, new_idempotency_key())
    address, key = sent.link.reveal().split("#")
    proof = b64url(key_proof(unb64url(key)))
    with httpx.Client(base_url=url, trust_env=False) as page:  # loopback: never a proxy
        for path in (address.removeprefix(url), "/hand-off-assets/open.js"):
            _check(page.get(path).status_code == 200, "the hand-off page is not served")
        opened = page.post(f"/v1/hand-offs/{sent.id}/open", json={"key_proof": proof})
    _check(opened.status_code == 200, f"the one-time link did not open ({opened.status_code})")
    _check(open_sealed(opened.json()["ciphertext"], key, url) == contents, "the link's contents")


def _expect(error: type[Exception], call: Callable[[], object], status: str) -> None:
    try:
        call()
    except error:
        return
    raise SelfTestFailedError(f"expected {status} ({error.__name__}), but the call succeeded")


def _nothing_secret_written(home: Path, *secrets: str) -> None:
    for path in home.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            for secret in secrets:
                _check(secret.encode() not in raw, f"a secret was written to {path.name}")


def _keychain_backend() -> str:
    """Name the keychain backend keyring picks; its plugins must be findable when frozen."""
    from importlib.metadata import entry_points

    import keyring

    found = {entry.name for entry in entry_points(group="keyring.backends")}
    _check(bool(found), "keyring's backends are missing (no keyring.backends entry points)")
    backend = type(keyring.get_keyring()).__module__.removeprefix("keyring.backends.")
    if backend in NO_KEYCHAIN:
        return "none on this computer (sessions are not remembered)"
    return backend


@contextmanager
def _temporary_home() -> Iterator[Path]:
    """A data folder and a log file for the check alone; afterwards, no trace of either.

    The log is written for real, so that the check can see no secret reached it.
    """
    from app.storage.logs import setup_logging
    from app.storage.paths import HOME_VARIABLE, AppPaths

    root = logging.getLogger()
    handlers, previous_home = list(root.handlers), os.environ.get(HOME_VARIABLE)
    # setup_logging sets these levels too; a self-test run in-process puts them back.
    levels = {name: logging.getLogger(name).level for name in ("", "httpx", "httpcore")}
    with tempfile.TemporaryDirectory(prefix="shipturtle-tokens-self-test-") as folder:
        os.environ[HOME_VARIABLE] = folder
        try:
            setup_logging(AppPaths.from_environment().log_dir)
            yield Path(folder)
        finally:
            # Before the folder goes: a handler left on it would fail every later log line.
            for handler in [h for h in root.handlers if h not in handlers]:
                root.removeHandler(handler)
                handler.close()
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)
            if previous_home is None:
                os.environ.pop(HOME_VARIABLE, None)
            else:
                os.environ[HOME_VARIABLE] = previous_home


def run_self_test() -> int:
    """Run the check in a temporary data folder; return the process exit code."""
    with _temporary_home() as home:
        try:
            secret = _round_trip(home)
            _nothing_secret_written(home, secret, SELF_TEST_PASSWORD)
            keychain = _keychain_backend()
        except Exception as failure:  # any failure is the answer, said in one line
            details = getattr(failure, "fields", None) or ""
            _say(f"self-test FAILED: {type(failure).__name__}: {failure} {details}".rstrip())
            return 1
    _say(
        "self-test passed: sandbox started, signed in, token created, one-time link opened, "
        "wrong password refused, developer signed in, orders read, products refused (403), "
        f"token revoked and its API session refused (401); keychain: {keychain}"
    )
    return 0


def _say(line: str) -> None:
    stream = sys.stdout or sys.stderr  # a windowed build on Windows may have neither
    if stream is not None:
        stream.write(line + "\n")
        stream.flush()
