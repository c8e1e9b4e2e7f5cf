"""What the client's tests share: a client signed in to the shared sandbox, and a new token."""

from collections.abc import Iterator

import pytest

from app.api.client import ShipturtleClient, new_idempotency_key
from app.api.models import CreatedToken
from app.api.secret import Secret
from app.sandbox import RunningSandbox
from tests.conftest import Account


@pytest.fixture
def client(sandbox: RunningSandbox, merchant: Account) -> Iterator[ShipturtleClient]:
    """Signed in as this test's own store in the shared sandbox."""
    with ShipturtleClient(sandbox.url) as api:
        api.sign_in(merchant.email, Secret(merchant.password))
        yield api


@pytest.fixture
def created(client: ShipturtleClient) -> CreatedToken:
    from tests.api.test_client_sandbox import new_token

    return client.create_token(new_token(), new_idempotency_key())
