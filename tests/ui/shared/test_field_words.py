"""Each field problem the rules or the server name has words, and in English they are its own."""

import ast
from pathlib import Path

import pytest
import zxcvbn

from app.api import token_rules
from app.api.password_strength import weak_password_issue
from app.api.token_rules import FieldIssue
from app.sandbox.validation import parse_expiry
from app.ui.shared.field_words import field_sentence
from app.ui.shared.password_words import advice_sentence, score_words

NOW = 1_800_000_000
ISSUES = [
    token_rules.hidden_character_issue("a\u202eb"),
    token_rules.username_issue("a b"),
    token_rules.password_issue("short", "dev"),
    token_rules.password_issue("my-dev-account-key", "dev-account"),
    token_rules.permissions_issue([], ["orders"]),
    token_rules.permissions_issue(["refunds"], ["orders", "products"]),
    token_rules.note_issue("x" * 201),
    weak_password_issue("password1234", ()),
    parse_expiry("tomorrow", NOW)[1],
    parse_expiry("2001-01-01T00:00:00Z", NOW)[1],
    parse_expiry("2099-01-01T00:00:00Z", NOW)[1],
    FieldIssue("username_taken", "An active token already uses this username."),
    FieldIssue("malformed_token", "This is not a complete access token."),
    FieldIssue("required", "This field is required."),
    FieldIssue("too_long", "Use at most 200 characters.", {"limit": 200}),
    FieldIssue("not_allowed", "Use one of: 24, 72.", {"allowed": "24, 72"}),
]


@pytest.mark.parametrize("issue", ISSUES, ids=lambda issue: issue.code if issue else "none")
def test_in_english_each_sentence_is_the_rules_own(issue: FieldIssue | None) -> None:
    assert issue is not None
    assert field_sentence(issue) == issue.message


def test_a_code_from_a_later_server_shows_its_sentence() -> None:
    assert field_sentence(FieldIssue("from_the_future", "As the server says.")) == (
        "As the server says."
    )
    assert field_sentence(FieldIssue("password_length", "Its own words.", {})) == "Its own words."


def _zxcvbn_advice() -> set[str]:
    source = Path(zxcvbn.__file__).with_name("feedback.py").read_text(encoding="utf-8")
    return {
        ast.literal_eval(node.args[0])
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_"
    }


def test_every_advice_zxcvbn_can_give_is_in_the_catalogue() -> None:
    advice = _zxcvbn_advice()
    assert len(advice) > 20
    missing = {text for text in advice if advice_sentence(text) is text}
    assert missing == set()


def test_scores_have_words() -> None:
    assert [score_words(score) for score in range(5)] == [
        "Very weak",
        "Weak",
        "Fair",
        "Strong",
        "Very strong",
    ]
