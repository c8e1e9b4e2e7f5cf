"""What a hostile web page or caller can send: costly bodies, forged addresses, broken HTTP."""

import json
import random
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx
import pytest

from app.sandbox import start_sandbox
from app.sandbox.middleware import MAX_JSON_DEPTH, too_deep
from app.sandbox.server import RunningSandbox
from tests.conftest import bearer, developer_sign_in
from tests.helpers.log_fail import ExpectedLogs
from tests.sandbox.test_cli import run_command_line_sandbox
from tests.sandbox.test_tokens import create, new_token

JSON = {"Content-Type": "application/json"}


def _nested(depth: int) -> bytes:
    return b'{"a": ' * depth + b"1" + b"}" * depth


@pytest.mark.parametrize(
    ("body", "deep"),
    [
        (_nested(MAX_JSON_DEPTH), False),
        (_nested(MAX_JSON_DEPTH + 1), True),
        (b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1), True),
        (b"[" * 40, True),  # cut short: still as deep as the parser would go
        (json.dumps({"s": "[" * 100}).encode(), False),  # brackets inside a string
        (json.dumps({"s": '\\"[' * 100 + "\\"}).encode(), False),  # escapes around them
        (json.dumps({"s": "\\" * 7 + '"{' * 50}).encode(), False),
        (json.dumps({"ü": "[ü]" * 50, "k": [[[]]]}, ensure_ascii=False).encode(), False),
        (b"[" + b"[],{}," * 1000 + b"[]]", False),  # many brackets, shallow
    ],
)
def test_the_nesting_check_counts_brackets_outside_strings(body: bytes, deep: bool) -> None:
    assert too_deep(body) is deep


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


def _random_json(rng: random.Random, depth: int) -> object:
    """A value nested exactly `depth` deep along one path, with shallow branches beside it,
    and strings full of brackets, quotes and backslashes."""
    if depth == 0:
        return "".join(rng.choice('[]{}"\\ aü') for _ in range(rng.randrange(6)))
    items = [_random_json(rng, rng.randrange(min(depth, 3))) for _ in range(rng.randrange(3))]
    items.insert(rng.randrange(len(items) + 1), _random_json(rng, depth - 1))
    if rng.random() < 0.5:
        return items
    return {f"k{index}[": item for index, item in enumerate(items)}


def test_the_nesting_check_agrees_with_the_parser_on_random_json() -> None:
    rng = random.Random(17)
    for _ in range(400):
        value = _random_json(rng, rng.randrange(1, 45))
        body = json.dumps(value, ensure_ascii=rng.random() < 0.5).encode()
        assert too_deep(body) is (_depth(value) > MAX_JSON_DEPTH), body[:200]


@pytest.mark.parametrize(
    "body",
    [
        b'"' + b'\\"' * 32_000,  # an escaped-quote flood without its closing quote
        b'"' + b"\\" * 65_000,
        b'["' + b'\\"[' * 21_000,
        b'"a",' * 16_000,
    ],
)
def test_a_body_made_to_be_slow_to_check_is_answered_at_once(
    http: httpx.Client, body: bytes
) -> None:
    start = time.monotonic()
    response = http.post("/v1/sessions", content=body, headers=JSON)
    took = time.monotonic() - start
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"
    assert took < 1.0, f"took {took:.1f} s"  # 19 s for the first body before


@contextmanager
def raw_connection(sandbox: RunningSandbox) -> Iterator[socket.socket]:
    address = urlsplit(sandbox.url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as connection:
        yield connection


def _answer(connection: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP answer (its status, headers and body) up to the connection's end."""
    data = b""
    while chunk := connection.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines)
    return int(status_line.split()[1]), headers, body


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_a_body_not_declared_json_is_refused_before_it_is_read(
    sandbox: RunningSandbox, content_type: str | None
) -> None:
    # What a web page can send cross-site without a preflight; the body never comes.
    declared = "" if content_type is None else f"Content-Type: {content_type}\r\n"
    request = (
        f"POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n{declared}Content-Length: 60000\r\n\r\n"
    )
    with raw_connection(sandbox) as connection:
        connection.sendall(request.encode())
        status, headers, body = _answer(connection)
    assert status == 415
    assert headers["content-type"] == "application/json"
    error = json.loads(body)["error"]
    assert error["code"] == "unsupported_media_type"
    assert "Content-Type: application/json" in error["message"]


@pytest.mark.parametrize(
    "content_type", ["application/json", "Application/JSON; charset=utf-8", "application/json;"]
)
def test_json_is_read_whatever_its_parameters(
    http: httpx.Client, demo: dict[str, str], content_type: str
) -> None:
    body = json.dumps(new_token(username=f"json-{len(content_type)}"))
    made = http.post(
        "/v1/access-tokens", content=body, headers={**demo, "Content-Type": content_type}
    )
    assert made.status_code == 201


def test_a_route_without_a_body_takes_any_content_type(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    response = http.request(
        "DELETE", "/v1/sessions/current", headers={**demo, "Content-Type": "text/plain"}
    )
    assert response.status_code == 204


def _recent_ips(http: httpx.Client, demo: dict[str, str], token_id: str) -> list[str]:
    found = http.get(f"/v1/access-tokens/{token_id}/activity", headers=demo).json()
    return [call["ip"] for call in found["recent"]]


def _signed_in_from(http: httpx.Client, demo: dict[str, str], forwarded: str) -> str:
    """A new token's id, after a developer signed in with it saying X-Forwarded-For."""
    created = create(http, demo).json()
    password = new_token()["password"]
    http.post(
        "/v1/api-sessions",
        headers=[
            (b"Authorization", f"Bearer {created['token']}".encode()),
            (b"X-Forwarded-For", forwarded.encode("latin-1")),
        ],
        json={"username": "shop-dev", "password": password},
    ).raise_for_status()
    return str(created["access_token"]["id"])


def test_a_forwarded_for_header_is_not_believed(http: httpx.Client, demo: dict[str, str]) -> None:
    token_id = _signed_in_from(http, demo, "8.8.8.8")
    assert _recent_ips(http, demo, token_id) == ["127.0.0.1"]


@pytest.fixture
def behind_a_proxy() -> Iterator[RunningSandbox]:
    with start_sandbox(":memory:", forwarded_allow_ips="127.0.0.1") as running:
        yield running


def _demo_session(client: httpx.Client) -> dict[str, str]:
    signed_in = client.post(
        "/v1/sessions", json={"email": "demo@example.com", "password": "demo-password"}
    )
    return bearer(signed_in.json()["session_token"])


@pytest.mark.parametrize(
    ("forwarded", "stored"),
    [
        ("203.0.113.5", "203.0.113.5"),
        ("2001:db8::1", "2001:db8::1"),
        ("x" * 60_000, ""),
        ("10.0.0.1\x85\x9b[31m", ""),
        ("not an address", ""),
    ],
)
def test_behind_a_named_proxy_only_an_address_is_kept(
    behind_a_proxy: RunningSandbox, forwarded: str, stored: str
) -> None:
    with httpx.Client(base_url=behind_a_proxy.url) as client:
        demo = _demo_session(client)
        token_id = _signed_in_from(client, demo, forwarded)
        assert _recent_ips(client, demo, token_id) == [stored]


def test_the_command_line_log_never_keeps_a_query() -> None:

    with run_command_line_sandbox() as (url, output):
        httpx.get(f"{url}/v1/health?password=hunter2-kept-out-of-logs")
        httpx.get(f"{url}/v1/orders?token=stp_leak", headers=bearer("sta_x"))
    log = output()
    assert "/v1/health" in log
    assert "/v1/orders" in log
    assert "hunter2" not in log
    assert "stp_leak" not in log


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /v1/health HTTP/1.1\r\n\r\n",
        b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\x00b\r\n\r\n",
        b"POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
        b"POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1x\r\n\r\n{}",
        b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n",
        b"NONSENSE\r\n\r\n",
    ],
)
def test_broken_http_is_answered_in_the_json_error_shape(
    sandbox: RunningSandbox, request_bytes: bytes, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect("Invalid HTTP request received", logger="uvicorn.error")
    with raw_connection(sandbox) as connection:
        connection.sendall(request_bytes)
        status, headers, body = _answer(connection)
    assert status == 400
    assert headers["content-type"] == "application/json"
    assert headers["connection"] == "close"
    error = json.loads(body)["error"]
    assert error["code"] in {"invalid_request", "invalid_host"}
    assert error["message"].endswith(".")


def test_every_operation_documents_invalid_host(sandbox: RunningSandbox) -> None:
    spec = httpx.get(f"{sandbox.url}/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            described = operation["responses"].get("400", {}).get("description", "")
            assert "invalid_host" in described, f"{method.upper()} {path}"


def test_developer_sign_in_still_records_the_connection(
    http: httpx.Client, demo: dict[str, str]
) -> None:
    created = create(http, demo).json()
    developer_sign_in(http, created["token"], "shop-dev", new_token()["password"])
    assert _recent_ips(http, demo, created["access_token"]["id"]) == ["127.0.0.1"]
