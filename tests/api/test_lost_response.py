"""A create whose answer is lost on the way back, then retried, leaves exactly one token."""

from app.api.client import ShipturtleClient
from app.api.models import NewToken
from app.api.secret import Secret
from app.api.transport import RetryPolicy
from app.sandbox import RunningSandbox
from tests.conftest import Account
from tests.helpers.transports import LosesFirstCreateResponse


def test_retried_create_after_a_lost_response_creates_one_token(
    sandbox: RunningSandbox, merchant: Account
) -> None:
    transport = LosesFirstCreateResponse()
    retry = RetryPolicy(sleep=lambda _: None)
    with ShipturtleClient(sandbox.url, retry=retry, transport=transport) as client:
        client.sign_in(merchant.email, Secret(merchant.password))
        before = {token.id for token in client.list_tokens("all")}
        request = NewToken("lost-reply", Secret("a-long-secret-passphrase"), ("orders",))
        created = client.create_token(request, "one-submission")
        assert transport.creates_sent == 2
        after = client.list_tokens("all")
        new = [token for token in after if token.id not in before]
        assert [token.id for token in new] == [created.access_token.id]
        session = client.developer_sign_in(created.token, "lost-reply", request.password)
        assert client.token_info(session).token.username == "lost-reply"
