"""In-memory guards of the sandbox: the sign-in rate limits."""

import math
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from limits import RateLimitItem
    from limits.strategies import MovingWindowRateLimiter


class AttemptLimiter:
    """At most `max_failures` failed attempts per key in a moving window, counted atomically.

    An attempt takes a slot before the slow check (scrypt) runs, so concurrent attempts
    cannot all slip in under the limit; a success gives its slot back, so a legitimate
    user's sign-ins never refill an attacker's budget, nor use it up. An attempt that finds
    every free slot taken by attempts still running waits for them (briefly) rather than
    being refused: their outcome decides whether it may go on. The counting of failures is
    the `limits` package's moving window in memory, whose entries expire with their window,
    so memory stays bounded by what the last window saw.
    """

    def __init__(
        self, max_failures: int = 5, window_seconds: int = 60, wait_seconds: float = 5.0
    ) -> None:
        self._max_failures = max_failures
        self._counter: tuple[RateLimitItem, MovingWindowRateLimiter] | None = None
        self._in_flight: Counter[str] = Counter()
        self._wait_seconds = wait_seconds
        self._window = window_seconds
        self._last_failure: dict[str, float] = {}
        self._next_sweep = 0.0
        self._changed = threading.Condition()

    def _failures(self) -> tuple["RateLimitItem", "MovingWindowRateLimiter"]:
        # Made on the first attempt (under the lock): `limits` takes tens of milliseconds
        # to import, and a sandbox that nobody signs in to by password never needs it.
        if self._counter is None:
            from limits import RateLimitItemPerSecond
            from limits.storage import MemoryStorage
            from limits.strategies import MovingWindowRateLimiter

            item = RateLimitItemPerSecond(self._max_failures, self._window)
            self._counter = (item, MovingWindowRateLimiter(MemoryStorage()))
        return self._counter

    def take(self, key: str) -> int | None:
        """Take a slot for an attempt; or return the seconds to wait when none is left."""
        deadline = time.monotonic() + self._wait_seconds
        with self._changed:
            self._forget_expired()
            while True:
                item, failures = self._failures()
                reset_at, remaining = failures.get_window_stats(item, key)
                if remaining <= 0:
                    return max(1, math.ceil(reset_at - time.time()))
                if remaining - self._in_flight[key] > 0:
                    self._in_flight[key] += 1
                    return None
                left = deadline - time.monotonic()
                if left <= 0:
                    return 1  # the attempts in flight are slow to end; try again shortly
                self._changed.wait(left)

    def give_back(self, key: str, *, failed: bool) -> None:
        """End an attempt: a failure stays counted for the window, a success leaves no trace."""
        with self._changed:
            self._in_flight[key] -= 1
            if self._in_flight[key] <= 0:
                del self._in_flight[key]
            if failed:
                item, failures = self._failures()
                failures.hit(item, key)
                self._last_failure[key] = time.monotonic()
            self._forget_expired()
            self._changed.notify_all()

    def _forget_expired(self) -> None:
        """Drop keys whose failures are all older than the window (at most once a second).

        `limits` empties an expired key's list but keeps the key: without this, every
        email ever guessed at would stay in memory.
        """
        now = time.monotonic()
        if now < self._next_sweep:
            return
        self._next_sweep = now + 1
        cutoff = now - self._window
        expired = [key for key, at in self._last_failure.items() if at <= cutoff]
        for key in expired:
            if not self._in_flight[key]:
                del self._last_failure[key]
                item, failures = self._failures()
                failures.clear(item, key)


@dataclass(frozen=True)
class SignInLimits:
    """How many failed merchant sign-ins one window allows, and counted by what.

    Per email and client address the limit is tight (guessing from one place); per client
    address, across all emails, wider (one place guessing at many emails); per email,
    across all addresses, wider still: so locking a merchant out takes guessing from
    `per_email / per_email_and_address` addresses at once, and guessing at one password
    stays bounded however many addresses share the work.
    """

    per_email_and_address: int = 5
    per_address: int = 20
    per_email: int = 100


class SignInGuard:
    """The merchant sign-in limits of `SignInLimits`, each an `AttemptLimiter` of its own.

    An attempt takes a slot of every limit, or of none: it is refused by the first that has
    no slot left, and gives back what it took of the others.
    """

    def __init__(self, limits: SignInLimits, window_seconds: int = 60) -> None:
        self._pair = AttemptLimiter(limits.per_email_and_address, window_seconds)
        self._address = AttemptLimiter(limits.per_address, window_seconds)
        self._email = AttemptLimiter(limits.per_email, window_seconds)

    def _slots(self, email: str, address: str) -> list[tuple[AttemptLimiter, str]]:
        # A space ends the address: no address has one, so no two pairs make one key.
        return [(self._pair, f"{address} {email}"), (self._address, address), (self._email, email)]

    def take(self, email: str, address: str) -> int | None:
        """Take a slot of each limit; or return the seconds to wait when one has none left."""
        taken: list[tuple[AttemptLimiter, str]] = []
        for limiter, key in self._slots(email, address):
            wait = limiter.take(key)
            if wait is not None:
                for earlier, earlier_key in taken:
                    earlier.give_back(earlier_key, failed=False)
                return wait
            taken.append((limiter, key))
        return None

    def give_back(self, email: str, address: str, *, failed: bool) -> None:
        """End an attempt that `take` let through, in every limit."""
        for limiter, key in self._slots(email, address):
            limiter.give_back(key, failed=failed)


@dataclass(frozen=True)
class RateState:
    """Where a key stands in its window: sent on every data-plane answer as RateLimit-*."""

    limit: int
    remaining: int
    reset_seconds: int  # until a request is free again (0: one is free now)
    allowed: bool

    @property
    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_seconds),
        }
        if not self.allowed:
            headers["Retry-After"] = str(max(1, self.reset_seconds))
        return headers


class CallLimiter:
    """At most `limit` calls per key in a moving window of `window_seconds`: with the
    defaults, 10 calls a second on average per access token, in bursts of up to 40 (a
    storefront's sync, a report's pages), counted by the `limits` package in memory."""

    def __init__(self, limit: int = 40, window_seconds: int = 4) -> None:
        self._limit = limit
        self._window = window_seconds
        self._counter: tuple[RateLimitItem, MovingWindowRateLimiter] | None = None
        self._made = threading.Lock()

    def _calls(self) -> tuple["RateLimitItem", "MovingWindowRateLimiter"]:
        # Made on the first data-plane call, as AttemptLimiter's: the demo store starts
        # without importing `limits`.
        with self._made:
            if self._counter is None:
                from limits import RateLimitItemPerSecond
                from limits.storage import MemoryStorage
                from limits.strategies import MovingWindowRateLimiter

                item = RateLimitItemPerSecond(self._limit, self._window)
                self._counter = (item, MovingWindowRateLimiter(MemoryStorage()))
            return self._counter

    def hit(self, key: str) -> RateState:
        item, limiter = self._calls()
        allowed = limiter.hit(item, key)
        reset_at, remaining = limiter.get_window_stats(item, key)
        wait = 0 if remaining > 0 else max(1, math.ceil(reset_at - time.time()))
        return RateState(self._limit, max(0, remaining), wait, allowed)

    def blocked(self, key: str) -> int | None:
        """The seconds until `key` may be hit again when its window is full, or None."""
        item, limiter = self._calls()
        reset_at, remaining = limiter.get_window_stats(item, key)
        return None if remaining > 0 else max(1, math.ceil(reset_at - time.time()))
