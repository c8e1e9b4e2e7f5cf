"""Every example in the contract fits its schema, and every request example works as written
against a running sandbox."""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from app.sandbox import start_sandbox
from app.sandbox.examples import REQUESTS
from tools.contract_lint import CONTRACT

DOCUMENT: dict[str, Any] = json.loads(CONTRACT.read_text(encoding="utf-8"))
_URI = "urn:shipturtle:contract"
_REGISTRY: Registry = Registry().with_resource(
    _URI, Resource.from_contents(DOCUMENT, default_specification=DRAFT202012)
)


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _examples() -> Iterator[tuple[str, str, Any]]:
    """(where, JSON pointer of its schema, the example), for every example in the contract."""
    for path, methods in DOCUMENT["paths"].items():
        for method, operation in methods.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                at = _pointer("paths", path, method, "requestBody", "content", "application/json")
                yield f"{operation['operationId']} request", f"/{at}/schema", body["example"]
            for status, answer in operation["responses"].items():
                content = answer.get("content", {}).get("application/json")
                if content is not None:
                    where = ("paths", path, method, "responses", status, "content")
                    at = _pointer(*where, "application/json")
                    name = f"{operation['operationId']} {status}"
                    yield name, f"/{at}/schema", content["example"]


EXAMPLES = list(_examples())


@pytest.mark.parametrize(("where", "schema_at", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_example_fits_its_schema(where: str, schema_at: str, example: Any) -> None:
    validator = Draft202012Validator(
        {"$ref": f"{_URI}#{schema_at}"}, registry=_REGISTRY, format_checker=FormatChecker()
    )
    problems = [error.message for error in validator.iter_errors(example)]
    assert problems == [], where


def _documented(operation_id: str) -> tuple[str, str, set[int]]:
    for path, methods in DOCUMENT["paths"].items():
        for method, operation in methods.items():
            if operation["operationId"] == operation_id:
                statuses = {int(s) for s in operation["responses"] if s.isdigit()}
                return method, path, statuses
    raise KeyError(operation_id)


def test_every_request_example_works_as_written() -> None:
    with start_sandbox(":memory:") as sandbox, httpx.Client(base_url=sandbox.url) as http:
        answers: dict[str, httpx.Response] = {}

        def send(operation_id: str, credential: str | None, **path: str) -> httpx.Response:
            method, template, statuses = _documented(operation_id)
            headers = {"Idempotency-Key": f"example-{operation_id}"}
            if credential:
                headers["Authorization"] = f"Bearer {credential}"
            answer = http.request(
                method, template.format(**path), headers=headers, json=REQUESTS[operation_id]
            )
            assert answer.status_code in statuses, (operation_id, answer.text)
            answers[operation_id] = answer
            return answer

        session = send("openMerchantSession", None).json()["session_token"]
        created = send("createAccessToken", session).json()
        token_id = created["access_token"]["id"]
        assert send("updateAccessToken", session, token_id=token_id).status_code == 200
        assert send("openApiSession", created["token"]).status_code == 201
        assert send("lookupAccessToken", session).status_code == 404  # no store issued it
        assert send("rotateAccessToken", session, token_id=token_id).status_code == 201
        assert send("createHandOff", session).status_code == 404  # no such token here
        assert send("openHandOff", None, hand_off_id="ho_q3Vb1n8Xk2LmT0pWc7RzYA").status_code == 404
    assert set(answers) == set(REQUESTS)
