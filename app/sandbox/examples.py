"""An example of every request body and every answer, put into the contract by operation.

Each is checked against its schema, and each request is sent to a running sandbox, by
tests/sandbox/test_examples.py; errors take their example from the error catalogue.
"""

from typing import Any

from app import __version__
from app.sandbox.error_codes import CATALOGUE, ErrorCode
from app.sandbox.features import OPTIONAL_FEATURES
from app.sandbox.schemas import CONTRACT_VERSION
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD

REQUEST_ID = "req_3f9a1c2b7d4e8f60"
_TOKEN = "stp_ZoHnTdrTWvb4Q1YKJYPnQ5GewOsJsG26kIrL"  # well formed: its checksum holds
_NEW_TOKEN = "stp_6SVQ7qJZyJOoubQgbjl4bGCLeTVdzW2BBotE"
_PASSWORD = "kettle-orbit-plume-9-harbor"
_MERCHANT = {
    "id": "mer_1a2b3c4d5e6f7a8b",
    "name": "Demo Store",
    "email": DEMO_EMAIL,
    "api_integration": True,
}
_ACCESS_TOKEN: dict[str, Any] = {
    "id": "at_4f1c9e2a7b3d5e60",
    "username": "mobile-app",
    "permissions": ["orders", "products"],
    "status": "active",
    "created_at": "2026-12-04T09:30:00Z",
    "expires_at": "2027-03-04T09:30:00Z",
    "revoked_at": None,
    "last_used_at": "2026-12-04T10:12:00Z",
    "token_hint": "kIrL",
    "note": "The store's iPhone app",
    "rotation": None,
}
_ROTATED = {
    **_ACCESS_TOKEN,
    "token_hint": "BotE",
    "rotation": {
        "previous_hint": "kIrL",
        "previous_valid_until": "2026-12-05T11:00:00Z",
        "previous_last_used_at": "2026-12-04T10:58:00Z",
        "current_first_used_at": None,
    },
}
_LINE = {
    "product_id": "prod_1003",
    "title": "Merino beanie",
    "vendor": "Northfold",
    "quantity": 2,
    "unit_price": "29.00",
    "total": "58.00",
}
_ORDER = {
    "id": "ord_6150",
    "number": "#1150",
    "created_at": "2026-12-04T08:41:00Z",
    "customer": "Ava Patel",
    "status": "paid",
    "items": [_LINE],
    "total": "58.00",
    "currency": "USD",
}
_PRODUCT = {
    "id": "prod_1003",
    "title": "Merino beanie",
    "vendor": "Northfold",
    "price": "29.00",
    "currency": "USD",
    "inventory": 42,
    "created_at": "2026-01-09T09:00:00Z",
}
_SUMMARY = {
    "id": _ACCESS_TOKEN["id"],
    "username": "mobile-app",
    "permissions": ["orders", "products"],
    "expires_at": _ACCESS_TOKEN["expires_at"],
}

# The first of the hand-off test vectors (resources/api/hand-off-vectors.json), cut short.
_SEALED = "AWRlZmdoaWprbG1ub3zmxY8mXdtaClL4SwEUYP8wX99N-S0yPaOGs01tYSb8DRuhVhlB_HQzaCvl"
_HAND_OFF_ID = "ho_q3Vb1n8Xk2LmT0pWc7RzYA"
_RECEIPT = {
    "id": _HAND_OFF_ID,
    "access_token_id": _ACCESS_TOKEN["id"],
    "status": "opened",
    "created_at": "2026-12-04T10:12:00Z",
    "expires_at": "2026-12-04T11:12:00Z",
    "opened": {
        "at": "2026-12-04T10:32:00Z",
        "ip": "203.0.113.5",
        "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Firefox/133.0",
    },
    "withdrawn_at": None,
    "wrong_keys": 0,
}

# Request bodies, by operation; they are sent as they are by the test.
REQUESTS: dict[str, dict[str, Any]] = {
    "openMerchantSession": {"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
    "createAccessToken": {
        "username": "mobile-app",
        "password": _PASSWORD,
        "permissions": ["orders", "products"],
        "note": "The store's iPhone app",
    },
    "updateAccessToken": {"note": "The store's iPhone app, version 2"},
    "rotateAccessToken": {"overlap_hours": 24},
    "lookupAccessToken": {"token": _TOKEN},
    "openApiSession": {"username": "mobile-app", "password": _PASSWORD},
    "createHandOff": {
        "access_token_id": _ACCESS_TOKEN["id"],
        "token_hint": "kIrL",
        "ciphertext": _SEALED,
        "key_proof": "GfT4ej9w3QFTs7T7PS5l0vXEDnWmxkQu3gCOjMiHN8Q",
        "expires_in_hours": 24,
    },
    "openHandOff": {"key_proof": "GfT4ej9w3QFTs7T7PS5l0vXEDnWmxkQu3gCOjMiHN8Q"},
}

# Successful answers, by operation.
ANSWERS: dict[str, Any] = {
    "getHealth": {"status": "ok", "version": __version__},
    "getCapabilities": {
        "contract_version": CONTRACT_VERSION,
        "features": list(OPTIONAL_FEATURES),
        "token_format": {"kind": "checksummed", "prefix": "stp_", "length": 40},
        "password_policy": {"min_length": 12, "max_length": 128, "strength_checked": True},
    },
    "openMerchantSession": {
        "session_token": "sts_9c1e4a7f2b8d3e6a5c0f1b2d7e4a9c3f",
        "expires_at": "2026-12-05T09:30:00Z",
        "merchant": _MERCHANT,
    },
    "getMerchant": _MERCHANT,
    "listPermissions": {
        "items": [
            {
                "key": "orders",
                "label": "Order API Access",
                "description": "Read the store's orders.",
            },
            {
                "key": "products",
                "label": "Product API Access",
                "description": "Read the store's products.",
            },
        ]
    },
    "listAccessTokens": {"items": [_ACCESS_TOKEN], "next_cursor": None},
    "createAccessToken": {"access_token": _ACCESS_TOKEN, "token": _TOKEN},
    "lookupAccessToken": {**_ACCESS_TOKEN, "matched": "current"},
    "getAccessToken": _ACCESS_TOKEN,
    "updateAccessToken": {**_ACCESS_TOKEN, "note": "The store's iPhone app, version 2"},
    "rotateAccessToken": {"access_token": _ROTATED, "token": _NEW_TOKEN},
    "getAccessTokenActivity": {
        "daily": [{"date": "2026-12-04", "requests": 12, "errors": 1}],
        "recent": [
            {
                "at": "2026-12-04T10:12:31Z",
                "method": "GET",
                "path": "/v1/orders",
                "status": 200,
                "ip": "203.0.113.5",
                "user_agent": "python-httpx/0.28.1",
                "secret": "current",
            }
        ],
    },
    "openApiSession": {
        "api_session": "sta_2e7c9a4f1b6d3e8a0c5f7b1d9e2a4c6f",
        "expires_at": "2026-12-04T11:30:00Z",
        "token": _SUMMARY,
    },
    "listOrders": {"items": [_ORDER], "next_cursor": "cy0xNTA"},
    "listProducts": {"items": [_PRODUCT], "next_cursor": None},
    "getTokenInfo": {**_SUMMARY, "merchant": {"name": "Demo Store"}},
    "createHandOff": {
        "id": _HAND_OFF_ID,
        "url": f"http://127.0.0.1:8765/hand-off/{_HAND_OFF_ID}",
        "expires_at": "2026-12-05T10:12:00Z",
    },
    "openHandOff": {"ciphertext": _SEALED},
    "listHandOffs": {"items": [_RECEIPT], "next_cursor": None},
}


def error_example(code: ErrorCode) -> dict[str, Any]:
    """An error answer as the server sends it, for a code of the catalogue."""
    error: dict[str, Any] = {
        "code": code.value,
        "message": CATALOGUE[code].meaning,
        "request_id": REQUEST_ID,
    }
    if code is ErrorCode.VALIDATION_FAILED:
        error["fields"] = {"username": "This field is required."}
        error["field_problems"] = {"username": {"code": "required", "params": {}}}
    return {"error": error}
