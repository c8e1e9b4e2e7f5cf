"""The sign-in queue: password work taken in turns that are fair per client address."""

import asyncio
import contextlib
import functools
import itertools
import os
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

from app.sandbox.problems import ApiProblem

T = TypeVar("T")
RETRY_SECONDS = 1


def queue_full() -> ApiProblem:
    return ApiProblem(
        429,
        "rate_limited",
        f"Too many sign-ins are waiting. Wait {RETRY_SECONDS} second and try again.",
        headers={"Retry-After": str(RETRY_SECONDS)},
    )


class QueueFullError(Exception):
    """No room for another waiting turn: from this client, or from all of them."""


class FairTurns:
    """At most `workers` turns at once; the rest wait, up to two bounds, and are refused beyond.

    A client may have `per_client` requests waiting. When `total` wait, a newcomer takes
    the place of the newest request of the client with the most waiting (that one is
    refused), or is refused when it would have as many itself.

    A freed turn goes to the waiting client served longest ago (or never), then to that
    client's oldest request: clients that keep the queue full take turns with each other
    round-robin, and a client that comes now and then goes next, so however many clients
    hammer, another one waits for about one turn. All of it runs on the event loop, which
    only ever waits here, never blocks: no lock is needed.
    """

    _REMEMBERED = 4096  # clients whose last turn is kept; one forgotten counts as never served

    def __init__(self, workers: int, per_client: int, total: int) -> None:
        self._free = workers
        self._per_client = per_client
        self._total = total
        self._waiting: dict[str, deque[asyncio.Future[None]]] = {}
        self._queued = 0
        self._turn_numbers = itertools.count()
        self._last_turn: dict[str, int] = {}  # oldest turn first

    @contextlib.asynccontextmanager
    async def turn(self, client: str) -> AsyncIterator[None]:
        """Wait for a turn (raises `QueueFullError` at once when there is no room to wait)."""
        await self._acquire(client)
        try:
            yield
        finally:
            self._release()

    async def _acquire(self, client: str) -> None:
        if self._free > 0 and not self._queued:
            self._free -= 1
            self._served(client)
            return
        waiting = len(self._waiting.get(client, ()))
        if waiting >= self._per_client or (
            self._queued >= self._total and not self._evict(waiting)
        ):
            raise QueueFullError
        future = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(client, deque()).append(future)
        self._queued += 1
        try:
            await future
        except asyncio.CancelledError:
            if future.cancelled():
                self._forget(client, future)
            elif future.exception() is None:
                self._release()  # the turn came as the request was cancelled: pass it on
            raise

    def _evict(self, waiting: int) -> bool:
        """Make room for a client with `waiting` requests waiting: refuse the newest request of
        a client with more, so that a few clients filling the queue shut no other one out."""
        longest = max(self._waiting, key=lambda client: len(self._waiting[client]))
        if len(self._waiting[longest]) <= waiting + 1:
            return False
        future = self._waiting[longest][-1]
        self._forget(longest, future)
        if not future.done():
            future.set_exception(QueueFullError())
        return True

    def _release(self) -> None:
        while (client := self._next_client()) is not None:
            future = self._waiting[client][0]
            self._forget(client, future)
            if not future.done():  # a cancelled one may not have left the queue itself yet
                self._served(client)
                future.set_result(None)
                return
        self._free += 1

    def _next_client(self) -> str | None:
        # At most `total` clients wait, so a scan is cheap; ties go to the first to wait.
        return min(self._waiting, key=lambda client: self._last_turn.get(client, -1), default=None)

    def _forget(self, client: str, future: "asyncio.Future[None]") -> None:
        waiting = self._waiting.get(client)
        if waiting is None or future not in waiting:
            return  # gone already: given its turn, or refused
        waiting.remove(future)
        self._queued -= 1
        if not waiting:
            del self._waiting[client]

    def _served(self, client: str) -> None:
        self._last_turn.pop(client, None)
        self._last_turn[client] = next(self._turn_numbers)
        if len(self._last_turn) > self._REMEMBERED:
            del self._last_turn[next(iter(self._last_turn))]


class SignInQueue:
    """Sign-ins' password work (scrypt), on a few threads of its own, in `FairTurns`.

    As many threads as scrypt may use cores at once (`security`: all cores but one), at
    most 4: more would only wait again inside scrypt, where nobody's turn is kept. Every
    sign-in goes through here, known email or not, so its time tells nothing.
    """

    PER_CLIENT = 16  # waiting, from one client address
    TOTAL = 64  # waiting, from all of them

    def __init__(self, workers: int | None = None) -> None:
        workers = workers or max(1, min(4, (os.cpu_count() or 2) - 1))
        self._turns = FairTurns(workers, self.PER_CLIENT, self.TOTAL)
        self._threads = anyio.CapacityLimiter(workers)

    async def __call__(self, client: str, work: Callable[..., T], *args: Any) -> T:
        """Run `work(*args)` on a thread in the client's turn; 429 at once if none can wait."""
        try:
            async with self._turns.turn(client):
                call = functools.partial(work, *args)
                return await anyio.to_thread.run_sync(call, limiter=self._threads)
        except QueueFullError:
            raise queue_full() from None
