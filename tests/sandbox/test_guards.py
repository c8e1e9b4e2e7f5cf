"""The attempt limiter: atomic slots, and memory that forgets with the window."""

import time

from limits.storage import MemoryStorage

from app.sandbox.guards import AttemptLimiter


def test_slots_are_taken_before_the_check_and_successes_give_theirs_back() -> None:
    limiter = AttemptLimiter(max_failures=2, window_seconds=60, wait_seconds=0.05)
    assert limiter.take("k") is None
    assert limiter.take("k") is None
    assert limiter.take("k") == 1  # both slots are in flight: wait briefly, then "soon"
    limiter.give_back("k", failed=False)
    assert limiter.take("k") is None  # a success left no trace
    limiter.give_back("k", failed=True)
    limiter.give_back("k", failed=True)
    wait = limiter.take("k")
    assert wait is not None
    assert 50 <= wait <= 60


def test_what_the_limiter_remembers_expires_with_its_window() -> None:
    limiter = AttemptLimiter(max_failures=5, window_seconds=1)
    storage = limiter._failures()[1].storage  # what `limits` keeps in memory
    assert isinstance(storage, MemoryStorage)
    for index in range(300):
        key = f"guess-{index}@example.com"
        assert limiter.take(key) is None
        limiter.give_back(key, failed=True)
    assert len(storage.events) == 300
    time.sleep(1.1)
    limiter.take("later@example.com")
    limiter.give_back("later@example.com", failed=True)
    deadline = time.monotonic() + 2
    while len(storage.events) > 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(storage.events) <= 1  # only the newest; the 300 old keys are gone
    assert limiter._in_flight == {}
