"""The active tokens a reminder may be about, kept so that finding them costs no full scan."""

import bisect
from collections.abc import Iterable
from datetime import datetime

from app.api.models import AccessToken, TokenStatus

_LAST_ID = "\U0010ffff"  # sorts after every id: (when, _LAST_ID) ends that moment's entries


class Deadlines:
    """Active tokens with an expiry, in its order, and active rotated tokens.

    A list of 10,000 tokens was scanned whole by each reminder update and each watch
    question; with these, a refresh that changes 200 rows touches 200 entries.
    """

    def __init__(self) -> None:
        self._expiring: list[tuple[datetime, str]] = []
        self._rotated: dict[str, AccessToken] = {}

    def rebuild(self, tokens: Iterable[AccessToken]) -> None:
        self._expiring = []
        self._rotated = {}
        for token in tokens:
            self._enter(token, sort=False)
        self._expiring.sort()

    def replace(self, old: AccessToken | None, new: AccessToken | None) -> None:
        """One token changed (`old` None: added; `new` None: removed)."""
        if old is not None:
            self._rotated.pop(old.id, None)
            if old.status is TokenStatus.ACTIVE and old.expires_at is not None:
                entry = (old.expires_at, old.id)
                at = bisect.bisect_left(self._expiring, entry)
                if at < len(self._expiring) and self._expiring[at] == entry:
                    del self._expiring[at]
        if new is not None:
            self._enter(new, sort=True)

    def _enter(self, token: AccessToken, *, sort: bool) -> None:
        if token.status is not TokenStatus.ACTIVE:
            return
        if token.rotation is not None:
            self._rotated[token.id] = token
        if token.expires_at is not None:
            entry = (token.expires_at, token.id)
            if sort:
                bisect.insort(self._expiring, entry)
            else:
                self._expiring.append(entry)

    @property
    def rotated(self) -> list[AccessToken]:
        return list(self._rotated.values())

    def expiring_by(self, until: datetime) -> list[str]:
        """The ids of active tokens that expire at `until` or before."""
        end = bisect.bisect_right(self._expiring, (until, _LAST_ID))
        return [token_id for _, token_id in self._expiring[:end]]
