"""What the merchant reads when a call fails: the error's reason in the merchant's language."""

from collections.abc import Callable, Mapping

from app.api import token_format
from app.api.errors import ApiError
from app.storage.credentials import LOCKED_ON_SAVE
from app.storage.settings import SettingsReset
from app.ui.shared.translation import fill, tr, translate

Params = Mapping[str, str | int]


def _rate_limited(params: Params) -> str:
    seconds = params.get("seconds")
    if isinstance(seconds, int):
        return tr("Too many attempts. Wait %n seconds and try again.", "", seconds)
    return translate("error_words", "Too many attempts. Wait a minute and try again.")


def _server_words(params: Params) -> str:
    words = params.get("server_words")
    if not words:
        return translate("error_words", "Something went wrong. Try again in a moment.")
    return fill(translate("error_words", "The server refused this, saying: \u201c%1\u201d"), words)


# Each reason's sentence; the lambdas run when an error is shown, in the language loaded then.
_SENTENCES: dict[str, Callable[[Params], str]] = {
    "unexpected": lambda _p: translate(
        "error_words", "Something went wrong. Try again in a moment."
    ),
    "address_not_https": lambda _p: translate(
        "error_words",
        "This server address cannot be used. Use an address that starts with https://.",
    ),
    "address_not_web": lambda p: fill(
        translate("error_words", "This is not a web address. Use one like %1."), p["example"]
    ),
    "address_has_credentials": lambda _p: translate(
        "error_words", "Remove the name and password from the server address."
    ),
    "address_plain_http": lambda _p: translate(
        "error_words",
        "This address uses plain http://, which is not safe over the internet. "
        "Use its https:// address instead.",
    ),
    "no_network": lambda _p: translate(
        "error_words",
        "Cannot reach the Shipturtle server. Check your internet connection and try again.",
    ),
    "nothing_answers": lambda _p: translate(
        "error_words",
        "Nothing answers at this server address. Check the address and try again.",
    ),
    "unknown_host": lambda _p: translate(
        "error_words", "This server address does not exist. Check the address and try again."
    ),
    "timeout": lambda _p: translate(
        "error_words", "The Shipturtle server took too long to answer. Try again in a moment."
    ),
    "too_slow": lambda _p: translate(
        "error_words",
        "The Shipturtle server is too slow to answer right now. Try again later.",
    ),
    "session_expired": lambda _p: translate(
        "error_words", "Your session has ended. Sign in again to continue."
    ),
    "remembered_session_ended": lambda _p: translate(
        "error_words",
        "Your remembered session has ended on the Shipturtle server. Sign in again to continue.",
    ),
    "nothing_remembered": lambda _p: translate("error_words", "Sign in to continue."),
    "invalid_credentials": lambda _p: translate(
        "error_words", "The email or password is not right. Check both and try again."
    ),
    "api_session_required": lambda _p: translate(
        "error_words",
        "Sign in first with the access token, the username and the password, then call the "
        "API with the API session that gives.",
    ),
    "api_session_expired": lambda _p: translate(
        "error_words", "The API session has ended after its hour. Sign in again."
    ),
    "invalid_token": lambda _p: translate(
        "error_words",
        "This access token is not valid: it was revoked, has expired or was mistyped.",
    ),
    "malformed_token": lambda _p: fill(
        translate(
            "error_words",
            "This is not a complete access token: it starts with %1 and is %2 characters "
            "long. Copy it again.",
        ),
        token_format.PREFIX,
        token_format.TOKEN_LENGTH,
    ),
    "token_revoked": lambda _p: translate(
        "error_words",
        "This token was revoked, so it cannot be changed or rotated. Create a new one.",
    ),
    "token_expired": lambda _p: translate(
        "error_words",
        "This token has expired, so it cannot be changed or rotated. Create a new one.",
    ),
    "plan_required": lambda _p: translate(
        "error_words",
        "Your plan does not include the API Integration add-on. Add it in Shipturtle under "
        "Settings > Subscription and billing, then try again.",
    ),
    "permission_denied": lambda _p: translate(
        "error_words", "This access token does not have the permission for that request."
    ),
    "secret_replaced": lambda _p: translate(
        "error_words",
        "This token was rotated since this secret was shown, so it no longer works. Use the "
        "new secret.",
    ),
    "not_found": lambda _p: translate(
        "error_words", "This access token no longer exists. Refresh the list and try again."
    ),
    "validation_failed": lambda _p: translate(
        "error_words", "Some fields need fixing; see each field."
    ),
    "username_taken": lambda _p: translate(
        "error_words",
        "An active token already uses this username. Choose another username.",
    ),
    "rate_limited": _rate_limited,
    "server_error": lambda _p: translate(
        "error_words",
        "The Shipturtle server had a problem. Try again in a few minutes; "
        "if it keeps happening, contact Shipturtle support.",
    ),
    "storage_unavailable": lambda _p: translate(
        "error_words",
        "The Shipturtle server cannot save anything right now, so nothing was changed. "
        "Try again in a few minutes.",
    ),
    "invalid_response": lambda p: fill(
        translate(
            "error_words",
            "The server sent an answer this app does not understand (%1). "
            "Check the server address, or update the app.",
        ),
        p["detail"],
    ),
    "request_rejected": _server_words,
    "keychain_locked": lambda _p: translate(
        "error_words",
        "Your keychain is locked, so your remembered sign-in could not be read. "
        "Choose Retry and unlock it, or sign in with your password.",
    ),
    "no_keychain": lambda _p: translate(
        "error_words",
        "This computer has no keychain, so your sign-in could not be remembered. "
        "Sign in with your password.",
    ),
    "keychain_unreadable": lambda _p: translate(
        "error_words",
        "Your keychain could not be read, so your remembered sign-in cannot be used. "
        "Sign in with your password.",
    ),
    "demo_storage": lambda p: str(p["detail"]),  # the demo's file, in English (technical)
}


def error_sentence(error: ApiError) -> str:
    """One plain sentence saying what went wrong and what to do next; where support may
    have to find the failed request, its reference follows."""
    said = _sentence(error)
    if error.support_may_help and error.request_id:
        reference = translate(
            "error_words", "If it keeps happening, give support this reference: %1."
        )
        return f"{said} {fill(reference, error.request_id)}"
    return said


def _sentence(error: ApiError) -> str:
    sentence = _SENTENCES.get(error.reason)
    if sentence is None:
        return error.message  # a reason this window does not know yet: the English words
    try:
        return sentence(error.params)
    except KeyError:  # a value the sentence needs is missing: its English words, not a crash
        return error.message


def keychain_problem_sentence(problem: str) -> str:
    """Why this sign-in is not remembered (CredentialStore.problem), in a sentence."""
    if problem == LOCKED_ON_SAVE:
        return translate(
            "error_words",
            "Your keychain is locked, so this sign-in is not remembered; "
            "unlock it and sign in again to be remembered next time.",
        )
    return translate(
        "error_words", "This computer has no keychain; you will be asked to sign in next time."
    )


def settings_reset_sentence(reset: SettingsReset) -> str:
    if reset.backup_name is None:
        return translate(
            "error_words", "Your settings could not be read, so the app started with defaults."
        )
    return fill(
        translate(
            "error_words",
            "Your settings could not be read, so the app started with defaults. "
            "The old file was kept as %1.",
        ),
        reset.backup_name,
    )
