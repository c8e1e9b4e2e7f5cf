"""The message a merchant copies for their developer: everything needed to connect, in one go."""

import json
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from app.api.contract import API_SESSIONS_PATH, DATA_PATHS
from app.api.models import CreatedToken
from app.api.secret import Secret
from app.ui.shared.translation import fill, translate


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


def expiry_words(created: CreatedToken) -> str:
    expires = created.access_token.expires_at
    if expires is None:
        return "Never (until it is revoked)"
    return expires.astimezone(UTC).strftime("%d %B %Y at %H:%M UTC").lstrip("0")


def _sign_in_command(username: str) -> str:
    # printf is the shell's own (no process, no command line): the token and the password
    # reach python3 by a pipe, which writes curl's configuration (header and body) to
    # another; zsh and bash 3.2 would write a here-string to a temporary file.
    config = (
        "import json, sys; token, password = sys.stdin.read().split(chr(10))[:2]; "
        'print("header = " + json.dumps("Authorization: Bearer " + token)); '
        f'print("data = " + json.dumps(json.dumps({{"username": {json.dumps(username)}, '
        '"password": password})))'
    )
    session = (
        "import json, sys; body = json.load(sys.stdin); "
        'print(body.get("api_session") or sys.exit(body["error"]["message"]))'
    )
    return (
        f"session=$(printf '%s\\n%s\\n' \"$token\" \"$password\" | python3 -c '{config}' "
        "| curl -sS -K - -H 'Content-Type: application/json' "
        f"\"$api{API_SESSIONS_PATH}\" | python3 -c '{session}')"
    )


def _data_commands(permissions: tuple[str, ...]) -> list[str]:
    # Only after a sign-in that worked; the API session, a secret too, also goes by pipe.
    paths = [path for key, path in DATA_PATHS.items() if key in permissions]
    return [
        '[ -n "$session" ] && printf \'header = "Authorization: Bearer %s"\\n\' '
        f'"$session" | curl -sS -K - "$api{path}?limit=5" && echo'
        for path in paths
    ]


def _ask(prompt: str, variable: str) -> str:
    # printf and `read -rs`, not `read -p`: zsh, the macOS default, has no -p for a prompt.
    return f"printf '{prompt}: ' && read -rs {variable} && echo"


def shell_commands(created: CreatedToken, api_base_url: str) -> str:
    """The calls that work, for bash or zsh with curl and python3: sign in, read the data.

    One ( ... ) subshell: the shell reads all of it before running any of it, so a block
    pasted whole has `read` wait for the keyboard rather than eat the next line; and its
    variables (the token, the password, the API session) end with it, even on a failure.
    Nothing is exported: no child process has a secret in its environment.
    """
    lines = [
        "(",
        f"api={api_base_url}",
        _ask("Access token", "token"),
        _ask("Password", "password"),
        _sign_in_command(created.access_token.username),
        *_data_commands(created.access_token.permissions),
        ")",
    ]
    return "\n".join(lines)


def python_commands(created: CreatedToken, api_base_url: str) -> str:
    """The same calls in Python 3 with its standard library only (Windows, macOS, Linux):
    no indented line (chat apps mangle indentation), the secrets asked by getpass."""
    address = urllib.parse.urlsplit(api_base_url)
    connection = "HTTPSConnection" if address.scheme == "https" else "HTTPConnection"
    paths = [path for key, path in DATA_PATHS.items() if key in created.access_token.permissions]
    username = json.dumps(created.access_token.username)
    reads = [
        f'api.request("GET", "{path}?limit=5", headers=session); '
        "print(api.getresponse().read().decode())"
        for path in paths
    ]
    return "\n".join(
        [
            "import getpass, http.client, json, sys",
            f'api = http.client.{connection}("{address.netloc}")',
            'token = getpass.getpass("Access token: ")',
            f'login = json.dumps({{"username": {username}, '
            '"password": getpass.getpass("Password: ")})',
            f'api.request("POST", "{API_SESSIONS_PATH}", login, {{"Authorization": "Bearer " '
            '+ token, "Content-Type": "application/json"}); '
            "answer = json.load(api.getresponse())",
            'session = {"Authorization": "Bearer " + (answer.get("api_session") '
            'or sys.exit(answer["error"]["message"]))}',
            *reads,
        ]
    )


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
    return Secret(
        f"{merchant_lines(hand_off)}\n\n"
        f"Username: {access.username}\n"
        f"Permissions: {permissions}\n"
        f"Expires: {expiry_words(created)}\n"
        f"API address: {hand_off.api_base_url}\n"
        f"Access token: {created.token.reveal()}\n"
        f"{password_line}\n\n{how_to_connect(created, hand_off)}"
    )


def merchant_lines(hand_off: HandOff) -> str:
    """The greeting, and what the merchant says of the demo or of the token replaced."""
    replaces = f"\n\n{_replaces(hand_off.replaces)}" if hand_off.replaces else ""
    demo = f"\n\n{_demo_store()}" if hand_off.demo else ""
    return f"{_greeting(hand_off.store_name)}{demo}{replaces}"


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


def how_to_connect(created: CreatedToken, hand_off: HandOff) -> str:
    if not hand_off.developer_sign_in:  # a server without ours: nothing here would work
        return (
            "How to connect: use the access token, the username and the password as the "
            "Shipturtle API documentation for this server describes.\n"
        )
    api = hand_off.api_base_url
    return (
        "How to connect: sign in with the access token, the username and the password "
        f"(POST {API_SESSIONS_PATH}); that gives an API session for one hour, sent with every "
        'call as "Authorization: Bearer <API session>". The access token and the password '
        f"are for signing in only. The API's documentation: {api}/docs\n\n"
        "To try it in bash or zsh (with curl and python3), paste the whole block and press "
        "Enter; paste the access token and the password when asked (nothing shows, nothing "
        "stays in your history, your environment or on a command line):\n\n"
        f"```sh\n{shell_commands(created, api)}\n```\n\n"
        "In Python 3 (Windows, macOS or Linux, nothing to install; on Windows this is the "
        "way): save these lines as connect.py, run python connect.py and answer the same "
        "two questions:\n\n"
        f"```python\n{python_commands(created, api)}\n```\n\n"
        f"In Postman: import {api}/docs/postman.json (File > Import), set the current values "
        f"(not the initial ones) of base_url ({api}), access_token, username and password, "
        "and run Developer sign-in first.\n"
    )
