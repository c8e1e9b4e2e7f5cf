"""Looking through an exception and everything chained to it for a secret."""

import pytest


def _texts(link: BaseException) -> list[str]:
    # vars() finds what str and repr leave out, such as a JSONDecodeError's whole document.
    return [str(link), repr(link), *map(repr, link.args), *map(repr, vars(link).values())]


def assert_no_secret_in_chain(error: BaseException, *secrets: str) -> None:
    """Fails, without quoting anything, if a secret is in any link of the chain."""
    seen: set[int] = set()
    waiting: list[BaseException] = [error]
    while waiting:
        link = waiting.pop()
        if id(link) in seen:
            continue
        seen.add(id(link))
        if any(secret in text for secret in secrets for text in _texts(link)):
            pytest.fail(f"a {type(link).__name__} in the chain holds a secret")
        waiting += [cause for cause in (link.__cause__, link.__context__) if cause is not None]
