"""A disk that fills up or fails while the sandbox runs: 503 storage_unavailable, never a 500."""

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import bearer, sign_in
from tests.helpers.log_fail import ExpectedLogs

PASSWORD = "a-long-secret-passphrase"


@pytest.fixture
def running(tmp_path: Path) -> Iterator[RunningSandbox]:
    with start_sandbox(tmp_path / "sandbox.sqlite3") as sandbox:
        yield sandbox


def _fill_the_disk(sandbox: RunningSandbox, *, full: bool = True) -> None:
    """Let the database grow no further (or again as far as SQLite allows), as a full disk
    would: SQLite answers SQLITE_FULL, "database or disk is full", as it does on one."""
    with sandbox.database.transaction() as store:
        pages = store._db.execute("PRAGMA page_count").fetchone()[0] if full else 1073741823
        store._db.execute(f"PRAGMA max_page_count = {pages}")


def _until_refused(
    http: httpx.Client, demo: dict[str, str], prefix: str
) -> tuple[httpx.Response, str]:
    """Create tokens until one is refused; that answer and the username it asked for."""
    for number in range(40):
        username = f"{prefix}-{number}"
        answer = _create(http, demo, username)
        if answer.status_code != 201:
            return answer, username
    raise AssertionError("the database never filled up")


def _create(http: httpx.Client, demo: dict[str, str], username: str) -> httpx.Response:
    body = {
        "username": username,
        "password": PASSWORD,
        "permissions": ["orders"],
        "note": "x" * 200,
    }
    return http.post("/v1/access-tokens", headers=demo, json=body)


def _usernames(http: httpx.Client, demo: dict[str, str]) -> set[str]:
    listed = http.get("/v1/access-tokens", headers=demo, params={"status": "all", "limit": 100})
    assert listed.status_code == 200, listed.text
    return {item["username"] for item in listed.json()["items"]}


def test_a_full_disk_is_a_503_and_nothing_is_half_written(
    running: RunningSandbox, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"could not write its database|is full", logger="app.sandbox.database")
    with httpx.Client(base_url=running.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        _fill_the_disk(running)
        refused, username = _until_refused(http, demo, "full")
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"]["code"] == "storage_unavailable"
        assert refused.json()["error"]["message"] == (
            "The disk that holds the sandbox's database is full, so nothing was saved. "
            "Free some space on it and try again."
        )
        assert int(refused.headers["Retry-After"]) > 0
        assert username not in _usernames(http, demo)  # its transaction was rolled back whole


def test_health_says_storage_unavailable_until_a_write_succeeds(
    running: RunningSandbox, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"could not write its database|is full", logger="app.sandbox.database")
    with httpx.Client(base_url=running.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        assert http.get("/v1/health").json()["status"] == "ok"
        _fill_the_disk(running)
        assert _until_refused(http, demo, "filler")[0].status_code == 503
        health = http.get("/v1/health")
        assert health.status_code == 503
        assert health.json()["status"] == "storage_unavailable"
        assert health.json()["error"]["code"] == "storage_unavailable"
        assert "full" in health.json()["error"]["message"]
        assert http.get("/v1/access-tokens", headers=demo).status_code == 200  # reads go on
        assert http.get("/v1/health").status_code == 503  # a read does not say it is over
        _fill_the_disk(running, full=False)  # space was freed
        assert _create(http, demo, "after-space").status_code == 201
        health = http.get("/v1/health")
        assert health.status_code == 200
        assert health.json()["status"] == "ok"


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr (e2fsprogs)")
def test_a_disk_error_while_writing_is_a_503(
    running: RunningSandbox, tmp_path: Path, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"could not write its database|is full", logger="app.sandbox.database")
    wal = tmp_path / "sandbox.sqlite3-wal"
    with httpx.Client(base_url=running.url) as http:
        demo = bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD))
        # An immutable file refuses writes even to root: the disk "fails" under the server.
        if subprocess.run(["chattr", "+i", str(wal)], capture_output=True).returncode != 0:
            pytest.skip("this filesystem does not take chattr +i")
        try:
            refused = _create(http, demo, "io-error")
        finally:
            subprocess.run(["chattr", "-i", str(wal)], check=True)
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"]["code"] == "storage_unavailable"
        assert "could not write" in refused.json()["error"]["message"]
        assert "io-error" not in _usernames(http, demo)
        assert _create(http, demo, "io-fine").status_code == 201
