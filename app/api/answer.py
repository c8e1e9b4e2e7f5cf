"""Reading an answer's body as it streams, decoded, and refused once past a size bound."""

import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from app.api import errors

# The largest answer of the contract (a page of 200 tokens) is some 100 KB.
MAX_ANSWER_BYTES = 1024 * 1024
# The encodings asked for are the ones decoded here, where zlib bounds what each step yields.
ACCEPT_ENCODING = "gzip, deflate"
_GZIP_OR_ZLIB = 32 + zlib.MAX_WBITS  # either header, whichever the server sends
_STEP = 64 * 1024
_HEADERS_OF_THE_WIRE = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def read_answer(
    response: httpx.Response, limit: int = MAX_ANSWER_BYTES
) -> httpx.Response | errors.ApiError:
    """The answer with its body in memory and decoded, or why it is refused.

    httpx's own decoders inflate each piece whole (64 KB of a gzip bomb is 64 MB), so the
    raw stream is decoded here, a bounded step at a time.
    """
    if response.is_stream_consumed:  # made in memory (a test's transport): read already
        body = response.content
        return _in_memory(response, body) if len(body) <= limit else errors.AnswerTooLargeError()
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
        return errors.InvalidResponseError("response", "is compressed in an unknown way")
    raw = response.iter_raw()
    outcome: bytes | errors.ApiError
    try:
        outcome = _joined(raw if encoding == "identity" else _inflated(raw), limit)
    except zlib.error:
        # Made, not raised, here: it is raised later, with no zlib error chained to it.
        outcome = errors.InvalidResponseError("response", "is compressed wrongly")
    return outcome if isinstance(outcome, errors.ApiError) else _in_memory(response, outcome)


def json_of(response: httpx.Response) -> Any:
    """The body's JSON; InvalidResponseError, with nothing chained to it, when there is none.

    Nesting deep enough to exhaust Python's stack (200,000 brackets) is no JSON here either.
    """
    try:
        return response.json()
    except (ValueError, RecursionError):
        pass  # raised below, so that the decoder's error (and the whole body) is not chained
    raise errors.InvalidResponseError("response", "is not JSON")


def _joined(pieces: Iterable[bytes], limit: int) -> bytes | errors.ApiError:
    kept: list[bytes] = []
    size = 0
    for piece in pieces:
        size += len(piece)
        if size > limit:  # stops reading: the rest is never asked for
            return errors.AnswerTooLargeError()
        kept.append(piece)
    return b"".join(kept)


def _inflated(raw: Iterable[bytes]) -> Iterator[bytes]:
    decoder = zlib.decompressobj(_GZIP_OR_ZLIB)
    for chunk in raw:
        data = chunk
        while data and not decoder.eof:
            yield decoder.decompress(data, _STEP)
            data = decoder.unconsumed_tail
    yield decoder.flush()


def _in_memory(response: httpx.Response, body: bytes) -> httpx.Response:
    """The answer as httpx would have read it, its body already decoded."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in _HEADERS_OF_THE_WIRE
    ]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request
    )
