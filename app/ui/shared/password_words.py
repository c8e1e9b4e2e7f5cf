"""zxcvbn's advice about a password (English, from the library) in the merchant's language."""

from collections.abc import Callable

from app.ui.shared.translation import translate

# Every sentence zxcvbn 4.5 gives (its feedback module), and the app's own when it gives none.
_ADVICE: dict[str, Callable[[], str]] = {
    "A word by itself is easy to guess.": lambda: translate(
        "password_words", "A word by itself is easy to guess."
    ),
    "Add another word or two. Uncommon words are better.": lambda: translate(
        "password_words", "Add another word or two. Uncommon words are better."
    ),
    "All-uppercase is almost as easy to guess as all-lowercase.": lambda: translate(
        "password_words", "All-uppercase is almost as easy to guess as all-lowercase."
    ),
    "Avoid dates and years that are associated with you.": lambda: translate(
        "password_words", "Avoid dates and years that are associated with you."
    ),
    "Avoid recent years.": lambda: translate("password_words", "Avoid recent years."),
    "Avoid repeated words and characters.": lambda: translate(
        "password_words", "Avoid repeated words and characters."
    ),
    "Avoid sequences.": lambda: translate("password_words", "Avoid sequences."),
    "Avoid years that are associated with you.": lambda: translate(
        "password_words", "Avoid years that are associated with you."
    ),
    "Capitalization doesn't help very much.": lambda: translate(
        "password_words", "Capitalization doesn't help very much."
    ),
    "Common names and surnames are easy to guess.": lambda: translate(
        "password_words", "Common names and surnames are easy to guess."
    ),
    "Dates are often easy to guess.": lambda: translate(
        "password_words", "Dates are often easy to guess."
    ),
    "Names and surnames by themselves are easy to guess.": lambda: translate(
        "password_words", "Names and surnames by themselves are easy to guess."
    ),
    "No need for symbols, digits, or uppercase letters.": lambda: translate(
        "password_words", "No need for symbols, digits, or uppercase letters."
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": lambda: translate(
        "password_words", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
    "Recent years are easy to guess.": lambda: translate(
        "password_words", "Recent years are easy to guess."
    ),
    'Repeats like "aaa" are easy to guess.': lambda: translate(
        "password_words", 'Repeats like "aaa" are easy to guess.'
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': lambda: translate(
        "password_words", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    "Reversed words aren't much harder to guess.": lambda: translate(
        "password_words", "Reversed words aren't much harder to guess."
    ),
    'Sequences like "abc" or "6543" are easy to guess.': lambda: translate(
        "password_words", 'Sequences like "abc" or "6543" are easy to guess.'
    ),
    "Short keyboard patterns are easy to guess.": lambda: translate(
        "password_words", "Short keyboard patterns are easy to guess."
    ),
    "Straight rows of keys are easy to guess.": lambda: translate(
        "password_words", "Straight rows of keys are easy to guess."
    ),
    "This is a top-10 common password.": lambda: translate(
        "password_words", "This is a top-10 common password."
    ),
    "This is a top-100 common password.": lambda: translate(
        "password_words", "This is a top-100 common password."
    ),
    "This is a very common password.": lambda: translate(
        "password_words", "This is a very common password."
    ),
    "This is similar to a commonly used password.": lambda: translate(
        "password_words", "This is similar to a commonly used password."
    ),
    "This password is easy to guess. Add another word or two.": lambda: translate(
        "password_words", "This password is easy to guess. Add another word or two."
    ),
    "Use a few words, avoid common phrases.": lambda: translate(
        "password_words", "Use a few words, avoid common phrases."
    ),
    "Use a longer keyboard pattern with more turns.": lambda: translate(
        "password_words", "Use a longer keyboard pattern with more turns."
    ),
}


def advice_sentence(advice: str) -> str:
    """zxcvbn's advice in the language loaded; advice it may give one day, as it is."""
    words = _ADVICE.get(advice)
    return words() if words else advice


def score_words(score: int) -> str:
    """zxcvbn's score from 0 to 4 in words."""
    words = (
        translate("password_words", "Very weak"),
        translate("password_words", "Weak"),
        translate("password_words", "Fair"),
        translate("password_words", "Strong"),
        translate("password_words", "Very strong"),
    )
    return words[min(max(score, 0), len(words) - 1)]
