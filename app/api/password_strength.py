"""How hard a password is to guess, judged by zxcvbn; shared by the sandbox and the app."""

from collections.abc import Sequence
from dataclasses import dataclass

from app.api.token_rules import PASSWORD_MAX, FieldIssue

STRONG_ENOUGH = 3  # zxcvbn's "safely unguessable": about 10^8 guesses or more
_SCORE_WORDS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class Strength:
    """A zxcvbn score from 0 to 4 and one plain sentence of advice (empty when strong)."""

    score: int
    advice: str

    @property
    def acceptable(self) -> bool:
        return self.score >= STRONG_ENOUGH

    @property
    def words(self) -> str:
        return _SCORE_WORDS[self.score]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def password_strength(password: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Score a password of up to 128 characters; words like the username count against it.

    zxcvbn is imported here, on first use: it costs tens of milliseconds that the app's
    start-up must not pay, and the sandbox pays once.
    """
    from zxcvbn import zxcvbn

    result = zxcvbn(
        password, user_inputs=[text for text in user_inputs if text], max_length=PASSWORD_MAX
    )
    score = int(result["score"])
    feedback = result["feedback"]
    suggestions = feedback["suggestions"]
    advice = _sentence(feedback["warning"] or (suggestions[0] if suggestions else ""))
    if score < STRONG_ENOUGH and not advice:
        advice = "This password is easy to guess. Add another word or two."
    return Strength(score, advice)


def weak_password_issue(password: str, user_inputs: Sequence[str]) -> FieldIssue | None:
    """The contract's rule: a score below 3 is refused, with zxcvbn's advice as the reason."""
    strength = password_strength(password, user_inputs)
    if strength.acceptable:
        return None
    return FieldIssue(
        "password_guessable",
        f"{strength.advice} Choose a password that is harder to guess.",
        {"advice": strength.advice},
    )
