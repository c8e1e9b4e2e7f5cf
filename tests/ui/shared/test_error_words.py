"""Every reason an error can carry has a sentence, and in English it reads as the error's own."""

import pytest

from app.api import errors
from app.api.errors import ApiError
from app.services.token_service import NothingRememberedError
from app.storage.credentials import KeychainLockedError, KeychainUnreadableError, NoKeychainError
from app.ui.shared.error_words import error_sentence


def _all_errors() -> list[type[ApiError]]:
    found: list[type[ApiError]] = []
    todo = [ApiError]
    while todo:
        kind = todo.pop()
        found.append(kind)
        todo.extend(kind.__subclasses__())
    return found


def test_every_error_class_has_a_sentence() -> None:
    # Importing these registers the subclasses outside app.api.
    assert {NothingRememberedError, KeychainLockedError, NoKeychainError, KeychainUnreadableError}
    unworded = "\u27c2"  # what error_sentence falls back to when it has no words
    missing = {
        kind.__name__
        for kind in _all_errors()
        if error_sentence(ApiError(unworded, reason=kind.reason, params={"detail": "x"}))
        == unworded
    }
    assert missing == set()


PLAIN = [
    kind
    for kind in _all_errors()
    if kind
    not in {errors.RateLimitedError, errors.InvalidResponseError, errors.AnswerTooLargeError}
]


@pytest.mark.parametrize("kind", PLAIN, ids=lambda kind: kind.__name__)
def test_in_english_the_sentence_is_the_errors_own(kind: type[ApiError]) -> None:
    assert error_sentence(kind()) == kind.default_message


@pytest.mark.parametrize(
    "error",
    [
        errors.RateLimitedError(30),
        errors.RateLimitedError(None),
        errors.InvalidResponseError("tokens[0].id"),
        errors.AnswerTooLargeError(),
        errors.InvalidTokenError(
            errors.InvalidTokenError.mistyped_message, reason="malformed_token"
        ),
    ],
    ids=lambda error: error.reason,
)
def test_sentences_with_values_read_as_the_errors_own(error: ApiError) -> None:
    assert error_sentence(error) == error.message


def test_the_servers_own_words_are_marked_as_its_words() -> None:
    error = errors.RequestRejectedError("Store is closed for maintenance.", code="closed")
    assert (
        error_sentence(error)
        == "The server refused this, saying: \u201cStore is closed for maintenance.\u201d"
    )
    assert error_sentence(errors.RequestRejectedError()) == ApiError.default_message


def test_an_unknown_reason_falls_back_to_the_english_words() -> None:
    assert error_sentence(ApiError("Plain words.", reason="from_the_future")) == "Plain words."
