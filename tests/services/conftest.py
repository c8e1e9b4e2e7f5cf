"""The service tests share a sandbox of this folder's own, not the whole run's.

test_token_service.py signs in as the seeded demo store (`DEMO_EMAIL`) rather than as the
test's own `merchant`, and one of its tests counts the demo's tokens (before adding one of its
own). A test elsewhere in the run (the README's curl walk-through) adds a token to the demo of
the shared sandbox; here only this module's tests touch the demo. Once test_token_service.py
signs in as `merchant`, this file can go.
"""

from collections.abc import Iterator

import pytest

from app.sandbox import RunningSandbox, start_sandbox
from tests.helpers.clock import FakeClock


@pytest.fixture(scope="module")
def module_sandbox(shared_clock: FakeClock) -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:", clock=shared_clock) as running:
        yield running


@pytest.fixture
def sandbox(module_sandbox: RunningSandbox, clock: FakeClock) -> Iterator[RunningSandbox]:
    """This module's sandbox, its clock at the real time and without latency."""
    module_sandbox.latency.milliseconds = 0
    yield module_sandbox
    module_sandbox.latency.milliseconds = 0
