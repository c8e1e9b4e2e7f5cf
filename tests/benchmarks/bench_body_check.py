"""The JSON nesting check before authentication, on hostile bodies: `make bench` or `python -m ...`.

For each shape of body, the check's time at 64 KiB against its time at 32 KiB (linear: at
most 2.2x) and against `json.loads` of the same 64 KiB body, both measured in this run.
"""

import contextlib
import json
import sys
import timeit
from collections.abc import Callable

from app.sandbox.middleware import MAX_BODY_BYTES, too_deep
from tests.benchmarks.report import Figure, print_table

GROWTH_RATIO = 2.2
PARSER_RATIO = 1.0
_RUNS = 30


def _fill(unit: bytes, size: int, head: bytes = b"", tail: bytes = b"") -> bytes:
    """`unit` repeated between `head` and `tail`, cut to `size` bytes in all."""
    room = size - len(head) - len(tail)
    return head + (unit * (room // len(unit) + 1))[:room] + tail


SHAPES: dict[str, Callable[[int], bytes]] = {
    "escaped quotes, unterminated": lambda size: _fill(b'\\"', size, b'"'),
    "backslashes, unterminated": lambda size: _fill(b"\\", size, b'"'),
    "opening brackets only": lambda size: _fill(b"[", size),
    "shallow brackets": lambda size: _fill(b"[],{},", size, b"[", b"[]]"),
    "objects 31 deep, side by side": lambda size: _fill(
        b'{"a": ' * 31 + b"1" + b"}" * 31 + b",", size, b"[", b"1]"
    ),
    "arrays 31 deep, side by side": lambda size: _fill(
        b"[" * 31 + b"1" + b"]" * 31 + b",", size, b"[", b"1]"
    ),
    "short strings": lambda size: _fill(b'"a",', size, b"[", b'"a"]'),
    "unicode and escapes in a string": lambda size: _fill(
        '\\"ü[é]\\\\'.encode(), size, b'{"k": "', b'"}'
    ),
    "escaped quotes and brackets": lambda size: _fill(b'\\"[', size, b'["', b'"]'),
}


def _microseconds(action: Callable[[], object]) -> float:
    """The fastest of several batches, per call: the least disturbed by a shared machine."""
    return min(timeit.repeat(action, number=_RUNS, repeat=7)) / _RUNS * 1e6


def _parse(body: bytes) -> None:
    with contextlib.suppress(ValueError, RecursionError):
        json.loads(body)


def _figures(name: str, make: Callable[[int], bytes]) -> list[Figure]:
    half, whole = make(MAX_BODY_BYTES // 2), make(MAX_BODY_BYTES)
    at_half = _microseconds(lambda: too_deep(half))
    at_whole = _microseconds(lambda: too_deep(whole))
    parser = _microseconds(lambda: _parse(whole))
    return [
        Figure(f"{name}: json.loads of 64 KiB", parser, "us", None),
        Figure.against(f"{name}: check of 64 KiB vs 32 KiB", at_whole, "us", at_half, GROWTH_RATIO),
        Figure.against(
            f"{name}: check of 64 KiB vs json.loads", at_whole, "us", parser, PARSER_RATIO
        ),
    ]


def run() -> bool:
    figures = [figure for name, make in SHAPES.items() for figure in _figures(name, make)]
    return print_table("The JSON nesting check before authentication (microseconds)", figures)


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
