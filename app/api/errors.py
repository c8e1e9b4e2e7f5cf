"""Typed API errors, each with one plain sentence that tells a merchant what to do next."""

from collections.abc import Mapping

from app.api.secret import redact_secrets


class ApiError(Exception):
    """Base of every error the client raises; `message` is safe to show and to log."""

    default_message = "Something went wrong. Try again in a moment."
    # Whether the server address is worth a look: the sign-in window then shows its field.
    concerns_server = False

    def __init__(self, message: str | None = None, *, code: str | None = None) -> None:
        self.message = redact_secrets(message or self.default_message)
        self.code = code
        super().__init__(self.message)


class ServerAddressError(ApiError):
    concerns_server = True
    default_message = (
        "This server address cannot be used. Use an address that starts with https://."
    )


class NetworkError(ApiError):
    concerns_server = True
    default_message = (
        "Cannot reach the Shipturtle server. Check your internet connection and try again."
    )


class NothingAnswersError(NetworkError):
    """The connection was refused: the address is wrong, or the server there is down."""

    default_message = "Nothing answers at this server address. Check the address and try again."


class UnknownHostError(NetworkError):
    """The server's name does not exist (the name service said so; it is not the network)."""

    default_message = "This server address does not exist. Check the address and try again."


class RequestTimeoutError(NetworkError):
    default_message = "The Shipturtle server took too long to answer. Try again in a moment."


class ServerTooSlowError(RequestTimeoutError):
    """The whole call, retries included, ran past its deadline."""

    default_message = "The Shipturtle server is too slow to answer right now. Try again later."


class SessionExpiredError(ApiError):
    default_message = "Your session has ended. Sign in again to continue."


class InvalidCredentialsError(ApiError):
    default_message = "The email or password is not right. Check both and try again."


class ApiSessionRequiredError(ApiError):
    default_message = (
        "Sign in first with the access token, the username and the password, then call the "
        "API with the API session that gives."
    )


class ApiSessionExpiredError(ApiError):
    default_message = "The API session has ended after its hour. Sign in again."


class InvalidTokenError(ApiError):
    default_message = "This access token is not valid: it was revoked, has expired or was mistyped."
    # Said when its form alone shows that a token was mistyped (code malformed_token).
    mistyped_message = (
        "This is not a complete access token: it starts with stp_ and is 40 characters long. "
        "Copy it again."
    )


class TokenRevokedError(ApiError):
    default_message = (
        "This token was revoked, so it cannot be changed or rotated. Create a new one."
    )


class TokenExpiredError(ApiError):
    default_message = (
        "This token has expired, so it cannot be changed or rotated. Create a new one."
    )


class PlanRequiredError(ApiError):
    default_message = (
        "Your plan does not include the API Integration add-on. Add it in Shipturtle under "
        "Settings > Subscription and billing, then try again."
    )


class PermissionDeniedError(ApiError):
    default_message = "This access token does not have the permission for that request."


class NotFoundError(ApiError):
    default_message = "This access token no longer exists. Refresh the list and try again."


class ValidationError(ApiError):
    """Some fields were refused; `fields` maps each field name to what is wrong with it."""

    default_message = "Some fields need fixing; see each field."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        fields: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.fields = {name: redact_secrets(text) for name, text in (fields or {}).items()}


class UsernameTakenError(ValidationError):
    default_message = "An active token already uses this username. Choose another username."


class RateLimitedError(ApiError):
    """Too many attempts; `retry_after` says how many seconds to wait."""

    def __init__(self, retry_after: int | None, *, code: str | None = None) -> None:
        self.retry_after = retry_after
        wait = f"{retry_after} seconds" if retry_after else "a minute"
        super().__init__(f"Too many attempts. Wait {wait} and try again.", code=code)


class ServerError(ApiError):
    concerns_server = True
    default_message = (
        "The Shipturtle server had a problem. Try again in a few minutes; "
        "if it keeps happening, contact Shipturtle support."
    )


class StorageUnavailableError(ServerError):
    """The server could not save (its disk is full or failing); its sentence says what to do."""

    default_message = (
        "The Shipturtle server cannot save anything right now, so nothing was changed. "
        "Try again in a few minutes."
    )


class InvalidResponseError(ApiError):
    """The server answered something the app does not understand; `field` names where."""

    concerns_server = True

    def __init__(self, field: str, problem: str = "is missing or has the wrong type") -> None:
        self.field = field
        super().__init__(
            f"The server sent an answer this app does not understand ({field} {problem}). "
            "Check the server address, or update the app."
        )


class AnswerTooLargeError(InvalidResponseError):
    """The answer passed the size this app reads, which no answer of the contract comes near."""

    def __init__(self) -> None:
        super().__init__("response", "is too large")


class RequestRejectedError(ApiError):
    """A refusal the app has no better word for; the server's own sentence is shown."""
