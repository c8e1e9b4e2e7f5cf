"""Sign-in limits per client address: guessing at an email from one address locks out no other."""

from collections.abc import Iterator

import httpx
import pytest

from app.sandbox import RunningSandbox, start_sandbox
from app.sandbox.guards import SignInLimits
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.conftest import sign_in, unknown_email
from tests.helpers.loopback import client_from

WRONG = "not-the-password"


@pytest.fixture
def own() -> Iterator[RunningSandbox]:
    """A sandbox of this test's own: the limits it fills are nobody else's."""
    with start_sandbox(":memory:") as running:
        yield running


def _status(http: httpx.Client, email: str, password: str = WRONG) -> int:
    return http.post("/v1/sessions", json={"email": email, "password": password}).status_code


def test_failures_from_one_address_leave_the_merchant_free_to_sign_in_from_another(
    own: RunningSandbox,
) -> None:
    with client_from(own.url, "127.0.0.2") as guesser, client_from(own.url, "127.0.0.3") as shop:
        assert [_status(guesser, DEMO_EMAIL) for _ in range(5)] == [401] * 5
        limited = guesser.post("/v1/sessions", json={"email": DEMO_EMAIL, "password": WRONG})
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        assert sign_in(shop, DEMO_EMAIL, DEMO_PASSWORD).startswith("sts_")


def test_case_and_space_variants_share_one_budget_from_an_address(own: RunningSandbox) -> None:
    variants = [
        "  Demo@Example.COM ",
        "DEMO@EXAMPLE.COM",
        "demo@example.com ",
        "Demo@Example.com  ",
    ]
    with client_from(own.url, "127.0.0.4") as http:
        assert [_status(http, email) for email in [*variants, DEMO_EMAIL]] == [401] * 5
        assert _status(http, DEMO_EMAIL, DEMO_PASSWORD) == 429


def test_an_address_failing_across_many_emails_is_limited_as_a_whole(own: RunningSandbox) -> None:
    with client_from(own.url, "127.0.0.5") as guesser, client_from(own.url, "127.0.0.6") as other:
        emails = [unknown_email() for _ in range(5)]
        # 4 failures for each of 5 emails: no email reaches its 5, the address reaches its 20.
        assert [_status(guesser, email) for email in emails for _ in range(4)] == [401] * 20
        assert _status(guesser, unknown_email()) == 429
        assert _status(guesser, DEMO_EMAIL, DEMO_PASSWORD) == 429
        assert _status(other, unknown_email()) == 401
        assert sign_in(other, DEMO_EMAIL, DEMO_PASSWORD).startswith("sts_")


def test_guessing_at_one_email_from_many_addresses_stays_bounded() -> None:
    few = SignInLimits(per_email=10)  # the default 100 takes 20 addresses to reach
    with start_sandbox(":memory:", sign_in_limits=few) as sandbox:
        for address in ("127.0.0.40", "127.0.0.41"):
            with client_from(sandbox.url, address) as guesser:
                assert [_status(guesser, DEMO_EMAIL) for _ in range(5)] == [401] * 5
        with client_from(sandbox.url, "127.0.0.42") as shop:
            assert _status(shop, DEMO_EMAIL, DEMO_PASSWORD) == 429
            assert _status(shop, unknown_email()) == 401  # only that email is limited
