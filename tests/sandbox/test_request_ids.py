"""Every answer names its request: a `Request-Id` header, inside error bodies, in the log."""

import asyncio
import logging
import re

import httpx
import pytest

from app.api.error_mapping import error_from_response
from app.sandbox.middleware import AccessLog
from app.sandbox.server import build_sandbox
from app.ui.shared.error_words import error_sentence

REQUEST_ID = re.compile(r"req_[0-9a-f]{16}")


def test_every_answer_has_a_request_id_and_an_error_repeats_it(http: httpx.Client) -> None:
    answers = [
        http.get("/v1/health"),
        http.get("/v1/merchant"),  # 401
        http.get("/v1/nowhere"),  # 404
        http.post("/v1/sessions", content=b"{", headers={"Content-Type": "application/json"}),
        http.post("/v1/sessions", content=b"x" * 70_000),  # refused by the size limit
    ]
    ids = [answer.headers["Request-Id"] for answer in answers]
    assert all(REQUEST_ID.fullmatch(each) for each in ids)
    assert len(set(ids)) == len(ids)
    for answer in answers[1:]:
        assert answer.json()["error"]["request_id"] == answer.headers["Request-Id"]


def test_the_access_log_names_the_request(caplog: pytest.LogCaptureFixture) -> None:
    sandbox = build_sandbox(":memory:")
    caplog.set_level(logging.INFO, logger="app.sandbox.access")

    async def ask() -> httpx.Response:
        transport = httpx.ASGITransport(app=AccessLog(sandbox.app))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.get("/v1/health")

    try:
        answer = asyncio.run(ask())
        assert answer.headers["Request-Id"] in caplog.text
    finally:
        sandbox.database.close()


def test_the_app_gives_support_the_reference_of_a_failed_request() -> None:
    body = {"error": {"code": "internal_error", "message": "Something went wrong."}}
    failed = httpx.Response(500, headers={"Request-Id": "req_0123456789abcdef"}, json=body)
    error = error_from_response(failed)
    assert error.request_id == "req_0123456789abcdef"
    assert error_sentence(error).endswith("give support this reference: req_0123456789abcdef.")
    hostile = httpx.Response(500, headers={"Request-Id": "<a href=x>"}, json=body)
    assert error_from_response(hostile).request_id is None
    wrong = httpx.Response(
        401,
        headers={"Request-Id": "req_0123456789abcdef"},
        json={"error": {"code": "invalid_credentials", "message": "Wrong."}},
    )
    assert "reference" not in error_sentence(error_from_response(wrong))  # theirs to fix
