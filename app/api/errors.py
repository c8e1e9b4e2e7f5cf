"""Typed API errors: a reason code and its values for the window to put in the merchant's
language, and one plain English sentence (the default) for logs and other clients."""

from collections.abc import Mapping

from app.api.secret import redact_secrets
from app.api.token_rules import FieldIssue


class ApiError(Exception):
    """Base of every error the client raises; `message` is safe to show and to log.

    `reason` says what happened in a word the ui turns into a sentence in the merchant's
    language (app/ui/shared/error_words.py), with `params` for its values; `code` is the
    server's own code, when it sent one.
    """

    default_message = "Something went wrong. Try again in a moment."
    reason = "unexpected"
    # Whether the server address is worth a look: the sign-in window then shows its field.
    concerns_server = False
    # Whether support may need to find the request: its failed answer's Request-Id is then
    # said with the sentence (nothing the merchant can fix alone).
    support_may_help = False
    request_id: str | None = None  # the server's Request-Id for the answer, when it gave one

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        reason: str | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> None:
        self.message = redact_secrets(message or self.default_message)
        self.code = code
        if reason is not None:
            self.reason = reason
        self.params = {
            name: redact_secrets(value) if isinstance(value, str) else value
            for name, value in (params or {}).items()
        }
        super().__init__(self.message)


class ServerAddressError(ApiError):
    reason = "address_not_https"
    concerns_server = True
    default_message = (
        "This server address cannot be used. Use an address that starts with https://."
    )


class NetworkError(ApiError):
    reason = "no_network"
    concerns_server = True
    default_message = (
        "Cannot reach the Shipturtle server. Check your internet connection and try again."
    )


class NothingAnswersError(NetworkError):
    """The connection was refused: the address is wrong, or the server there is down."""

    reason = "nothing_answers"
    default_message = "Nothing answers at this server address. Check the address and try again."


class UnknownHostError(NetworkError):
    """The server's name does not exist (the name service said so; it is not the network)."""

    reason = "unknown_host"
    default_message = "This server address does not exist. Check the address and try again."


class RequestTimeoutError(NetworkError):
    reason = "timeout"
    default_message = "The Shipturtle server took too long to answer. Try again in a moment."


class ServerTooSlowError(RequestTimeoutError):
    """The whole call, retries included, ran past its deadline."""

    reason = "too_slow"
    default_message = "The Shipturtle server is too slow to answer right now. Try again later."


class SessionExpiredError(ApiError):
    reason = "session_expired"
    default_message = "Your session has ended. Sign in again to continue."


class InvalidCredentialsError(ApiError):
    reason = "invalid_credentials"
    default_message = "The email or password is not right. Check both and try again."


class ApiSessionRequiredError(ApiError):
    reason = "api_session_required"
    default_message = (
        "Sign in first with the access token, the username and the password, then call the "
        "API with the API session that gives."
    )


class ApiSessionExpiredError(ApiError):
    reason = "api_session_expired"
    default_message = "The API session has ended after its hour. Sign in again."


class InvalidTokenError(ApiError):
    reason = "invalid_token"
    default_message = "This access token is not valid: it was revoked, has expired or was mistyped."
    # Said when its form alone shows that a token was mistyped (code malformed_token).
    mistyped_message = (
        "This is not a complete access token: it starts with stp_ and is 40 characters long. "
        "Copy it again."
    )


class TokenRevokedError(ApiError):
    reason = "token_revoked"
    default_message = (
        "This token was revoked, so it cannot be changed or rotated. Create a new one."
    )


class TokenExpiredError(ApiError):
    reason = "token_expired"
    default_message = (
        "This token has expired, so it cannot be changed or rotated. Create a new one."
    )


class SecretReplacedError(ApiError):
    reason = "secret_replaced"
    default_message = (
        "This token was rotated since this secret was shown, so it no longer works. Use the "
        "new secret."
    )


class PlanRequiredError(ApiError):
    reason = "plan_required"
    default_message = (
        "Your plan does not include the API Integration add-on. Add it in Shipturtle under "
        "Settings > Subscription and billing, then try again."
    )


class PermissionDeniedError(ApiError):
    reason = "permission_denied"
    default_message = "This access token does not have the permission for that request."


class NotFoundError(ApiError):
    reason = "not_found"
    default_message = "This access token no longer exists. Refresh the list and try again."


class ValidationError(ApiError):
    """Some fields were refused; `fields` maps each field name to what is wrong with it, in
    the server's English, and `problems` to the same as a code and values, when it sent them."""

    reason = "validation_failed"
    default_message = "Some fields need fixing; see each field."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        fields: Mapping[str, str] | None = None,
        problems: Mapping[str, FieldIssue] | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.fields = {name: redact_secrets(text) for name, text in (fields or {}).items()}
        self.problems = dict(problems or {})


class UsernameTakenError(ValidationError):
    reason = "username_taken"
    default_message = "An active token already uses this username. Choose another username."


class RateLimitedError(ApiError):
    """Too many attempts; `retry_after` says how many seconds to wait."""

    reason = "rate_limited"

    def __init__(self, retry_after: int | None, *, code: str | None = None) -> None:
        self.retry_after = retry_after
        wait = f"{retry_after} seconds" if retry_after else "a minute"
        params = {"seconds": retry_after} if retry_after else {}
        super().__init__(f"Too many attempts. Wait {wait} and try again.", code=code, params=params)


class ServerError(ApiError):
    support_may_help = True
    reason = "server_error"
    concerns_server = True
    default_message = (
        "The Shipturtle server had a problem. Try again in a few minutes; "
        "if it keeps happening, contact Shipturtle support."
    )


class StorageUnavailableError(ServerError):
    """The server could not save (its disk is full or failing); its sentence says what to do."""

    reason = "storage_unavailable"
    default_message = (
        "The Shipturtle server cannot save anything right now, so nothing was changed. "
        "Try again in a few minutes."
    )


class InvalidResponseError(ApiError):
    """The server answered something the app does not understand; `field` names where."""

    reason = "invalid_response"
    concerns_server = True

    def __init__(self, field: str, problem: str = "is missing or has the wrong type") -> None:
        self.field = field
        super().__init__(
            f"The server sent an answer this app does not understand ({field} {problem}). "
            "Check the server address, or update the app.",
            params={"detail": f"{field} {problem}"},  # for support: technical, in English
        )


class AnswerTooLargeError(InvalidResponseError):
    """The answer passed the size this app reads, which no answer of the contract comes near."""

    def __init__(self) -> None:
        super().__init__("response", "is too large")


class RequestRejectedError(ApiError):
    support_may_help = True
    """A refusal the app has no better word for; the server's own sentence is shown."""

    reason = "request_rejected"

    def __init__(self, message: str | None = None, *, code: str | None = None) -> None:
        super().__init__(message, code=code, params={"server_words": message} if message else {})
