"""What a server offers beyond the seed's part, and what the app may assume of it."""

from dataclasses import dataclass

from app.api.token_rules import PASSWORD_MAX, PASSWORD_MIN

# The contract's optional parts this app knows; a server may name others, which it ignores.
DEVELOPER_SIGN_IN = "developer_sign_in"
ROTATION = "rotation"
ACTIVITY = "activity"
LOOKUP = "lookup"
TOKEN_EDIT = "token_edit"  # noqa: S105 (a feature's name, not a secret)
CONDITIONAL_REQUESTS = "conditional_requests"  # ETags on the token list and activity
HAND_OFFS = "hand_offs"  # one-time links that carry a token's secret, with receipts
KNOWN_FEATURES = frozenset(
    {DEVELOPER_SIGN_IN, ROTATION, ACTIVITY, LOOKUP, TOKEN_EDIT, CONDITIONAL_REQUESTS, HAND_OFFS}
)


@dataclass(frozen=True)
class Capabilities:
    """A server's answer to GET /v1/capabilities (wire.py reads it); `seed()` for one
    without that address.

    `checked_token_format`: tokens carry our prefix and checksum, so a mistyped one can be
    told offline. `password_strength_checked`: the server refuses weak passwords, so the
    app may hold Create until the password is strong enough. Neither is assumed of a server
    that does not say so.
    """

    contract_version: str | None
    features: frozenset[str]
    checked_token_format: bool
    password_min_length: int
    password_max_length: int
    password_strength_checked: bool

    @classmethod
    def seed(cls) -> "Capabilities":
        """Only what Shipturtle's help page describes: list, create, revoke."""
        return cls(
            contract_version=None,
            features=frozenset(),
            checked_token_format=False,
            password_min_length=1,
            password_max_length=PASSWORD_MAX,
            password_strength_checked=False,
        )

    @classmethod
    def everything(cls) -> "Capabilities":
        """All this app knows: the local sandbox's own, for a client that has not asked."""
        return cls(
            contract_version=None,
            features=KNOWN_FEATURES,
            checked_token_format=True,
            password_min_length=PASSWORD_MIN,
            password_max_length=PASSWORD_MAX,
            password_strength_checked=True,
        )

    def offers(self, feature: str) -> bool:
        return feature in self.features
