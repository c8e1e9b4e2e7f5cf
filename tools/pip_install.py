"""`pip install ARGS` with one line of progress instead of pip's hundreds (make setup uses it).

On a terminal that line is rewritten in place: how many packages and megabytes so far. In CI
or a log it is a line per 100 MB downloaded. pip's warnings are shown; if pip fails, all it
said is shown. Run with the virtual environment's Python. The progress line needs pip 24.1 or
newer (Debian 12's venv brings 23.0): an older pip is upgraded first, and if that fails (pip
only warns when it cannot reach PyPI) what pip said is shown with the reason, not a later
"invalid choice" from an old pip.
"""

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterable

PROGRESS = re.compile(r"Progress (\d+) of (\d+)")
NEEDED_PIP = (24, 1)
MB = 1_000_000


class Progress:
    """Counts what pip collected and downloaded from its output, and says so."""

    def __init__(self, live: bool) -> None:
        self.live = live
        self.packages = 0
        self.finished = 0  # bytes of downloads that are complete
        self.current = 0  # bytes of the download under way (pip's "Progress N of M")
        self.milestone = 0
        self.started = time.monotonic()

    @property
    def downloaded(self) -> int:
        return self.finished + self.current

    def read(self, line: str) -> None:
        line = line.strip()
        if line.startswith("Collecting "):
            self.packages += 1
        elif match := PROGRESS.match(line):
            if int(match[1]) < self.current:  # the next file's download began
                self.finished += self.current
            self.current = int(match[1])
        elif line.startswith("Installing collected packages"):
            self.say(f"installing {self.packages} packages...")
            return
        elif line.startswith(("WARNING", "DEPRECATION", "ERROR")):
            self.show(line)
            return
        else:
            return
        self.report()

    def report(self) -> None:
        megabytes = self.downloaded // MB
        if self.live:
            self.say(f"{self.packages} packages found, {megabytes} MB downloaded...")
        elif megabytes >= self.milestone + 100:
            self.milestone = megabytes // 100 * 100
            self.show(f"  {self.milestone} MB downloaded...")

    def say(self, text: str) -> None:
        """Rewrite the live line (on a terminal only)."""
        if self.live:
            sys.stdout.write(f"\r\033[K  {text}")
            sys.stdout.flush()

    def show(self, text: str) -> None:
        """A line of its own, after the live line."""
        if self.live:
            sys.stdout.write("\r\033[K")
        sys.stdout.write(text.rstrip("\n") + "\n")
        sys.stdout.flush()

    def done(self) -> None:
        seconds = round(time.monotonic() - self.started)
        if self.packages == 0:
            self.show(f"  done (nothing new to download), in {seconds} s")
            return
        self.show(
            f"  done: {self.packages} Python packages, {self.downloaded // MB} MB downloaded, "
            f"in {seconds} s"
        )


ENVIRONMENT = {
    **os.environ,
    "PYTHONUNBUFFERED": "1",
    "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    # setuptools' banner about editable installs, said on every setup
    "PYTHONWARNINGS": "ignore:Editable installation",
}


def pip_version() -> tuple[int, ...]:
    """This environment's pip, as (major, minor); (0,) when there is none."""
    found = subprocess.run(
        [sys.executable, "-m", "pip", "--version"], capture_output=True, text=True, env=ENVIRONMENT
    )
    match = re.match(r"pip (\d+)\.(\d+)", found.stdout)
    return (int(match[1]), int(match[2])) if match else (0,)


def upgrade_old_pip(progress: "Progress") -> int:
    """Bring pip to NEEDED_PIP; say why not if it cannot be (exit code) or return 0."""
    if pip_version() >= NEEDED_PIP:
        return 0
    progress.say("upgrading pip...")
    upgrade = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--upgrade", "pip"],
        capture_output=True,
        text=True,
        env=ENVIRONMENT,
    )
    found = pip_version()
    if found >= NEEDED_PIP:
        return 0
    needed = ".".join(map(str, NEEDED_PIP))
    have = ".".join(map(str, found)) if found != (0,) else "none"
    progress.show(upgrade.stdout + upgrade.stderr)
    progress.show(
        f"Could not upgrade pip to {needed} or newer (this environment has {have}), so nothing "
        "was installed: the lines above say why (often: PyPI cannot be reached from here)."
    )
    return upgrade.returncode or 1


def run_pip(arguments: list[str], progress: Progress) -> tuple[int, list[str]]:
    command = [sys.executable, "-m", "pip", "install", "--progress-bar", "raw", *arguments]
    output: list[str] = []
    with subprocess.Popen(  # noqa: S603 (our own pip, with make's arguments)
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=ENVIRONMENT,
    ) as pip:
        lines: Iterable[str] = pip.stdout or ()
        for line in lines:
            output.append(line)
            progress.read(line)
    return pip.returncode, output


def main(arguments: list[str]) -> int:
    live = sys.stdout.isatty() and not os.environ.get("CI")
    progress = Progress(live)
    if code := upgrade_old_pip(progress):
        return code
    progress.say("starting pip...")
    code, output = run_pip(arguments, progress)
    if code != 0:
        progress.show("".join(output))
        progress.show(f"pip install failed (exit code {code}): the lines above say why.")
        return code
    progress.done()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
