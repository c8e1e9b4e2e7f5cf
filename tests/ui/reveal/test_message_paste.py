"""The message's shell block pasted into a real interactive shell on a terminal (a pty), as a
developer pastes it: bracketed paste, the secrets typed at the prompts, and nothing of them
left behind in the shell, its history or its children's environment."""

import os
import pty
import select
import shutil
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api.client import ShipturtleClient
from app.api.models import CreatedToken
from app.api.secret import Secret
from app.ui.reveal.developer_message import shell_commands
from tests.api.test_client_sandbox import PASSWORD, new_token
from tests.conftest import Account

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a Unix terminal")
PASTE_START, PASTE_END = b"\x1b[200~", b"\x1b[201~"


@pytest.fixture
def created(sandbox_url: str, merchant: Account) -> Iterator[CreatedToken]:
    with ShipturtleClient(sandbox_url) as api:
        api.sign_in(merchant.email, Secret(merchant.password))
        yield api.create_token(new_token("pasted"), "pasted-once")


@pytest.fixture
def sandbox_url(sandbox: object) -> str:
    return str(sandbox.url)  # type: ignore[attr-defined]


class Terminal:
    """An interactive shell on a pseudo-terminal, read until an expected text appears."""

    def __init__(self, shell: str, home: Path) -> None:
        env = {"HOME": str(home), "PATH": os.environ.get("PATH", ""), "TERM": "xterm"}
        env["HISTFILE"] = str(home / "history")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the shell, interactive, with its history on
            os.execvpe(shell, [shell, "-i"], env)  # noqa: S606 (a shell is what is tested)
        self.seen = b""

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def wait_for(self, text: bytes, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"never saw {text!r}; saw {self.seen[-800:]!r}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536)
                except OSError:
                    break

    def type_secret(self, text: str) -> None:
        """Type once `read -s` has turned echo off, as a person would (not before)."""
        deadline, quiet = time.monotonic() + 10, 0
        while quiet < 5:  # off, and staying off (a shell may set its modes more than once)
            assert time.monotonic() < deadline, "the prompt never hid what is typed"
            echoing = termios.tcgetattr(self.fd)[3] & termios.ECHO
            quiet = 0 if echoing else quiet + 1
            time.sleep(0.02)
        self.send(text.encode() + b"\n")

    def close(self) -> None:
        self.send(b"exit\n")
        os.waitpid(self.pid, 0)
        os.close(self.fd)


@pytest.mark.parametrize("shell", [s for s in ("bash", "zsh") if shutil.which(s)])
def test_pasting_the_block_signs_in_and_leaves_no_secret_behind(
    shell: str, created: CreatedToken, sandbox_url: str, tmp_path: Path
) -> None:
    block = shell_commands(created, sandbox_url).encode()
    terminal = Terminal(shell, tmp_path)
    try:
        terminal.send(b"echo READY\n")
        terminal.wait_for(b"READY\r\n")
        terminal.send(PASTE_START + block + PASTE_END + b"\n")  # pasted whole, then Enter
        terminal.wait_for(b"Access token: ")
        terminal.type_secret(created.token.reveal())
        terminal.wait_for(b"Password: ")
        terminal.type_secret(PASSWORD.reveal())
        terminal.wait_for(b'"next_cursor"', timeout=30)
        terminal.send(b'echo "LEFT[${token}${password}${session}]"\n')
        terminal.wait_for(b"LEFT[]")  # the subshell took them with it
        terminal.send(b"history -a 2>/dev/null; fc -W 2>/dev/null; echo SAVED\n")
        terminal.wait_for(b"SAVED\r\n")
    finally:
        terminal.close()
    assert created.token.reveal().encode() not in terminal.seen  # never echoed
    assert PASSWORD.reveal().encode() not in terminal.seen
    history = tmp_path / "history"
    saved = history.read_text(encoding="utf-8", errors="replace") if history.exists() else ""
    assert created.token.reveal() not in saved
    assert PASSWORD.reveal() not in saved
