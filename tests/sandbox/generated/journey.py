"""The whole developer journey through a client openapi-python-client generated from the
checked-in contract: run by tests/sandbox/test_generated_client.py with the generated
package (`shipturtle_api`) on the path. It imports nothing of this project, and
authenticates only through the generated security scheme (AuthenticatedClient's token).

Environment: SANDBOX_URL, MERCHANT_EMAIL, MERCHANT_PASSWORD. Prints one line per step.
"""

import os
import sys

from shipturtle_api import AuthenticatedClient, Client  # type: ignore[import-not-found]
from shipturtle_api.api.data import list_orders, list_products  # type: ignore[import-not-found]
from shipturtle_api.api.developer import open_api_session  # type: ignore[import-not-found]
from shipturtle_api.api.session import open_merchant_session  # type: ignore[import-not-found]
from shipturtle_api.api.tokens import (  # type: ignore[import-not-found]
    create_access_token,
    revoke_access_token,
    rotate_access_token,
)
from shipturtle_api.models import (  # type: ignore[import-not-found]
    CreateTokenRequest,
    CreateTokenRequestPermissionsItem,
    DeveloperSignInRequest,
    ErrorBody,
    RotateTokenRequest,
    RotateTokenRequestOverlapHours,
    SignInRequest,
)

URL = os.environ["SANDBOX_URL"]
PASSWORD = "kettle-orbit-plume-9-harbor"


def step(name: str, ok: bool) -> None:
    print(f"{'ok' if ok else 'FAILED'} {name}", flush=True)
    if not ok:
        sys.exit(1)


def main() -> None:
    body = SignInRequest(
        email=os.environ["MERCHANT_EMAIL"], password=os.environ["MERCHANT_PASSWORD"]
    )
    session = open_merchant_session.sync(client=Client(base_url=URL), body=body)
    step("merchant signs in", session is not None and not isinstance(session, ErrorBody))
    merchant = AuthenticatedClient(base_url=URL, token=session.session_token)

    def create(username: str, *permissions: CreateTokenRequestPermissionsItem):  # type: ignore[no-untyped-def]
        request = CreateTokenRequest(
            username=username, password=PASSWORD, permissions=list(permissions)
        )
        return create_access_token.sync(client=merchant, body=request, idempotency_key=username)

    created = create("generated-app", CreateTokenRequestPermissionsItem.ORDERS)
    step("merchant creates a token", created is not None and created.token.startswith("stp_"))

    def api_session(token: str, username: str):  # type: ignore[no-untyped-def]
        developer = AuthenticatedClient(base_url=URL, token=token)
        request = DeveloperSignInRequest(username=username, password=PASSWORD)
        return open_api_session.sync(client=developer, body=request)

    opened = api_session(created.token, "generated-app")
    step("developer signs in", opened is not None and opened.api_session.startswith("sta_"))
    data = AuthenticatedClient(base_url=URL, token=opened.api_session)

    seen, cursor, pages = [], None, 0
    while True:
        page = list_orders.sync(client=data, limit=40, **({"cursor": cursor} if cursor else {}))
        step(f"orders page {pages + 1}", page is not None and not isinstance(page, ErrorBody))
        seen += [order.id for order in page.items]
        pages += 1
        totals = [float(order.total) for order in page.items]
        step("each order has a decimal total", all(total > 0 for total in totals))
        cursor = page.next_cursor
        if not cursor:
            break
    step(f"all {len(seen)} orders in {pages} pages", len(set(seen)) == len(seen) == 150)

    denied = list_products.sync_detailed(client=data)
    said = denied.parsed
    step(
        "products without Product API Access is a 403",
        denied.status_code == 403
        and isinstance(said, ErrorBody)
        and said.error.code == "permission_denied",
    )

    rotation = RotateTokenRequest(overlap_hours=RotateTokenRequestOverlapHours.VALUE_24)
    rotated = rotate_access_token.sync(
        created.access_token.id, client=merchant, body=rotation, idempotency_key="rotate-1"
    )
    step("merchant rotates it", rotated is not None and rotated.token != created.token)
    again = api_session(rotated.token, "generated-app")
    step("the new secret signs in", again is not None and not isinstance(again, ErrorBody))

    revoked = revoke_access_token.sync_detailed(created.access_token.id, client=merchant)
    step("merchant revokes it", revoked.status_code == 204)
    after = list_orders.sync_detailed(
        client=AuthenticatedClient(base_url=URL, token=again.api_session)
    )
    ended = after.parsed
    step(
        "revoking ended the API session",
        after.status_code == 401
        and isinstance(ended, ErrorBody)
        and ended.error.code == "invalid_token"
        and bool(ended.error.request_id),
    )


if __name__ == "__main__":
    main()
