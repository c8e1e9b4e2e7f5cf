"""What the app needs of a Shipturtle server, as a protocol: the seam another backend plugs into.

`ShipturtleClient` (HTTP, our contract) is the one implementation today. The token service
depends on this protocol only, so a server that speaks another dialect needs a class with
these methods, not changes in the service or the windows. Everything beyond the seed's part
(list, create, revoke) is optional: `capabilities()` says which parts a server offers, and
the app calls nothing it does not offer.
"""

from datetime import datetime
from typing import Protocol

from app.api.capabilities import Capabilities
from app.api.hand_off_calls import HandOffCalls
from app.api.models import (
    AccessToken,
    Activity,
    CreatedToken,
    Merchant,
    NewToken,
    Permission,
    Session,
    TokenMatch,
    TokensNow,
)
from app.api.secret import Secret
from app.api.unset import Unset


class TokenBackend(Protocol):
    """One merchant's session with one server; blocking calls, made off the GUI thread.

    Failures raise the typed errors of app/api/errors.py; an ended session raises
    SessionExpiredError.
    """

    @property
    def base_url(self) -> str: ...

    def close(self) -> None: ...

    @property
    def hand_offs(self) -> HandOffCalls:
        """One-time links (`hand_offs`): send, receipts, withdraw."""
        ...

    def capabilities(self) -> Capabilities:
        """What the server offers beyond the seed's part; only that part if it cannot say."""
        ...

    # The session

    def sign_in(self, email: str, password: Secret) -> Session: ...

    def resume(self, session_token: Secret) -> Session:
        """Go on with a session opened earlier (remembered in the keychain)."""
        ...

    def sign_out(self) -> None:
        """End the session on the server if it can be reached; forget it here in any case."""
        ...

    def merchant(self) -> Merchant: ...

    # The seed's part: list, create, revoke

    def permissions(self) -> list[Permission]: ...

    def list_tokens(self, status: str = "active") -> list[AccessToken]: ...

    def tokens_since(self, etag: str | None, status: str = "all") -> TokensNow: ...

    def get_token(self, token_id: str) -> AccessToken: ...

    def create_token(self, new_token: NewToken, idempotency_key: str) -> CreatedToken: ...

    def revoke_token(self, token_id: str) -> None: ...

    # Optional parts (see Capabilities)

    def update_token(
        self,
        token_id: str,
        *,
        note: str | Unset | None = ...,
        expires_at: datetime | Unset | None = ...,
    ) -> AccessToken:
        """token_edit"""
        ...

    def rotate_token(self, token_id: str, overlap_hours: int, idempotency_key: str) -> CreatedToken:
        """rotation"""
        ...

    def stop_previous_secret(self, token_id: str) -> None:
        """rotation"""
        ...

    def activity(self, token_id: str, days: int = 30) -> Activity:
        """activity"""
        ...

    def activity_since(
        self, token_id: str, etag: str | None, days: int = 30
    ) -> tuple[Activity | None, str | None]:
        """activity, or None when unchanged since `etag` (conditional_requests)"""
        ...

    def lookup_token(self, token: Secret, *, checked_format: bool = True) -> TokenMatch:
        """lookup; `checked_format`: the server's tokens have our prefix and checksum, so a
        mistyped one is refused before asking."""
        ...
