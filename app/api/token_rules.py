"""The rules of the contract for a new access token, shared by the sandbox and the app's form."""

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

USERNAME_MIN, USERNAME_MAX = 3, 64
USERNAME_PATTERN = re.compile(rf"[A-Za-z0-9._-]{{{USERNAME_MIN},{USERNAME_MAX}}}")
PASSWORD_MIN, PASSWORD_MAX = 12, 128
NOTE_MAX = 200
MAX_LIFETIME_DAYS = 366


# C0 and C1 controls (NUL among them), and the bidirectional overrides and isolates that
# make "invoice \u202egpj.exe" read as "invoiceexe.jpg". Zero-width joiners stay: emoji use them.
# Also the invisible marks and spaces that make two texts look alike: bidi marks, zero-width
# space, byte-order mark, soft hyphen, line and paragraph separators.
_BIDI = "\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\u00ad\u2028\u2029\ufeff"
_HIDDEN_CLASS = f"\x00-\x1f\x7f-\x9f{_BIDI}"
_HIDDEN_BUT_LINE_BREAKS_CLASS = f"\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}"
_HIDDEN = re.compile(f"[{_HIDDEN_CLASS}]")
_HIDDEN_BUT_LINE_BREAKS = re.compile(f"[{_HIDDEN_BUT_LINE_BREAKS_CLASS}]")


@dataclass(frozen=True)
class FieldIssue:
    """What is wrong with one field: a code and its values, for a client to say in its
    user's language, and the contract's English sentence, for clients that do not."""

    code: str
    message: str
    params: Mapping[str, str | int] = field(default_factory=dict)


def hidden_character_issue(text: str, *, line_breaks: bool = False) -> FieldIssue | None:
    """Refuse characters that cannot be seen or that reorder the text around them."""
    found = (_HIDDEN_BUT_LINE_BREAKS if line_breaks else _HIDDEN).search(text)
    if found is None:
        return None
    code_point = f"U+{ord(found.group()):04X}"
    return FieldIssue(
        "hidden_character",
        f"Remove the invisible control character ({code_point}) from this text.",
        {"character": code_point},
    )


def hidden_character_problem(text: str, *, line_breaks: bool = False) -> str | None:
    issue = hidden_character_issue(text, line_breaks=line_breaks)
    return issue.message if issue else None


def without_hidden_characters(text: str) -> str:
    """The text with every character `hidden_character_issue` refuses taken out."""
    return _HIDDEN.sub("", text)


def username_issue(username: str) -> FieldIssue | None:
    if USERNAME_PATTERN.fullmatch(username):
        return None
    return FieldIssue(
        "username_format",
        f"Use {USERNAME_MIN} to {USERNAME_MAX} letters, digits, dots (.), underscores (_) or "
        "hyphens (-).",
        {"min": USERNAME_MIN, "max": USERNAME_MAX},
    )


def password_issue(password: str, username: str) -> FieldIssue | None:
    if hidden := hidden_character_issue(password):
        return hidden
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        return FieldIssue(
            "password_length",
            f"Use {PASSWORD_MIN} to {PASSWORD_MAX} characters.",
            {"min": PASSWORD_MIN, "max": PASSWORD_MAX},
        )
    if len(username) >= 3 and username.casefold() in password.casefold():
        return FieldIssue("password_has_username", "The password must not contain the username.")
    return None


def permissions_issue(keys: Sequence[str], known: Collection[str]) -> FieldIssue | None:
    if not keys:
        return FieldIssue("permissions_missing", "Choose at least one permission.")
    unknown = sorted(set(keys) - set(known))
    if unknown:
        listed, choices = ", ".join(unknown), ", ".join(known)
        return FieldIssue(
            "permissions_unknown",
            f"Unknown permission {listed}; choose from {choices}.",
            {"unknown": listed, "known": choices},
        )
    return None


def note_issue(note: str | None) -> FieldIssue | None:
    if note is not None and (hidden := hidden_character_issue(note, line_breaks=True)):
        return hidden
    if note is not None and len(note) > NOTE_MAX:
        return FieldIssue(
            "note_too_long", f"Keep the note to {NOTE_MAX} characters or fewer.", {"max": NOTE_MAX}
        )
    return None
