"""The token format: prefix, base62 body and an offline CRC32 checksum."""

import pytest

from app.api import token_format


def test_generated_tokens_are_well_formed_and_unique() -> None:
    tokens = {token_format.generate_token() for _ in range(200)}
    assert len(tokens) == 200
    for token in tokens:
        assert token.startswith("stp_")
        assert len(token) == token_format.TOKEN_LENGTH == 40
        assert token_format.is_well_formed(token)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1],  # truncated paste
        lambda t: t + "x",
        lambda t: t[:10] + ("A" if t[10] != "A" else "B") + t[11:],  # one typo
        lambda t: t[:5] + t[6] + t[5] + t[7:] if t[5] != t[6] else t[:5] + "!" + t[6:],
        lambda t: "stq_" + t[4:],
        lambda t: t.replace(t[-1], "-"),
        lambda t: " " + t[1:],
    ],
)
def test_damaged_tokens_are_caught_offline(mangle: object) -> None:
    assert callable(mangle)
    token = token_format.generate_token()
    assert not token_format.is_well_formed(mangle(token))


def test_hint_is_the_last_four_characters() -> None:
    token = token_format.generate_token()
    assert token_format.hint(token) == token[-4:]
