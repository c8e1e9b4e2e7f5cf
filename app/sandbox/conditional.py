"""Conditional GETs (contract 1.6.0): an answer's entity tag, and 304 when the client has it."""

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Header, Response
from fastapi.responses import JSONResponse

CONDITIONAL_REQUESTS = "conditional_requests"

IfNoneMatch = Annotated[
    str | None,
    Header(
        alias="If-None-Match",
        description="The ETag of an answer the client has (conditional_requests): when "
        "nothing in it would change, the answer is 304 Not Modified, with no body.",
        max_length=512,
    ),
]


_ETAG = {
    "ETag": {
        "description": "The answer's entity tag (conditional_requests): send it back as "
        "If-None-Match to ask whether anything changed.",
        "schema": {"type": "string"},
    }
}
# The OpenAPI `responses` of a conditional GET, beside its errors.
CONDITIONAL_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The answer, with its ETag when conditional_requests is offered.",
        "headers": _ETAG,
    },
    304: {
        "description": "Not Modified: nothing in the answer changed since the ETag sent "
        "as If-None-Match; no body.",
        "headers": _ETAG,
    },
}


@dataclass(frozen=True)
class Tagged:
    """An answer and its entity tag; `body` None: the client's copy is current (304)."""

    tag: str
    body: Any | None


def matches(if_none_match: str | None, tag: str) -> bool:
    """Whether If-None-Match names this tag (weak comparison, as RFC 9110 says for it)."""
    if not if_none_match:
        return False
    names = [name.strip().removeprefix("W/") for name in if_none_match.split(",")]
    return "*" in names or tag in names


def tagged_response(answer: Tagged) -> Response:
    """200 with the body, or 304 without one; either way the tag, to be revalidated."""
    headers = {"ETag": answer.tag, "Cache-Control": "private, no-cache"}
    if answer.body is None:
        return Response(status_code=304, headers=headers)
    return JSONResponse(answer.body, headers=headers)
