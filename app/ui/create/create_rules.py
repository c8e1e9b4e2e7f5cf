"""What blocks a new token's form, field by field: a message for the field, a hint for Create."""

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from app.api import token_rules
from app.api.password_strength import Strength
from app.api.token_rules import NOTE_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN
from app.ui.shared.passwords import expiry_problem

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
        return Problem("Enter a username for your developer.", "Enter a username.")
    if hidden := token_rules.hidden_character_problem(username):
        return Problem(hidden, "Remove the invisible character from the username.")
    if not_allowed := _listed(c for c in username if c not in _USERNAME_CHARACTERS):
        return Problem(
            f"Remove {not_allowed}: use only letters A\u2013Z, digits and . _ -",
            f"Remove {not_allowed} from the username.",
        )
    if len(username) < USERNAME_MIN:
        return Problem(
            f"Too short: use at least {USERNAME_MIN} characters.",
            f"Make the username at least {USERNAME_MIN} characters long.",
        )
    if len(username) > USERNAME_MAX:
        return Problem(
            f"Too long: use at most {USERNAME_MAX} characters.",
            f"Shorten the username to {USERNAME_MAX} characters.",
        )
    return _contract("username", token_rules.username_problem(username))


def password_problem(password: str, username: str) -> Problem | None:
    if not password:
        return Problem("Enter a password for your developer.", "Enter a password.")
    if token_rules.hidden_character_problem(password):
        # Not which one: no part of a password goes into a message or a screen reader.
        return Problem(
            "Remove the invisible character from the password: retype or Generate it.",
            "Remove the invisible character from the password.",
        )
    if len(password) < PASSWORD_MIN:
        return Problem(
            f"Too short: use at least {PASSWORD_MIN} characters.",
            f"Make the password at least {PASSWORD_MIN} characters long.",
        )
    if len(password) > PASSWORD_MAX:
        return Problem(
            f"Too long: use at most {PASSWORD_MAX} characters.",
            f"Shorten the password to {PASSWORD_MAX} characters.",
        )
    if len(username) >= USERNAME_MIN and username.casefold() in password.casefold():
        return Problem(
            "The password must not contain the username.",
            "Take the username out of the password.",
        )
    return _contract("password", token_rules.password_problem(password, username))


def strength_problem(strength: Strength | None, judging: bool) -> Problem | None:
    """The server refuses a password zxcvbn scores below "Strong" (app/sandbox/service.py,
    with the same username and store name), so Create waits for the verdict."""
    if judging:
        return Problem(None, "Checking how hard the password is to guess\u2026")
    if strength is None or strength.acceptable:
        return None  # unknown only when it cannot be judged: then the server decides
    return Problem(
        "Too easy to guess: add a few words, or press Generate.",
        "Make the password harder to guess.",
    )


def permissions_problem(keys: Sequence[str], known: Collection[str]) -> Problem | None:
    message = token_rules.permissions_problem(keys, known)
    return Problem(message, message) if message else None


def note_problem(note: str) -> Problem | None:
    if hidden := token_rules.hidden_character_problem(note, line_breaks=True):
        return Problem(hidden, "Remove the invisible character from the note.")
    if len(note) > NOTE_MAX:
        return Problem(
            f"Too long: keep the note to {NOTE_MAX} characters or fewer.",
            f"Shorten the note to {NOTE_MAX} characters.",
        )
    return _contract("note", token_rules.note_problem(note))


def _expiry_problem(expires_at: datetime | None, now: datetime) -> Problem | None:
    message = expiry_problem(expires_at, now)
    if message is None:
        return None
    return Problem(message, message.replace("a date", "an expiry date", 1))


def _contract(field: str, message: str | None) -> Problem | None:
    """Anything the contract refuses that the checks above did not name."""
    return Problem(message, f"Change the {field}.") if message else None


def _refused_blocker(field: str) -> str:
    if field == "username":
        return "Choose another username."
    names = {"expires_at": "expiry date", "permissions": "permissions"}
    return f"Change the {names.get(field, field)}."


def _listed(characters: Iterable[str]) -> str:
    """'“@”', '“@” and spaces', '“@”, “!” and more' for the characters found."""
    found = list(dict.fromkeys(characters))
    if not found:
        return ""
    names = [_character_name(c) for c in found[:_MAX_LISTED]]
    if len(found) > _MAX_LISTED:
        names.append("more")
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _character_name(character: str) -> str:
    if character == " ":
        return "spaces"
    if not character.isprintable():
        return f"U+{ord(character):04X}"
    return f"\u201c{character}\u201d"
