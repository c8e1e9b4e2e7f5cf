"""An answer is read within a size bound, compressed or not, and never held whole."""

import time
import tracemalloc
from collections.abc import Iterable

import pytest

from app.api import errors
from app.api.client import ShipturtleClient
from tests.helpers.hostile_server import HostileServer, flood, gzipped, json_text_of

HUGE = 100 * 1024 * 1024
BOMB = 256 * 1024 * 1024  # decoded; about 250 KB on the wire
# The bound is 1 MiB; what is read, decoded and joined stays within a few of it.
MOST_MEMORY = 8 * 1024 * 1024


def refused_with_peak(server: HostileServer) -> tuple[errors.ApiError, int, float]:
    with ShipturtleClient(server.url) as client:
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(errors.ApiError) as caught:
                client.health()
            took = time.monotonic() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return caught.value, peak, took


@pytest.mark.parametrize(
    ("pieces", "headers"),
    [
        (json_text_of(HUGE), {}),
        (gzipped(json_text_of(BOMB)), {"Content-Encoding": "gzip"}),
    ],
    ids=["plain", "gzip-bomb"],
)
def test_an_answer_past_the_bound_is_refused_as_it_streams(
    pieces: Iterable[bytes], headers: dict[str, str]
) -> None:
    with HostileServer(flood(b"", pieces, **headers)) as server:
        error, peak, took = refused_with_peak(server)
    assert isinstance(error, errors.AnswerTooLargeError)
    assert "too large" in error.message
    assert peak < MOST_MEMORY, f"{peak / 2**20:.0f} MiB at the peak"
    assert took < 10, f"the call took {took:.1f} s"


@pytest.mark.parametrize("headers", [{}, {"Content-Encoding": "gzip"}], ids=["plain", "gzip"])
def test_an_answer_within_the_bound_is_read_whole(headers: dict[str, str]) -> None:
    pieces = json_text_of(900 * 1024)
    if headers:
        pieces = gzipped(pieces)
    with (
        HostileServer(flood(b"", pieces, **headers)) as server,
        ShipturtleClient(server.url) as client,
    ):
        assert len(client.health()) == 900 * 1024
