"""Which optional parts of the contract a sandbox offers (`--features`), beyond the seed's."""

from collections.abc import Iterable

# What the seed's help page describes (sign in, list, create, revoke) is always there. These
# are the contract's optional parts; a server may offer any of them, and says which at
# GET /v1/capabilities. The operations of each name theirs in the OpenAPI document.
OPTIONAL_FEATURES = (
    "developer_sign_in",
    "rotation",
    "activity",
    "lookup",
    "token_edit",
    "conditional_requests",  # ETags on the token list and activity, 304 when unchanged
    "hand_offs",  # one-time links that carry a token's secret, end-to-end encrypted
)
FEATURE_EXTENSION = "x-shipturtle-feature"
# Only the seed's part: like a server that knows nothing of this contract's additions, it
# has no /v1/capabilities either.
SEED = "seed"
ALL = "all"


class Features:
    """The optional parts one sandbox offers; the seed's part is always offered."""

    def __init__(self, offered: Iterable[str] = OPTIONAL_FEATURES, *, announced: bool = True):
        self.offered = frozenset(offered)
        unknown = self.offered - set(OPTIONAL_FEATURES)
        if unknown:
            raise ValueError(f"unknown features: {', '.join(sorted(unknown))}")
        # Whether GET /v1/capabilities answers: a server with only the seed's part lacks it.
        self.announced = announced

    @classmethod
    def seed(cls) -> "Features":
        return cls((), announced=False)

    @classmethod
    def parse(cls, text: str) -> "Features":
        """`all`, `seed`, or a comma-separated list of the optional parts' names."""
        words = [word.strip() for word in text.split(",") if word.strip()]
        if words == [ALL]:
            return cls()
        if words == [SEED]:
            return cls.seed()
        if not words or SEED in words or ALL in words:
            raise ValueError(f"use {ALL}, {SEED} or a list of: {', '.join(OPTIONAL_FEATURES)}")
        return cls(words)

    def offers(self, feature: str | None) -> bool:
        return feature is None or feature in self.offered

    def in_order(self) -> list[str]:
        return [feature for feature in OPTIONAL_FEATURES if feature in self.offered]
