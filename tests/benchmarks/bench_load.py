"""The sandbox under load: 16 clients for 10 s doing a mix, beside the same clients on health.

`make bench` runs it. The sandbox runs in a process of its own, so that the clients' Python
does not compete with it for one interpreter lock. Afterwards the database is checked: every
token created is listed once, and SQLite's integrity check passes.
"""

import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.benchmarks.report import Figure, print_table

CLIENTS = 16
SECONDS = 10.0
PASSWORD = "Kp7w-Xm3q-9dZe-Tr4u-Hb8n"
THROUGHPUT_RATIO = 0.25  # the mix, against health, in requests per second
P99_RATIO = 2.0  # data-plane p99 under the mix, against health-only p99


@dataclass
class Tally:
    """What the clients did, gathered under one lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0
    data_plane_ms: list[float] = field(default_factory=list)
    health_ms: list[float] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--port", str(port), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v1/health").status_code == 200:
                return server, url
        except httpx.TransportError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the sandbox did not start")


def _setup(url: str) -> tuple[dict[str, str], dict[str, str]]:
    """A merchant session and an API session, shared by all clients."""
    with httpx.Client(base_url=url) as http:
        session = http.post(
            "/v1/sessions", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
        ).json()["session_token"]
        merchant = {"Authorization": f"Bearer {session}"}
        body = {"username": "load-reader", "password": PASSWORD, "permissions": ["orders"]}
        token = http.post("/v1/access-tokens", headers=merchant, json=body).json()["token"]
        signed_in = http.post(
            "/v1/api-sessions",
            headers={"Authorization": f"Bearer {token}"},
            json={"username": "load-reader", "password": PASSWORD},
        ).json()
    return merchant, {"Authorization": f"Bearer {signed_in['api_session']}"}


def _timed(tally_list: list[float], call: Callable[[], httpx.Response]) -> httpx.Response:
    start = time.perf_counter()
    response = call()
    tally_list.append((time.perf_counter() - start) * 1000)
    return response


def _mix_step(
    http: httpx.Client,
    rng: random.Random,
    headers: tuple[dict[str, str], dict[str, str]],
    tally: Tally,
    worker: int,
    step: int,
) -> int:
    merchant, api = headers
    roll = rng.random()
    if roll < 0.6:
        response = http.get("/v1/access-tokens", headers=merchant)
        return 1 if response.status_code == 200 else _fail(tally, "list", response)
    if roll < 0.9:
        samples: list[float] = []
        response = _timed(samples, lambda: http.get("/v1/orders", headers=api))
        with tally.lock:
            tally.data_plane_ms += samples
        return 1 if response.status_code == 200 else _fail(tally, "orders", response)
    body = {"username": f"load-{worker}-{step}", "password": PASSWORD, "permissions": ["orders"]}
    created = http.post("/v1/access-tokens", headers=merchant, json=body)
    if created.status_code != 201:
        return _fail(tally, "create", created)
    token_id = created.json()["access_token"]["id"]
    with tally.lock:
        tally.created.append(token_id)
    revoked = http.delete(f"/v1/access-tokens/{token_id}", headers=merchant)
    return 2 if revoked.status_code == 204 else _fail(tally, "revoke", revoked)


def _fail(tally: Tally, what: str, response: httpx.Response) -> int:
    with tally.lock:
        tally.failures.append(f"{what}: {response.status_code}")
    return 1


def _run_clients(step: Callable[[httpx.Client, random.Random, int, int], int]) -> int:
    """Run CLIENTS threads for SECONDS; return how many requests they made in all."""
    counts = [0] * CLIENTS
    stop_at = time.monotonic() + SECONDS

    def client(worker: int) -> None:
        rng = random.Random(worker)
        with httpx.Client(base_url=BASE_URL[0], timeout=30) as http:
            done = 0
            while time.monotonic() < stop_at:
                counts[worker] += step(http, rng, worker, done)
                done += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts)


BASE_URL: list[str] = [""]


def _p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


def _consistency(url: str, merchant: dict[str, str], created: list[str], db: Path) -> list[str]:
    with httpx.Client(base_url=url, timeout=60) as http:
        listed = [item["id"] for item in _all_pages(http, merchant)]
    problems = []
    if len(listed) != len(set(listed)):
        problems.append("a token is listed twice")
    if missing := set(created) - set(listed):
        problems.append(f"{len(missing)} created tokens are not listed")
    with sqlite3.connect(db) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    return problems


def _all_pages(http: httpx.Client, merchant: dict[str, str]) -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    cursor = ""
    while True:
        params: dict[str, str | int] = {"status": "all", "limit": 200, "cursor": cursor}
        page = http.get("/v1/access-tokens", headers=merchant, params=params).json()
        items += page["items"]
        if not page["next_cursor"]:
            return items
        cursor = page["next_cursor"]


def _print_scrypt_ceiling() -> None:
    """What the creates alone allow: each costs one scrypt, on the cores password work gets."""
    from app.sandbox import security

    stored = security.hash_password(PASSWORD)
    start = time.perf_counter()
    for _ in range(10):
        security.verify_password(PASSWORD, stored)
    scrypt_ms = (time.perf_counter() - start) * 100  # the mean of ten, in milliseconds
    cores = max(1, (os.cpu_count() or 2) - 1)
    steps = cores * 1000 / scrypt_ms / 0.1  # one step in ten is a create
    print(
        f"  ceiling from scrypt alone: {scrypt_ms:.1f} ms per create on {cores} core(s) "
        f"= {steps * 1.1:.0f} requests/s of the mix at most"
    )


def run() -> bool:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "load.sqlite3"
        server, url = _start_server(db)
        BASE_URL[0] = url
        try:
            headers = _setup(url)
            tally = Tally()

            def health(http: httpx.Client, _rng: random.Random, _w: int, _s: int) -> int:
                samples: list[float] = []
                _timed(samples, lambda: http.get("/v1/health"))
                with tally.lock:
                    tally.health_ms += samples
                return 1

            def mix(http: httpx.Client, rng: random.Random, worker: int, step: int) -> int:
                return _mix_step(http, rng, headers, tally, worker, step)

            health_rps = _run_clients(health) / SECONDS
            mix_rps = _run_clients(mix) / SECONDS
            problems = tally.failures[:5] + _consistency(url, headers[0], tally.created, db)
        finally:
            server.terminate()
            server.wait(timeout=30)
    health_p99, data_p99 = _p99(tally.health_ms), _p99(tally.data_plane_ms)
    print(f"  {len(tally.created)} tokens created and revoked under load")
    _print_scrypt_ceiling()
    print(f"  consistency: {'ok' if not problems else '; '.join(problems)}")
    ok = print_table(
        f"Sandbox under load: {CLIENTS} clients for {SECONDS:g} s each run",
        [
            Figure("baseline: /v1/health, requests per second", health_rps, "/s", None),
            Figure.against(
                "mix: 60% list, 30% data, 10% create+revoke",
                mix_rps,
                "/s",
                health_rps,
                THROUGHPUT_RATIO,
                at_least=True,
            ),
            Figure("baseline: /v1/health p99, health-only", health_p99, "ms", None),
            Figure.against("data-plane p99 under the mix", data_p99, "ms", health_p99, P99_RATIO),
        ],
    )
    return ok and not problems


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
