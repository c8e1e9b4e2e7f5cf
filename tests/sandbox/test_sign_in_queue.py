"""The sign-in queue: fair per client address, bounded, and quick to refuse when full."""

import statistics
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx

from app.sandbox import start_sandbox
from app.sandbox.fairqueue import SignInQueue
from app.sandbox.guards import SignInLimits
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import sign_in, unknown_email
from tests.helpers.loopback import client_from

GUESSERS = 16
TRIES = 9
FLOOD = 48
# Every guess stays a scrypt, the queue's worst case: no guesser reaches its address's limit.
UNLIMITED = SignInLimits(per_address=100_000, per_email=100_000)


def _sign_in_seconds(http: httpx.Client) -> float:
    start = time.perf_counter()
    sign_in(http, DEMO_EMAIL, DEMO_PASSWORD)
    return time.perf_counter() - start


class Guessers:
    """Clients that each sign in with unknown emails, one after another, until stopped."""

    def __init__(self, url: str, count: int) -> None:
        self._url = url
        self.answered = [Counter[int]() for _ in range(count)]
        self._stop = threading.Event()
        self._pool = ThreadPoolExecutor(count)
        self._running = [self._pool.submit(self._guess, n) for n in range(count)]

    def _guess(self, n: int) -> None:
        with client_from(self._url, f"127.0.0.{10 + n}") as http:
            while not self._stop.is_set():
                body = {"email": unknown_email(), "password": "not-the-password"}
                self.answered[n][http.post("/v1/sessions", json=body).status_code] += 1

    def each_had_a_turn(self) -> None:
        """Wait until every guesser has had a turn that began after this call."""
        # Two answers: the second one's request was sent after this call.
        targets = [sum(answered.values()) + 2 for answered in self.answered]
        while any(sum(a.values()) < t for a, t in zip(self.answered, targets, strict=True)):
            time.sleep(0.01)

    def stop(self) -> None:
        self._stop.set()
        for running in self._running:
            running.result()
        self._pool.shutdown()


def test_sixteen_guessing_clients_keep_a_sign_in_from_another_address_within_twice_idle() -> None:
    """A merchant signing in now and then goes next, whoever keeps the queue full.

    A client that signed in a moment ago waits for those not served since (round-robin):
    so each timed sign-in comes after every guesser has had a turn since the last one, and
    at a moment of the turn then running: a merchant's may come at any, so the moments are
    spread evenly over a turn (one may have just begun: a sign-in waits for one turn at most, and
    the median for half of one).
    """
    running = start_sandbox(":memory:", sign_in_limits=UNLIMITED)
    with running as sandbox, client_from(sandbox.url, "127.0.0.9") as shop:
        _sign_in_seconds(shop)  # the connection, and the first scrypt
        idle = statistics.median(_sign_in_seconds(shop) for _ in range(7))
        guessers = Guessers(sandbox.url, GUESSERS)
        loaded = []
        try:
            for moment in range(TRIES):
                guessers.each_had_a_turn()
                time.sleep(idle * moment / TRIES)
                loaded.append(_sign_in_seconds(shop))
        finally:
            guessers.stop()
    shown = ", ".join(f"{seconds * 1000:.0f}" for seconds in loaded)
    print(f"sign-in idle {idle * 1000:.0f} ms; beside {GUESSERS} guessers {shown} ms")
    assert all(answered[401] >= 2 for answered in guessers.answered)  # the load was real
    assert statistics.median(loaded) <= 2 * idle


def test_a_flood_past_the_queue_bound_is_refused_429_at_once() -> None:
    with start_sandbox(":memory:") as sandbox:
        clients = [client_from(sandbox.url, "127.0.0.30") for _ in range(FLOOD)]
        for http in clients:
            http.get("/v1/health")  # connected before the flood, so only the answer is timed
        start = threading.Barrier(len(clients))

        def flood(http: httpx.Client) -> tuple[int, float, str | None]:
            body = {"email": unknown_email(), "password": "not-the-password"}
            start.wait()
            began = time.perf_counter()
            response = http.post("/v1/sessions", json=body)
            return (
                response.status_code,
                time.perf_counter() - began,
                response.headers.get("Retry-After"),
            )

        with ThreadPoolExecutor(len(clients)) as pool:
            answers = list(pool.map(flood, clients))
        for http in clients:
            http.close()
    refused = [(seconds, retry) for status, seconds, retry in answers if status == 429]
    print(f"429 answers: {sorted(round(s * 1000) for s, _ in refused)} ms")
    # One runs, PER_CLIENT wait, a few more find room as turns end during the flood.
    assert len(refused) >= FLOOD - SignInQueue.PER_CLIENT - 5
    assert all(retry is not None and int(retry) >= 1 for _, retry in refused)
    assert statistics.median(seconds for seconds, _ in refused) < 0.05
