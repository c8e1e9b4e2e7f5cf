"""How a list read again differs from the one on screen, worked out off the GUI thread."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.api.hand_off_calls import HandOffReceipt
from app.api.models import AccessToken


@dataclass(frozen=True)
class TokenChanges:
    """The tokens as the server has them now, and what changed since `known` was taken:
    applying only that keeps a refresh of 10,000 tokens within a few milliseconds."""

    tokens: tuple[AccessToken, ...]
    changed: tuple[AccessToken, ...] = ()  # there before, different now
    added: tuple[AccessToken, ...] = ()
    removed: frozenset[str] = frozenset()
    before: dict[str, AccessToken] = field(default_factory=dict)  # of the changed ones
    # The one-time links' receipts, read with the list when the server offers them (a
    # receipt's change is a change of the collection): None when they were not read.
    receipts: tuple[HandOffReceipt, ...] | None = None

    @property
    def any(self) -> bool:
        return bool(self.changed or self.added or self.removed)


def token_changes(known: Sequence[AccessToken], now: Sequence[AccessToken]) -> TokenChanges:
    was = {token.id: token for token in known}
    changed: list[AccessToken] = []
    added: list[AccessToken] = []
    before: dict[str, AccessToken] = {}
    for token in now:
        old = was.pop(token.id, None)
        if old is None:
            added.append(token)
        elif old != token:
            changed.append(token)
            before[token.id] = old
    return TokenChanges(tuple(now), tuple(changed), tuple(added), frozenset(was), before)
