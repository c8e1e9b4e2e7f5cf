"""What is wrong with a field (a rule's or the server's code) in the merchant's language."""

from collections.abc import Callable, Mapping

from app.api.token_rules import FieldIssue
from app.ui.shared.password_words import advice_sentence
from app.ui.shared.translation import fill, tr, translate

Params = Mapping[str, str | int]


def _note_too_long(params: Params) -> str:
    return tr("Keep the note to %n characters or fewer.", "", int(params["max"]))


def _expiry_too_far(params: Params) -> str:
    return tr("The expiry date can be at most %n days from now.", "", int(params["days"]))


def _too_long(params: Params) -> str:
    return tr("Use at most %n characters.", "", int(params["limit"]))


_SENTENCES: dict[str, Callable[[Params], str]] = {
    "hidden_character": lambda p: fill(
        translate("field_words", "Remove the invisible control character (%1) from this text."),
        p["character"],
    ),
    "username_format": lambda p: fill(
        translate(
            "field_words",
            "Use %1 to %2 letters, digits, dots (.), underscores (_) or hyphens (-).",
        ),
        p["min"],
        p["max"],
    ),
    "username_taken": lambda _p: translate(
        "field_words", "An active token already uses this username."
    ),
    "password_length": lambda p: fill(
        translate("field_words", "Use %1 to %2 characters."), p["min"], p["max"]
    ),
    "password_has_username": lambda _p: translate(
        "field_words", "The password must not contain the username."
    ),
    "password_guessable": lambda p: fill(
        translate("field_words", "%1 Choose a password that is harder to guess."),
        advice_sentence(str(p["advice"])),
    ),
    "permissions_missing": lambda _p: translate("field_words", "Choose at least one permission."),
    "permissions_unknown": lambda p: fill(
        translate("field_words", "Unknown permission %1; choose from %2."), p["unknown"], p["known"]
    ),
    "note_too_long": _note_too_long,
    "expiry_format": lambda _p: translate(
        "field_words", "Give a date and time with a time zone, like 2027-01-31T23:59:59Z."
    ),
    "expiry_past": lambda _p: translate("field_words", "The expiry date must be in the future."),
    "expiry_too_far": _expiry_too_far,
    "malformed_token": lambda _p: translate("field_words", "This is not a complete access token."),
    "required": lambda _p: translate("field_words", "This field is required."),
    "too_long": _too_long,
    "not_allowed": lambda p: fill(translate("field_words", "Use one of: %1."), p["allowed"]),
}


def field_sentence(issue: FieldIssue) -> str:
    """The field's problem in the language loaded; one this app has no words for yet, in
    the English the rule or the server gave."""
    sentence = _SENTENCES.get(issue.code)
    if sentence is None:
        return issue.message
    try:
        return sentence(issue.params)
    except (KeyError, ValueError):  # a value the sentence needs is missing or malformed
        return issue.message
