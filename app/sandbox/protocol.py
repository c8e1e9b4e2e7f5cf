"""The sandbox's HTTP/1.1 server: uvicorn's h11 protocol, its own 400s in the JSON error shape."""

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.sandbox.error_codes import ErrorCode
from app.sandbox.request_ids import current_request_id

INVALID_REQUEST = (
    "The request is not well-formed HTTP/1.1 (its start line, a header, the Host or the body's "
    "length). Send it again with an HTTP client or library."
)


def error_body(code: str, message: str) -> bytes:
    """An answer's body in the contract's one error shape, with the request's id if any."""
    error = {"code": ErrorCode(code).value, "message": message}
    if (request_id := current_request_id()) is not None:
        error["request_id"] = request_id
    return json.dumps({"error": error}).encode()


class JsonErrorsH11Protocol(H11Protocol):
    """Answers requests that h11 cannot parse (two Hosts or none, a NUL in a header, a bad
    chunk size or Content-Length) as every other error is answered, rather than in plain
    text: 400 `invalid_request` in JSON, and the connection closed."""

    def send_400_response(self, msg: str) -> None:
        body = error_body("invalid_request", INVALID_REQUEST)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()
