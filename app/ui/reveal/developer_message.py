"""The message a merchant copies for their developer: everything needed to connect, in one go."""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from app.api.contract import API_SESSIONS_PATH, DATA_PATHS
from app.api.models import CreatedToken
from app.api.secret import Secret
from app.ui.shared.translation import fill, translate

# The names of the environment variables the commands read (names, not secrets).
TOKEN_VARIABLE = "SHIPTURTLE_TOKEN"  # noqa: S105
PASSWORD_VARIABLE = "SHIPTURTLE_PASSWORD"  # noqa: S105
API_VARIABLE = "SHIPTURTLE_API"


@dataclass(frozen=True)
class Replaced:
    """After a rotation: the token this one replaces, and until when it works (None: it
    has stopped already)."""

    hint: str
    works_until: datetime | None


@dataclass(frozen=True)
class HandOff:
    """What the message says about the store and the server, besides the token itself."""

    store_name: str
    api_base_url: str
    permission_labels: Mapping[str, str]
    demo: bool = False
    replaces: Replaced | None = None
    # The server has our developer sign-in (POST /v1/api-sessions): the message shows it.
    developer_sign_in: bool = True


def _expiry(created: CreatedToken) -> str:
    expires = created.access_token.expires_at
    if expires is None:
        return "Never (until it is revoked)"
    return expires.astimezone(UTC).strftime("%d %B %Y at %H:%M UTC").lstrip("0")


def _sign_in_command(username: str) -> str:
    # python3 writes curl's configuration (header and body) to a pipe, so neither the token
    # nor the password ever appears on a command line, in the process list or the history.
    config = (
        "import json, os; "
        'print("header = " + json.dumps("Authorization: Bearer " + '
        f'os.environ["{TOKEN_VARIABLE}"])); '
        f'print("data = " + json.dumps(json.dumps({{"username": {json.dumps(username)}, '
        f'"password": os.environ["{PASSWORD_VARIABLE}"]}})))'
    )
    session = (
        "import json, sys; body = json.load(sys.stdin); "
        'print(body.get("api_session") or sys.exit(body["error"]["message"]))'
    )
    return (
        f"API_SESSION=$(python3 -c '{config}' \\\n"
        "  | curl -sS -K - -H 'Content-Type: application/json' "
        f'"${API_VARIABLE}{API_SESSIONS_PATH}" \\\n'
        f"  | python3 -c '{session}')"
    )


def _data_commands(permissions: tuple[str, ...]) -> list[str]:
    # Only after a sign-in that worked; the API session, a secret too, also goes by pipe.
    paths = [path for key, path in DATA_PATHS.items() if key in permissions]
    return [
        '[ -n "$API_SESSION" ] && printf \'header = "Authorization: Bearer %s"\\n\' '
        f'"$API_SESSION" | curl -sS -K - "${API_VARIABLE}{path}" && echo'
        for path in paths
    ]


def _ask(prompt: str, variable: str) -> str:
    # printf and `read -rs`, not `read -p`: zsh, the macOS default, has no -p for a prompt.
    return f"printf '{prompt}: ' && read -rs {variable} && echo && export {variable}"


def shell_commands(created: CreatedToken, api_base_url: str) -> str:
    """The calls that work, for bash or zsh with curl and python3: sign in, read the data."""
    # One { ... } group: the shell reads all of it before running any of it, so when the
    # block is pasted whole, `read` waits for the keyboard instead of eating the next line.
    lines = [
        "{",
        f"export {API_VARIABLE}={api_base_url}",
        _ask("Access token", TOKEN_VARIABLE),
        _ask("Password", PASSWORD_VARIABLE),
        _sign_in_command(created.access_token.username),
        *_data_commands(created.access_token.permissions),
        f"unset {TOKEN_VARIABLE} {PASSWORD_VARIABLE}",
        "}",
    ]
    return "\n".join(lines)


def _password_line(password: Secret | None, include_password: bool) -> str:
    if password is None:
        return "Password: the same as before (it did not change)."
    if include_password:
        return f"Password: {password.reveal()}"
    return "Password: I will send it to you separately, another way."


def developer_message(
    created: CreatedToken, password: Secret | None, hand_off: HandOff, *, include_password: bool
) -> Secret:
    """Everything a developer needs in one paste; the password only when asked to include it.

    `password` is None after a rotation: it did not change, and the app does not know it.
    """
    access = created.access_token
    labels = hand_off.permission_labels
    permissions = ", ".join(labels.get(key, key) for key in access.permissions)
    password_line = _password_line(password, include_password)
    replaces = f"\n{_replaces(hand_off.replaces)}\n" if hand_off.replaces else ""
    demo = f"\n{_demo_store()}\n" if hand_off.demo else ""
    return Secret(
        f"{_greeting(hand_off.store_name)}\n{demo}{replaces}\n"
        f"Username: {access.username}\n"
        f"Permissions: {permissions}\n"
        f"Expires: {_expiry(created)}\n"
        f"API address: {hand_off.api_base_url}\n"
        f"Access token: {created.token.reveal()}\n"
        f"{password_line}\n\n{_how_to_connect(created, hand_off)}"
    )


def _greeting(store: str) -> str:
    """The merchant's own line, in the merchant's language; the rest is for the developer,
    in English, as API documentation is."""
    return fill(
        translate("developer_message", "Here is your access to the Shipturtle API for %1."), store
    )


def _demo_store() -> str:
    """The merchant's own line about the demo store, in the merchant's language too."""
    return translate(
        "developer_message",
        "This is the Shipturtle Tokens demo store on my computer: it answers only on this "
        "computer, and only while the Shipturtle Tokens app is open.",
    )


def _replaces(replaced: Replaced) -> str:
    if replaced.works_until is None:
        return (
            f"It replaces the access token ending \u2026{replaced.hint}, which has stopped working."
        )
    until = replaced.works_until.astimezone(UTC).strftime("%d %B %Y at %H:%M UTC")
    return (
        f"It replaces the access token ending \u2026{replaced.hint}, which keeps working "
        f"until {until}."
    )


def _how_to_connect(created: CreatedToken, hand_off: HandOff) -> str:
    if not hand_off.developer_sign_in:  # a server without ours: nothing here would work
        return (
            "How to connect: use the access token, the username and the password as the "
            "Shipturtle API documentation for this server describes.\n"
        )
    return (
        "How to connect: sign in with the access token, the username and the password "
        f'(POST {API_SESSIONS_PATH}, the token in the header "Authorization: Bearer <access '
        'token>", the username and password as JSON). That gives an API session that lasts '
        'one hour: send it with every call as "Authorization: Bearer <API session>", and '
        "sign in again when it ends. The access token and the password are for signing in "
        "only.\n\n"
        "To try it in a terminal (bash or zsh, with curl and python3): paste all the lines "
        'below at once, then press Enter. When "Access token:" appears, paste the access '
        'token and press Enter; when "Password:" appears, paste or type the password and '
        "press Enter. Nothing shows as you type, neither ends up in your shell history or on "
        "a command line, and both are forgotten when it ends. Then it prints what the API "
        "answers.\n\n"
        f"```sh\n{shell_commands(created, hand_off.api_base_url)}\n```\n"
    )
