"""Whatever a server sends, a call fails with an ApiError and nothing else."""

import math

import pytest

from app.api import errors
from app.api.client import ShipturtleClient
from app.api.transport import RetryPolicy
from tests.helpers.hostile_server import HostileServer, answer, json_answer

HEALTHY = json_answer(200, {"status": "ok", "version": "1.0.0"})
DEEP = b"[" * 200_000


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.mark.parametrize(
    ("status", "body", "headers", "expected"),
    [
        (200, DEEP, {}, errors.InvalidResponseError),
        (200, b'{"a": ' * 100_000, {}, errors.InvalidResponseError),
        (400, b'{"error": ' + DEEP, {}, errors.RequestRejectedError),
        (200, b"not gzip at all", {"Content-Encoding": "gzip"}, errors.InvalidResponseError),
        (200, b"\xff\xfe\x00{", {}, errors.InvalidResponseError),
    ],
    ids=["deep-array", "deep-object", "deep-error", "broken-gzip", "not-utf8"],
)
def test_a_hostile_body_is_a_typed_error(
    status: int, body: bytes, headers: dict[str, str], expected: type[errors.ApiError]
) -> None:
    reply = answer(status, body, **{"Content-Type": "application/json", **headers})
    with (
        HostileServer(reply) as server,
        ShipturtleClient(server.url) as client,
        pytest.raises(errors.ApiError) as caught,
    ):
        client.health()
    assert type(caught.value) is expected
    assert caught.value.__context__ is None


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e400", "-5", "1e308", "x"])
def test_retry_after_is_honoured_only_when_finite_and_bounded(value: str) -> None:
    sleeps = Sleeps()
    with (
        HostileServer(answer(503, **{"Retry-After": value}), HEALTHY) as server,
        ShipturtleClient(server.url, retry=RetryPolicy(sleep=sleeps), deadline=120) as client,
    ):
        assert client.health() == "1.0.0"
    assert len(sleeps) == 1
    assert math.isfinite(sleeps[0])
    assert 0 <= sleeps[0] <= 30


def test_retry_after_nan_with_the_real_sleep_still_retries() -> None:
    with (
        HostileServer(answer(503, **{"Retry-After": "nan"}), HEALTHY) as server,
        ShipturtleClient(server.url) as client,
    ):
        assert client.health() == "1.0.0"


@pytest.mark.parametrize("value", ["9" * 30, "1e308", "nan", "-1"])
def test_a_rate_limit_says_a_sensible_wait(value: str) -> None:
    with (
        HostileServer(answer(429, **{"Retry-After": value})) as server,
        ShipturtleClient(server.url, retry=RetryPolicy(sleep=Sleeps()), deadline=120) as client,
        pytest.raises(errors.RateLimitedError) as caught,
    ):
        client.health()
    assert caught.value.retry_after is None or 0 <= caught.value.retry_after <= 24 * 3600
    assert len(caught.value.message) < 100
