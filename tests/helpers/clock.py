"""A clock that tests move by hand, for expiry and rate-limit windows."""

import time


class FakeClock:
    """Starts at the real time and only moves when told to."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
