"""The developer's side of the sandbox: sign in with a token, a username and a password, then
call the data plane with the API session that gives."""

from typing import Any

from app.api import token_format
from app.sandbox import problems, security
from app.sandbox.database import Database
from app.sandbox.guards import AttemptLimiter
from app.sandbox.problems import ApiProblem, parsed_body
from app.sandbox.records import PERMISSIONS, TokenRecord, rfc3339
from app.sandbox.schemas import DeveloperSignInRequest
from app.sandbox.store import ApiSessionRecord, NewApiSession, Store, TokenLogin

API_SESSION_LIFETIME_SECONDS = 3600


def api_session_required() -> ApiProblem:
    return ApiProblem(
        401,
        "api_session_required",
        "Access tokens do not open the data plane by themselves. Sign in first with "
        "POST /v1/api-sessions (the access token, the username and the password), then send "
        "the API session it returns.",
        headers=problems.BEARER_CHALLENGE,
    )


def api_session_expired() -> ApiProblem:
    return ApiProblem(
        401,
        "api_session_expired",
        "This API session has ended after its hour. Sign in again with POST /v1/api-sessions.",
        headers=problems.BEARER_CHALLENGE,
    )


def invalid_credentials() -> ApiProblem:
    return ApiProblem(
        401,
        "invalid_credentials",
        "The username or password is not right for this access token. Check both and try again.",
    )


class DeveloperService:
    """Developer sign-in and the data plane, on the same database as the merchant's side."""

    def __init__(self, database: Database, limiter: AttemptLimiter) -> None:
        self._db = database
        self._limiter = limiter

    # Signing in

    def sign_in(self, authorization: str | None, raw_body: bytes) -> dict[str, Any]:
        """Open an API session; the answers come in the contract's order (401, 422, 429, 401)."""
        secret = self._access_token(authorization)
        login = self._live_login(secret)
        body = parsed_body(raw_body, DeveloperSignInRequest)
        key = login.token.id
        wait = self._limiter.take(key)
        if wait is not None:
            raise problems.rate_limited(wait, "sign-ins with this access token")
        accepted = False
        try:
            # The slow check runs outside every lock, and always runs, whichever part is wrong.
            username_ok = security.same_text(body.username, login.token.username)
            password_ok = security.verify_password(body.password, login.password_hash)
            accepted = username_ok and password_ok
        finally:
            self._limiter.give_back(key, failed=not accepted)
        if not accepted:
            raise invalid_credentials()
        return self._open_session(secret)

    @staticmethod
    def _access_token(authorization: str | None) -> str:
        credential = security.bearer_credential(authorization)
        if credential is None or not token_format.is_well_formed(credential):
            raise problems.invalid_token()
        return credential

    def _live_login(self, secret: str) -> TokenLogin:
        with self._db.transaction() as store:
            return _active_login(store, secret)

    def _open_session(self, secret: str) -> dict[str, Any]:
        session = security.new_api_session_token()
        with self._db.transaction() as store:
            # Checked again: the token may have been revoked while the password was checked.
            token = _active_login(store, secret).token
            expires_at = store.now + API_SESSION_LIFETIME_SECONDS
            if token.expires_at is not None:
                expires_at = min(expires_at, token.expires_at)  # never outlives its token
            store.add_api_session(
                NewApiSession(
                    security.hash_secret(session),
                    token.seq,
                    security.hash_secret(secret),
                    expires_at,
                )
            )
            store.mark_used(token.seq)
            return {
                "api_session": session,
                "expires_at": rfc3339(expires_at),
                "token": _token_summary(token),
            }

    def sign_out(self, authorization: str | None) -> None:
        with self._db.transaction() as store:
            session_hash = self._live_session(store, authorization)[0]
            store.delete_api_session(session_hash)

    # The data plane

    def authenticate(self, authorization: str | None, permission: str | None) -> dict[str, Any]:
        """Check an API session (and a permission) and record that its token was used."""
        with self._db.transaction() as store:
            found = self._live_session(store, authorization)[1]
            token, merchant = found.token, found.merchant
            if not merchant.api_integration:
                raise problems.plan_required()
            _check_permission(token, permission)
            store.mark_used(token.seq)
            return {**_token_summary(token), "merchant": {"name": merchant.name}}

    @staticmethod
    def _live_session(store: Store, authorization: str | None) -> tuple[str, ApiSessionRecord]:
        credential = security.bearer_credential(authorization)
        if credential is not None and credential.startswith(token_format.PREFIX):
            raise api_session_required()  # by its form alone: no lookup, so no oracle
        if credential is None or not credential.startswith(security.API_SESSION_PREFIX):
            raise problems.invalid_token()
        session_hash = security.hash_secret(credential)
        found = store.api_session(session_hash)
        if found is None or found.token.status(store.now) != "active":
            raise problems.invalid_token()
        if found.expires_at <= store.now:
            raise api_session_expired()
        return session_hash, found


def _active_login(store: Store, secret: str) -> TokenLogin:
    """The live token this secret opens; 401 `invalid_token` for any other."""
    login = store.token_login(security.hash_secret(secret))
    if login is None or login.token.status(store.now) != "active":
        raise problems.invalid_token()
    return login


def _check_permission(token: TokenRecord, permission: str | None) -> None:
    if permission is not None and permission not in token.permissions:
        label = PERMISSIONS[permission][0]
        raise ApiProblem(403, "permission_denied", f"This access token does not have {label}.")


def _token_summary(token: TokenRecord) -> dict[str, Any]:
    return {
        "id": token.id,
        "username": token.username,
        "permissions": list(token.permissions),
        "expires_at": rfc3339(token.expires_at),
    }
