"""Idempotent creates and rotations answer the same after a restart, and the database they are
kept in never yields a secret (issue 17, item 3)."""

import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from app.sandbox import start_sandbox
from app.sandbox.records import Merchant
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.sandbox.server import build_sandbox
from tests.conftest import bearer, sign_in
from tests.helpers.clock import FakeClock
from tests.sandbox.test_cli import REPO, _free_port
from tests.sandbox.test_errors_and_storage import _nothing_secret_in
from tests.sandbox.test_token_life import error_code, made, rotate, sign_in_status, token_of
from tests.sandbox.test_tokens import create, new_token

Served = tuple[httpx.Client, dict[str, str]]


@contextmanager
def served(path: Path, clock: FakeClock) -> Iterator[Served]:
    """A sandbox on this database file, and a session of the demo store on it."""
    with start_sandbox(path, clock=clock) as running, httpx.Client(base_url=running.url) as http:
        yield http, bearer(running.open_session(DEMO_EMAIL)["session_token"])


def keyed(demo: dict[str, str], key: str) -> dict[str, str]:
    return {**demo, "Idempotency-Key": key}


def usernames(http: httpx.Client, demo: dict[str, str]) -> list[str]:
    listed = http.get("/v1/access-tokens", headers=demo, params={"status": "all"}).json()
    return [item["username"] for item in listed["items"]]


def test_a_create_is_replayed_after_a_restart(tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "sandbox.sqlite3"
    with served(path, clock) as (http, demo):
        first = create(http, keyed(demo, "create-then-restart"))
        assert first.status_code == 201
    clock.advance(30)
    with served(path, clock) as (http, demo):
        again = create(http, keyed(demo, "create-then-restart"))
        assert again.status_code == 201, again.text
        assert again.json() == first.json()
        assert usernames(http, demo).count("shop-dev") == 1
        other = create(http, keyed(demo, "create-then-restart"), username="someone-else")
        assert other.status_code == 422
        assert error_code(other) == "idempotency_key_reused"


def test_a_rotation_is_replayed_after_a_restart_and_the_overlap_holds(tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "sandbox.sqlite3"
    with served(path, clock) as (http, demo):
        created = made(http, demo)
        token_id = created["access_token"]["id"]
        first = rotate(http, demo, token_id, 24, "rotate-then-restart")
        assert first.status_code == 201
    clock.advance(30)
    with served(path, clock) as (http, demo):
        again = rotate(http, demo, token_id, 24, "rotate-then-restart")
        assert again.status_code == 201, again.text
        assert again.json() == first.json()
        assert token_of(http, demo, token_id)["token_hint"] == first.json()["token"][-4:]
        # The secret from before the rotation still has its 24 hours.
        assert sign_in_status(http, created["token"]) == 201
        assert sign_in_status(http, first.json()["token"]) == 201


def test_after_a_restart_a_replay_refuses_as_it_did_before(tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "sandbox.sqlite3"
    with served(path, clock) as (http, demo):
        created = create(http, keyed(demo, "create-key")).json()
        token_id = created["access_token"]["id"]
        rotated = rotate(http, demo, token_id, 24, "rotate-key").json()
    with served(path, clock) as (http, demo):
        replaced = create(http, keyed(demo, "create-key"))
        assert (replaced.status_code, error_code(replaced)) == (409, "secret_replaced")
        other = rotate(http, demo, token_id, 72, "rotate-key")
        assert (other.status_code, error_code(other)) == (422, "idempotency_key_reused")
        # A key names one request, whatever its kind: a create's key does not rotate.
        crossed = rotate(http, demo, token_id, 24, "create-key")
        assert (crossed.status_code, error_code(crossed)) == (422, "idempotency_key_reused")
        assert http.delete(f"/v1/access-tokens/{token_id}", headers=demo).status_code == 204
    with served(path, clock) as (http, demo):
        revoked = rotate(http, demo, token_id, 24, "rotate-key")
        assert (revoked.status_code, error_code(revoked)) == (409, "token_revoked")
        recreated = create(http, keyed(demo, "create-key"))
        assert (recreated.status_code, error_code(recreated)) == (409, "token_revoked")
        answers = replaced.text + other.text + revoked.text + recreated.text
        assert created["token"] not in answers
        assert rotated["token"] not in answers
        assert usernames(http, demo).count("shop-dev") == 1


def test_the_database_files_never_hold_a_replayed_secret_nor_its_key(tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "sandbox.sqlite3"
    keys = ("create-key-7f3a9c", "rotate-key-0b1d4e")
    with served(path, clock) as (http, demo):
        created = create(http, keyed(demo, keys[0])).json()
        token_id = created["access_token"]["id"]
        rotated = rotate(http, demo, token_id, 24, keys[1]).json()
        secrets = [answer["token"] for answer in (created, rotated)]
        # The random base62 body alone, without the prefix and checksum, is a secret too.
        bodies = [secret[4:34] for secret in secrets]
        session = demo["Authorization"].removeprefix("Bearer ")
        written = [*secrets, *bodies, *keys, new_token()["password"], session]
        files = [file for file in tmp_path.iterdir() if file.name.startswith(path.name)]
        assert any(file.name.endswith("-wal") for file in files), files
        assert _nothing_secret_in(files, *written)
    assert _nothing_secret_in(list(tmp_path.iterdir()), *written)


def _replays_kept(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM replays").fetchone()[0])
    finally:
        connection.close()


def test_replays_are_forgotten_after_ten_minutes_and_swept(tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "sandbox.sqlite3"
    with served(path, clock) as (http, demo):
        token_id = made(http, demo)["access_token"]["id"]
        first = rotate(http, demo, token_id, 24, "old-key").json()
        clock.advance(599)
        assert rotate(http, demo, token_id, 24, "old-key").json() == first
        clock.advance(2)
        assert rotate(http, demo, token_id, 24, "new-key").status_code == 201
        assert _replays_kept(path) == 1  # the old one went with the new one's write
    clock.advance(601)
    with served(path, clock) as (http, demo):
        later = rotate(http, demo, token_id, 24, "new-key")
        assert later.status_code == 201  # a new rotation: the answer was forgotten
    assert _replays_kept(path) == 1
    clock.advance(601)
    start_sandbox(path, clock=clock).stop()
    assert _replays_kept(path) == 0  # nothing outlives its window by a restart either


def _wait_until_up(url: str) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(f"{url}/v1/health")
            return
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the sandbox did not start"
            time.sleep(0.05)


@contextmanager
def sandbox_process(path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = _free_port()
    command = [sys.executable, "-m", "app.sandbox", "--port", str(port), "--db", str(path)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url)
        yield process, url
    finally:
        process.kill()
        process.wait(timeout=20)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_create_is_replayed_after_the_server_was_killed(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    with sandbox_process(path) as (process, url), httpx.Client(base_url=url) as http:
        demo = keyed(bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD)), "create-then-kill")
        first = create(http, demo)
        assert first.status_code == 201
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=20)
    with sandbox_process(path) as (_, url), httpx.Client(base_url=url) as http:
        again = create(http, demo)
        assert again.status_code == 201, again.text
        assert again.json()["token"] == first.json()["token"]


def _median_ms(call: Callable[[], object], times: int = 200) -> float:
    taken = []
    for _ in range(times):
        started = time.perf_counter()
        call()
        taken.append(time.perf_counter() - started)
    return statistics.median(taken) * 1000


def _replay_and_rotate_ms(path: Path, kept: int) -> tuple[float, float]:
    """Median time of a replayed rotation and of a new one, with `kept` replays stored."""
    sandbox = build_sandbox(path)
    try:
        service = sandbox.service
        session = service.open_session(DEMO_EMAIL)["session_token"]
        merchant: Merchant = service.signed_in(f"Bearer {session}")
        token_id = service.create_token(merchant, new_token(), None)["access_token"]["id"]
        for number in range(kept):
            service.rotate_token(merchant, token_id, 24, f"kept-{number}")
        service.rotate_token(merchant, token_id, 24, "replayed")
        replay = _median_ms(lambda: service.rotate_token(merchant, token_id, 24, "replayed"))
        numbers = iter(range(10**6))
        fresh = _median_ms(lambda: service.rotate_token(merchant, token_id, 24, f"{next(numbers)}"))
        return replay, fresh
    finally:
        sandbox.database.close()


def test_many_kept_replays_do_not_slow_a_replay_or_a_rotation(tmp_path: Path) -> None:
    few = _replay_and_rotate_ms(tmp_path / "few.sqlite3", 0)
    many = _replay_and_rotate_ms(tmp_path / "many.sqlite3", 20_000)
    # Generous: a scan of 20,000 entries took several times as long; an index takes none.
    assert many[0] < 2 * few[0] + 0.2, (few, many)
    assert many[1] < 2 * few[1] + 0.2, (few, many)
