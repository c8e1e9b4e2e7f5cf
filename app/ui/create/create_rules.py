"""What blocks a new token's form, field by field: a message for the field, a hint for Create."""

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from app.api import token_rules
from app.api.errors import ApiError, ValidationError
from app.api.password_strength import Strength
from app.api.token_rules import (
    NOTE_MAX,
    PASSWORD_MAX,
    PASSWORD_MIN,
    USERNAME_MAX,
    USERNAME_MIN,
    FieldIssue,
)
from app.ui.shared.field_words import field_sentence
from app.ui.shared.formatting import listed
from app.ui.shared.passwords import PAST, expiry_issue, expiry_words
from app.ui.shared.translation import fill, tr, translate

# The form's fields, top to bottom: the first one with a problem is named beside Create.
FIELDS = ("username", "password", "permissions", "expires_at", "note")
_USERNAME_CHARACTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"
)
_MAX_LISTED = 2


class Problem(NamedTuple):
    """What is wrong with one field, or what it still waits for.

    Attributes:
        message: the sentence beside the field, saying what to do about it; None when
            nothing is wrong, only not known yet (the password's strength being judged).
        blocker: the short sentence beside Create while this is the first problem.
    """

    message: str | None
    blocker: str


@dataclass(frozen=True)
class FormValues:
    """What the merchant entered, and what the server said of fields not changed since."""

    username: str
    password: str
    permission_keys: Sequence[str]
    known_permissions: Collection[str]
    expires_at: datetime | None
    note: str
    now: datetime
    refused: Mapping[str, str]
    strength: Strength | None = None
    judging: bool = False  # the password's strength is not known yet


def field_names() -> dict[str, str]:
    """Each field as a screen reader names it with its message."""
    return {
        "username": translate("create_rules", "Username"),
        "password": translate("create_rules", "Password"),
        "permissions": translate("create_rules", "API access"),
        "expires_at": translate("create_rules", "Expires"),
        "note": translate("create_rules", "Note"),
    }


def refused_fields(error: ApiError) -> dict[str, str]:
    """What the server said of each field of this form: in the merchant's language where it
    sent a code this app knows, else in its own words."""
    if not isinstance(error, ValidationError):
        return {}
    refused = {name: text for name, text in error.fields.items() if name in FIELDS}
    for name, issue in error.problems.items():
        if name in FIELDS:
            refused[name] = field_sentence(issue)
    return refused


def form_problems(values: FormValues) -> dict[str, Problem]:
    """Every field's problem, in form order; empty when the form can be sent."""
    found = {
        "username": username_problem(values.username),
        "password": password_problem(values.password, values.username)
        or strength_problem(values.strength, values.judging),
        "permissions": permissions_problem(values.permission_keys, values.known_permissions),
        "expires_at": _expiry_problem(values.expires_at, values.now),
        "note": note_problem(values.note),
    }
    for field, message in values.refused.items():
        if found.get(field) is None:
            found[field] = Problem(message, _refused_blocker(field))
    return {field: problem for field, problem in found.items() if problem is not None}


def username_problem(username: str) -> Problem | None:
    if not username:
        return Problem(
            translate("create_rules", "Enter a username for your developer."),
            translate("create_rules", "Enter a username."),
        )
    if hidden := token_rules.hidden_character_issue(username):
        return Problem(
            field_sentence(hidden),
            translate("create_rules", "Remove the invisible character from the username."),
        )
    if not_allowed := _listed(c for c in username if c not in _USERNAME_CHARACTERS):
        return Problem(
            fill(
                translate("create_rules", "Remove %1: use only letters A\u2013Z, digits and . _ -"),
                not_allowed,
            ),
            fill(translate("create_rules", "Remove %1 from the username."), not_allowed),
        )
    if len(username) < USERNAME_MIN:
        return Problem(
            tr("Too short: use at least %n characters.", "", USERNAME_MIN),
            tr("Make the username at least %n characters long.", "", USERNAME_MIN),
        )
    if len(username) > USERNAME_MAX:
        return Problem(
            tr("Too long: use at most %n characters.", "", USERNAME_MAX),
            tr("Shorten the username to %n characters.", "", USERNAME_MAX),
        )
    return _contract("username", token_rules.username_issue(username))


def password_problem(password: str, username: str) -> Problem | None:
    if not password:
        return Problem(
            translate("create_rules", "Enter a password for your developer."),
            translate("create_rules", "Enter a password."),
        )
    if token_rules.hidden_character_issue(password):
        # Not which one: no part of a password goes into a message or a screen reader.
        return Problem(
            translate(
                "create_rules",
                "Remove the invisible character from the password: retype or Generate it.",
            ),
            translate("create_rules", "Remove the invisible character from the password."),
        )
    if len(password) < PASSWORD_MIN:
        return Problem(
            tr("Too short: use at least %n characters.", "", PASSWORD_MIN),
            tr("Make the password at least %n characters long.", "", PASSWORD_MIN),
        )
    if len(password) > PASSWORD_MAX:
        return Problem(
            tr("Too long: use at most %n characters.", "", PASSWORD_MAX),
            tr("Shorten the password to %n characters.", "", PASSWORD_MAX),
        )
    if len(username) >= USERNAME_MIN and username.casefold() in password.casefold():
        return Problem(
            translate("create_rules", "The password must not contain the username."),
            translate("create_rules", "Take the username out of the password."),
        )
    return _contract("password", token_rules.password_issue(password, username))


def strength_problem(strength: Strength | None, judging: bool) -> Problem | None:
    """The server refuses a password zxcvbn scores below "Strong" (app/sandbox/service.py,
    with the same username and store name), so Create waits for the verdict."""
    if judging:
        return Problem(
            None, translate("create_rules", "Checking how hard the password is to guess\u2026")
        )
    if strength is None or strength.acceptable:
        return None  # unknown only when it cannot be judged: then the server decides
    return Problem(
        translate("create_rules", "Too easy to guess: add a few words, or press Generate."),
        translate("create_rules", "Make the password harder to guess."),
    )


def permissions_problem(keys: Sequence[str], known: Collection[str]) -> Problem | None:
    issue = token_rules.permissions_issue(keys, known)
    return Problem(field_sentence(issue), field_sentence(issue)) if issue else None


def note_problem(note: str) -> Problem | None:
    if hidden := token_rules.hidden_character_issue(note, line_breaks=True):
        return Problem(
            field_sentence(hidden),
            translate("create_rules", "Remove the invisible character from the note."),
        )
    if len(note) > NOTE_MAX:
        return Problem(
            tr("Too long: keep the note to %n characters or fewer.", "", NOTE_MAX),
            tr("Shorten the note to %n characters.", "", NOTE_MAX),
        )
    return _contract("note", token_rules.note_issue(note))


def _expiry_problem(expires_at: datetime | None, now: datetime) -> Problem | None:
    issue = expiry_issue(expires_at, now)
    if issue is None:
        return None
    if issue == PAST:
        blocker = translate("create_rules", "Choose an expiry date in the future.")
    else:
        blocker = translate("create_rules", "Choose an expiry date at most a year from today.")
    return Problem(expiry_words(issue), blocker)


def _contract(field: str, issue: FieldIssue | None) -> Problem | None:
    """Anything the contract refuses that the checks above did not name."""
    return Problem(field_sentence(issue), _change(field)) if issue else None


def _change(field: str) -> str:
    """What the hint beside Create says for a field the server or the contract refused."""
    if field == "username":
        return translate("create_rules", "Change the username.")
    if field == "password":
        return translate("create_rules", "Change the password.")
    if field == "permissions":
        return translate("create_rules", "Change the permissions.")
    if field == "expires_at":
        return translate("create_rules", "Change the expiry date.")
    return translate("create_rules", "Change the note.")


def _refused_blocker(field: str) -> str:
    if field == "username":
        return translate("create_rules", "Choose another username.")
    return _change(field)


def _listed(characters: Iterable[str]) -> str:
    """'“@”', '“@” and spaces', '“@”, “!” and more' for the characters found."""
    found = list(dict.fromkeys(characters))
    if not found:
        return ""
    names = [_character_name(c) for c in found[:_MAX_LISTED]]
    if len(found) > _MAX_LISTED:
        names.append(translate("create_rules", "more", "the end of a list of characters"))
    return listed(names)


def _character_name(character: str) -> str:
    if character == " ":
        return translate("create_rules", "spaces", "a character named in a list: “@” and spaces")
    if not character.isprintable():
        return f"U+{ord(character):04X}"
    return fill(
        translate("create_rules", "\u201c%1\u201d", "a character quoted in a list"), character
    )
