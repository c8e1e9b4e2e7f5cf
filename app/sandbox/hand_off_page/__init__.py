"""The one-time hand-off page's own files (served by the sandbox, opened by a developer)."""

from functools import cache
from pathlib import Path

# Each by its fixed name and type: nothing from a request names a file.
ASSETS = {"open.js": "text/javascript", "page.js": "text/javascript", "page.css": "text/css"}
PAGE = "page.html"


@cache
def page_file(name: str) -> bytes:
    """A file of the page, read once (beside this module, in the wheel and the bundle)."""
    if name != PAGE and name not in ASSETS:
        raise KeyError(name)
    return (Path(__file__).parent / name).read_bytes()
