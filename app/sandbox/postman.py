"""The developer's Postman collection, made from the contract: served at /docs/postman.json
and checked in as resources/api/shipturtle.postman_collection.json (tools/postman.py).

It holds the developer sign-in and every data-plane operation. The developer's values (the
API address, the access token, the username, the password) are variables left empty: Postman
syncs a variable's initial value to its cloud, so they go in as current values only. Signing
in stores the API session in `api_session`, which the collection's own auth sends.
"""

import json
from typing import Any

SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
VARIABLES = ("base_url", "access_token", "username", "password", "api_session")
SIGN_IN = "openApiSession"
SIGN_OUT = "closeApiSession"
# Every answer is checked (newman fails on any that is not a success).
_EVERY_ANSWER = [
    'pm.test(pm.info.requestName + " succeeded", function () {',
    "    pm.response.to.be.success;",
    "});",
]
# Stores the API session (a current value: it stays on this computer).
_STORE_SESSION = [
    'pm.test("signed in", function () { pm.response.to.have.status(201); });',
    'pm.collectionVariables.set("api_session", pm.response.json().api_session);',
]
_DESCRIPTION = (
    "The Shipturtle API's developer side. Fill in the current values (not the initial ones, "
    "which Postman syncs to its cloud) of base_url (the API address from the merchant's "
    "message), access_token, username and password; run Developer sign-in, which stores "
    "the API session in api_session for one hour; then every other request uses it."
)


def _bearer(variable: str) -> dict[str, Any]:
    return {
        "type": "bearer",
        "bearer": [{"key": "token", "value": f"{{{{{variable}}}}}", "type": "string"}],
    }


def _url(path: str, operation: dict[str, Any]) -> dict[str, Any]:
    query = [
        {"key": p["name"], "value": "", "disabled": True, "description": p.get("description", "")}
        for p in operation.get("parameters", [])
        if p["in"] == "query"
    ]
    url: dict[str, Any] = {
        "raw": "{{base_url}}" + path,
        "host": ["{{base_url}}"],
        "path": [part for part in path.split("/") if part],
    }
    if query:
        url["query"] = query
    return url


def _item(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": method.upper(),
        "url": _url(path, operation),
        "description": operation.get("description", ""),
    }
    item: dict[str, Any] = {"name": operation.get("summary") or operation["operationId"]}
    if operation["operationId"] == SIGN_IN:
        request["auth"] = _bearer("access_token")
        request["header"] = [{"key": "Content-Type", "value": "application/json"}]
        body = {"username": "{{username}}", "password": "{{password}}"}
        request["body"] = {"mode": "raw", "raw": json.dumps(body, indent=2)}
        item["event"] = [
            {"listen": "test", "script": {"type": "text/javascript", "exec": _STORE_SESSION}}
        ]
    item["request"] = request
    return item


def developer_operations(contract: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """The developer sign-in first, then every operation of the data plane and sign-out."""
    found = [
        (path, method, operation)
        for path, methods in contract["paths"].items()
        for method, operation in methods.items()
        if "developer" in operation.get("tags", []) or "data" in operation.get("tags", [])
    ]
    order = {SIGN_IN: 0, SIGN_OUT: 2}  # the data plane between signing in and out
    return sorted(found, key=lambda each: order.get(each[2]["operationId"], 1))


def collection(contract: dict[str, Any]) -> dict[str, Any]:
    return {
        "info": {
            "name": "Shipturtle API (developer)",
            "description": _DESCRIPTION,
            "schema": SCHEMA_URL,
            "version": contract["info"]["version"],
        },
        "auth": _bearer("api_session"),
        "event": [{"listen": "test", "script": {"type": "text/javascript", "exec": _EVERY_ANSWER}}],
        "variable": [{"key": name, "value": "", "type": "string"} for name in VARIABLES],
        "item": [_item(path, method, op) for path, method, op in developer_operations(contract)],
    }


def rendered(contract: dict[str, Any]) -> str:
    return json.dumps(collection(contract), indent=2) + "\n"
