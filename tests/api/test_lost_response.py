"""A create whose answer is lost on the way back, then retried, leaves exactly one token."""

from app.api.client import ShipturtleClient
from app.api.models import NewToken
from app.api.secret import Secret
from app.api.transport import RetryPolicy
from app.sandbox import RunningSandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.helpers.transports import LosesFirstCreateResponse


def test_retried_create_after_a_lost_response_creates_one_token(sandbox: RunningSandbox) -> None:
    transport = LosesFirstCreateResponse()
    retry = RetryPolicy(sleep=lambda _: None)
    with ShipturtleClient(sandbox.url, retry=retry, transport=transport) as client:
        client.sign_in(DEMO_EMAIL, Secret(DEMO_PASSWORD))
        before = {token.id for token in client.list_tokens("all")}
        request = NewToken("lost-reply", Secret("a-long-secret-passphrase"), ("orders",))
        created = client.create_token(request, "one-submission")
        assert transport.creates_sent == 2
        after = client.list_tokens("all")
        new = [token for token in after if token.id not in before]
        assert [token.id for token in new] == [created.access_token.id]
        session = client.developer_sign_in(created.token, "lost-reply", request.password)
        assert client.token_info(session).token.username == "lost-reply"
