"""httpx transports for fault injection: scripted answers, and a response lost in transit."""

from collections.abc import Callable, Iterator
from typing import Any

import httpx

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Scripted(httpx.MockTransport):
    """Answers each request with the next step of a script and records what was sent."""

    def __init__(self, *steps: Step) -> None:
        self.requests: list[httpx.Request] = []
        self._steps: Iterator[Step] = iter(steps)
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = next(self._steps)
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return step(request)


def error(status: int, code: str, message: str = "Server says no.", **extra: Any) -> httpx.Response:
    body: dict[str, Any] = {"error": {"code": code, "message": message, **extra}}
    return httpx.Response(status, json=body)


class LosesFirstCreateResponse(httpx.HTTPTransport):
    """Delivers the first create to the real server, then loses the answer on the way back."""

    def __init__(self) -> None:
        super().__init__()
        self.creates_sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "POST" and request.url.path == "/v1/access-tokens":
            self.creates_sent += 1
            if self.creates_sent == 1:
                response.read()
                response.close()
                raise httpx.ReadError("connection reset by peer", request=request)
        return response
