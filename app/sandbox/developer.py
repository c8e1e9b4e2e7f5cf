"""The developer's side of the sandbox: sign in with a token, a username and a password, then
call the data plane with the API session that gives."""

from typing import Any

from app.api import token_format
from app.sandbox import problems, security
from app.sandbox.activity import CallInfo
from app.sandbox.database import Database
from app.sandbox.guards import AttemptLimiter, CallLimiter, RateState
from app.sandbox.problems import ApiProblem, parsed_body
from app.sandbox.records import PERMISSIONS, PREVIOUS, TokenRecord, rfc3339
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
    """Developer sign-in and the data plane, on the same database as the merchant's side.

    Each sign-in and data-plane call that can be told apart as one of a token's (by its
    secret, or by the API session used) is kept in that token's activity, answered as it was.
    """

    def __init__(
        self, database: Database, limiter: AttemptLimiter, calls: CallLimiter | None = None
    ) -> None:
        self._db = database
        self._limiter = limiter
        self._calls = calls or CallLimiter()

    # Signing in

    def sign_in(self, authorization: str | None, raw_body: bytes, call: CallInfo) -> dict[str, Any]:
        """Open an API session; the answers come in the contract's order (401, 422, 429, 401)."""
        secret = self._access_token(authorization)
        login, works = self._login(secret)
        try:
            if not works:
                raise problems.invalid_token()
            body = parsed_body(raw_body, DeveloperSignInRequest)
            self._check_credentials(login, body)
            return self._open_session(secret, call)
        except ApiProblem as problem:
            self._record(login, call, problem.status)
            raise

    def _check_credentials(self, login: TokenLogin, body: DeveloperSignInRequest) -> None:
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

    @staticmethod
    def _access_token(authorization: str | None) -> str:
        credential = security.bearer_credential(authorization)
        if credential is None:
            raise problems.missing_credential()
        if not token_format.is_well_formed(credential):
            raise problems.invalid_token()
        return credential

    def _login(self, secret: str) -> tuple[TokenLogin, bool]:
        """The token this secret is one of, and whether the secret opens it now.

        A secret of no token is refused here; one that stopped (a revoked or expired token,
        a previous secret after its overlap) is refused by the caller, which counts it.
        """
        with self._db.transaction() as store:
            login = store.token_login(security.hash_secret(secret))
            if login is None:
                raise problems.invalid_token()
            return login, login.token.works_with(login.secret, store.now)

    def _record(self, login: TokenLogin, call: CallInfo, status: int) -> None:
        with self._db.transaction() as store:
            store.record_call(login.token.seq, call, status, login.secret)

    def _open_session(self, secret: str, call: CallInfo) -> dict[str, Any]:
        session = security.new_api_session_token()
        secret_hash = security.hash_secret(secret)
        with self._db.transaction() as store:
            # Checked again: the token may have been revoked while the password was checked.
            login = store.token_login(secret_hash)
            if login is None or not login.token.works_with(login.secret, store.now):
                raise problems.invalid_token()
            token = login.token
            # Never outlives its token, nor the secret that opened it.
            ends = [store.now + API_SESSION_LIFETIME_SECONDS, token.expires_at]
            if login.secret == PREVIOUS:
                ends.append(token.previous_valid_until)
            expires_at = min(end for end in ends if end is not None)
            store.add_api_session(
                NewApiSession(security.hash_secret(session), token.seq, secret_hash, expires_at)
            )
            store.mark_used(token.seq, login.secret)
            store.record_call(token.seq, call, 201, login.secret)
            return {
                "api_session": session,
                "expires_at": rfc3339(expires_at),
                "token": _token_summary(token),
            }

    def sign_out(self, authorization: str | None) -> None:
        with self._db.transaction() as store:
            session_hash, found = self._session(store, authorization)
            if not found.token.works_with(found.secret, store.now):
                raise problems.invalid_token()
            store.delete_api_session(session_hash)

    # The data plane

    def authenticate(
        self, authorization: str | None, permission: str | None, call: CallInfo
    ) -> tuple[dict[str, Any], RateState]:
        """Check an API session, its token's call rate and a permission, and keep the call in
        its token's activity; return who is calling and the rate headers every answer has."""
        with self._db.transaction() as store:
            found = self._session(store, authorization)[1]
            token, merchant = found.token, found.merchant
            rate = None
            problem = _session_problem(found, store.now)
            if problem is None:
                rate = self._calls.hit(token.id)
                problem = _rate_problem(rate) or _permission_problem(token, permission)
            if problem is None:
                store.mark_used(token.seq, found.secret)
            store.record_call(
                token.seq, call, 200 if problem is None else problem.status, found.secret
            )
        if problem is not None:
            raise problem if rate is None else RatedProblem(problem, rate)
        assert rate is not None
        return {**_token_summary(token), "merchant": {"name": merchant.name}}, rate

    @staticmethod
    def _session(store: Store, authorization: str | None) -> tuple[str, ApiSessionRecord]:
        """The API session sent, found whether or not it still works; 401 if there is none."""
        credential = security.bearer_credential(authorization)
        if credential is None:
            raise problems.missing_credential()
        if credential.startswith(token_format.PREFIX):
            raise api_session_required()  # by its form alone: no lookup, so no oracle
        if not credential.startswith(security.API_SESSION_PREFIX):
            raise problems.invalid_token()
        session_hash = security.hash_secret(credential)
        found = store.api_session(session_hash)
        if found is None:
            raise problems.invalid_token()
        return session_hash, found


def _session_problem(found: ApiSessionRecord, now: int) -> ApiProblem | None:
    if not found.token.works_with(found.secret, now):
        return problems.invalid_token()  # revoked, expired, or its secret stopped
    if found.expires_at <= now:
        return api_session_expired()
    if not found.merchant.api_integration:
        return problems.plan_required()
    return None


def _permission_problem(token: TokenRecord, permission: str | None) -> ApiProblem | None:
    if permission is not None and permission not in token.permissions:
        label = PERMISSIONS[permission][0]
        return ApiProblem(403, "permission_denied", f"This access token does not have {label}.")
    return None


def _token_summary(token: TokenRecord) -> dict[str, Any]:
    return {
        "id": token.id,
        "username": token.username,
        "permissions": list(token.permissions),
        "expires_at": rfc3339(token.expires_at),
    }


class RatedProblem(Exception):  # noqa: N818 (carries a problem, as ApiProblem does)
    """A data-plane refusal after the call was counted: its rate headers go on the answer."""

    def __init__(self, problem: ApiProblem, rate: RateState) -> None:
        super().__init__(problem.code)
        self.problem = problem
        self.rate = rate


def _rate_problem(rate: RateState) -> ApiProblem | None:
    if rate.allowed:
        return None
    return ApiProblem(
        429,
        "rate_limited",
        f"Too many calls with this access token: at most {rate.limit} in a few seconds. "
        f"Wait {max(1, rate.reset_seconds)} seconds and try again.",
        headers=rate.headers,
    )
