"""The contract's three bearer credentials, declared as OpenAPI security schemes.

FastAPI's own security classes would answer a missing credential with their own error shape;
here the header is read as it comes and the service answers in the contract's shape.
"""

from typing import Annotated

from fastapi import Depends, Request

MERCHANT_SESSION = "merchantSession"
ACCESS_TOKEN = "accessToken"  # noqa: S105 (a scheme's name)
API_SESSION = "apiSession"

SECURITY_SCHEMES: dict[str, dict[str, str]] = {
    MERCHANT_SESSION: {
        "type": "http",
        "scheme": "bearer",
        "description": "The merchant's session token, from `POST /v1/sessions`: the control "
        "plane (access tokens, the store).",
    },
    ACCESS_TOKEN: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "stp_ access token",
        "description": "An access token the merchant gave you; only for the developer sign-in, "
        "`POST /v1/api-sessions`.",
    },
    API_SESSION: {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "sta_ API session",
        "description": "An API session, from `POST /v1/api-sessions` (one hour): the data plane "
        "(orders, products). An access token here is refused with `api_session_required`.",
    },
}


def _bearer_header(request: Request) -> str | None:
    return request.headers.get("authorization")


# The Authorization header as sent, for the service to judge (`Bearer <credential>`).
Credential = Annotated[str | None, Depends(_bearer_header)]
