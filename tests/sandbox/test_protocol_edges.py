"""HTTP edges: body size, HEAD, 405, trailing slashes, bodies not JSON, clients that leave, bugs."""

import socket
import time

import httpx
import pytest

from app.sandbox import RunningSandbox
from app.sandbox.middleware import MAX_BODY_BYTES
from app.sandbox.service import SandboxService
from tests.helpers.log_fail import ExpectedLogs


def error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


@pytest.mark.parametrize(
    "path", ["/v1/sessions", "/v1/access-tokens", "/v1/api-sessions", "/v1/health"]
)
def test_a_body_over_64_kib_is_refused_before_anything_else(http: httpx.Client, path: str) -> None:
    body = b'{"email": "' + b"a" * MAX_BODY_BYTES + b'", "password": "x"}'
    response = http.post(path, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413  # before authentication, routing and validation
    assert error_code(response) == "payload_too_large"
    assert "64 KiB" in response.json()["error"]["message"]


def test_a_chunked_body_over_the_limit_is_cut_off(http: httpx.Client) -> None:
    def chunks() -> object:
        for _ in range(MAX_BODY_BYTES // 1024 + 8):
            yield b"x" * 1024

    headers = {"Content-Type": "application/json"}
    response = http.post("/v1/sessions", content=chunks(), headers=headers)  # type: ignore[arg-type]
    assert response.status_code == 413
    assert error_code(response) == "payload_too_large"


def test_a_body_at_the_limit_is_read(http: httpx.Client, demo: dict[str, str]) -> None:
    note = "n" * (MAX_BODY_BYTES - 200)
    body = {"username": "near-limit", "password": "x", "permissions": [], "note": note}
    response = http.post("/v1/access-tokens", headers=demo, json=body)
    assert response.status_code == 422  # read and judged on its fields, not its size


def test_head_answers_like_get_without_a_body(http: httpx.Client, demo: dict[str, str]) -> None:
    got = http.get("/v1/access-tokens", headers=demo)
    head = http.head("/v1/access-tokens", headers=demo)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert http.head("/v1/health").status_code == 200
    assert http.head("/v1/access-tokens").status_code == 401


def test_405_says_which_methods_are_allowed(http: httpx.Client) -> None:
    response = http.put("/v1/health")
    assert response.status_code == 405
    assert error_code(response) == "method_not_allowed"
    assert response.headers["Allow"] == "GET, HEAD"
    assert http.get("/v1/api-sessions").headers["Allow"] == "POST"
    # Three routes share this address; Allow names the methods of all.
    assert http.put("/v1/access-tokens/at_1").headers["Allow"] == "DELETE, GET, HEAD, PATCH"
    # `lookup` is an address of its own, not a token id.
    for method in ("GET", "PATCH", "DELETE"):
        response = http.request(method, "/v1/access-tokens/lookup")
        assert response.status_code == 405, method
        assert response.headers["Allow"] == "POST"
    assert http.get("/v1/access-tokens/at_1/rotate").headers["Allow"] == "POST"
    assert http.post("/v1/access-tokens/at_1/previous").headers["Allow"] == "DELETE"
    assert http.post("/v1/access-tokens/at_1/activity").headers["Allow"] == "GET, HEAD"


def test_a_trailing_slash_is_not_found_never_redirected(http: httpx.Client) -> None:
    response = http.get("/v1/health/")
    assert response.status_code == 404
    assert error_code(response) == "not_found"
    assert "location" not in response.headers


@pytest.mark.parametrize(
    "body",
    [
        b'{"email": "\xff\xfe", "password": "x"}',  # not UTF-8
        b"[" * 1000 + b"]" * 1000,  # nested too deep
    ],
)
def test_bodies_that_cannot_be_read_get_invalid_json(
    http: httpx.Client, demo: dict[str, str], body: bytes
) -> None:
    for path, headers in (("/v1/sessions", {}), ("/v1/access-tokens", demo)):
        response = http.post(
            path, content=body, headers={**headers, "Content-Type": "application/json"}
        )
        assert response.status_code == 400, path
        assert error_code(response) == "invalid_json"
        assert "UTF-8" in response.json()["error"]["message"]


@pytest.mark.parametrize("host", ["attacker.example", "127.0.0.1.nip.io", "192.168.1.5"])
def test_a_request_addressed_to_another_name_is_refused(http: httpx.Client, host: str) -> None:
    # DNS rebinding: a page on attacker.example resolved to 127.0.0.1 still says its name.
    response = http.get("/v1/health", headers={"Host": host})
    assert response.status_code == 400
    assert error_code(response) == "invalid_host"


@pytest.mark.parametrize("host", ["127.0.0.1:8766", "localhost:8766", "[::1]:8766", "LOCALHOST"])
def test_loopback_names_are_answered(http: httpx.Client, host: str) -> None:
    assert http.get("/v1/health", headers={"Host": host}).status_code == 200


def test_an_unexpected_error_closes_the_connection(
    http: httpx.Client,
    demo: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    expected_logs: ExpectedLogs,
) -> None:
    expected_logs.expect("Exception in ASGI application", logger="uvicorn.error")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(SandboxService, "list_tokens", broken)
    response = http.get("/v1/access-tokens", headers=demo)
    assert response.status_code == 500
    assert error_code(response) == "internal_error"
    # The server may be in any state after a bug: the next request gets a new connection.
    assert response.headers.get("Connection") == "close"
    # uvicorn logs the bug's traceback after it has answered: wait for it here, or it lands
    # in whichever test runs next (and fails one that expects no traceback).
    deadline = time.monotonic() + 10
    while not any(r.exc_info for r in caplog.records) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert any("a bug" in r.getMessage() or r.exc_info for r in caplog.records)


def test_a_client_gone_mid_body_logs_no_traceback(
    sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    host, port = sandbox.url.removeprefix("http://").rsplit(":", 1)
    for path in ("/v1/sessions", "/v1/access-tokens"):
        with socket.create_connection((host, int(port))) as client:
            client.sendall(
                f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                "Content-Length: 1000\r\n\r\n".encode()
                + b'{"email": '
            )
            time.sleep(0.1)  # the server is waiting for the rest of the body when it leaves
    time.sleep(0.5)
    assert not [record for record in caplog.records if record.exc_info], caplog.text
    assert httpx.get(f"{sandbox.url}/v1/health").status_code == 200
