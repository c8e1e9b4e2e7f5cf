"""The rules of the contract for a new access token, shared by the sandbox and the app's form."""

import re
from collections.abc import Collection, Sequence

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


def hidden_character_problem(text: str, *, line_breaks: bool = False) -> str | None:
    """Refuse characters that cannot be seen or that reorder the text around them."""
    found = (_HIDDEN_BUT_LINE_BREAKS if line_breaks else _HIDDEN).search(text)
    if found is None:
        return None
    return f"Remove the invisible control character (U+{ord(found.group()):04X}) from this text."


def without_hidden_characters(text: str) -> str:
    """The text with every character `hidden_character_problem` refuses taken out."""
    return _HIDDEN.sub("", text)


def username_problem(username: str) -> str | None:
    if USERNAME_PATTERN.fullmatch(username):
        return None
    return "Use 3 to 64 letters, digits, dots (.), underscores (_) or hyphens (-)."


def password_problem(password: str, username: str) -> str | None:
    if hidden := hidden_character_problem(password):
        return hidden
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        return f"Use {PASSWORD_MIN} to {PASSWORD_MAX} characters."
    if len(username) >= 3 and username.casefold() in password.casefold():
        return "The password must not contain the username."
    return None


def permissions_problem(keys: Sequence[str], known: Collection[str]) -> str | None:
    if not keys:
        return "Choose at least one permission."
    unknown = sorted(set(keys) - set(known))
    if unknown:
        return f"Unknown permission {', '.join(unknown)}; choose from {', '.join(known)}."
    return None


def note_problem(note: str | None) -> str | None:
    if note is not None and (hidden := hidden_character_problem(note, line_breaks=True)):
        return hidden
    if note is not None and len(note) > NOTE_MAX:
        return f"Keep the note to {NOTE_MAX} characters or fewer."
    return None
