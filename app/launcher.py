"""The entry point, Qt-free: when a system library Qt needs is missing, it says so in a sentence.

`python -m app` and the `shipturtle-tokens` command start here. Qt is imported only after this
module is loaded, so that a missing library (`ImportError: libglib-2.0.so.0: cannot open
shared object file`) becomes one sentence naming it and the command that installs it, rather
than a traceback.
"""

import locale
import os
import re
import sys
from collections.abc import MutableMapping
from typing import TextIO

from app import APP_NAME

# A library the Qt modules the app imports load, and the Debian/Ubuntu package that has it.
# Debian 13 and Ubuntu 24.04 call GLib's package libglib2.0-0t64; apt-get takes the older
# name there too.
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libEGL.so.1": "libegl1",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libzstd.so.1": "libzstd1",
}

# How the dynamic loader's refusal reads once Python turned it into an ImportError.
_NOT_FOUND = re.compile(r"^(?P<library>[^\s:/]+\.so[.\d]*): cannot open shared object file")


def missing_library_sentence(error: ImportError) -> str | None:
    """What to tell the merchant when `error` is a system library that is not installed.

    None when the error is something else (then the traceback is the better report).
    """
    found = _NOT_FOUND.match(str(error))
    if found is None:
        return None
    library = found["library"]
    beginning = f"{APP_NAME} cannot start: the system library {library}, which Qt needs,"
    package = PACKAGES.get(library)
    if package is None:
        return f"{beginning} is missing; install the package that has it, then start it again."
    return f"{beginning} is missing; install it with: sudo apt-get install {package}"


def prefer_utf8_locale(environ: MutableMapping[str, str]) -> None:
    """In a shell without a locale, choose C.UTF-8 before Qt starts, as Python does for
    itself (PEP 538; a frozen app's Python does not): Qt would switch to it too, but only
    after printing four lines about it."""
    if sys.platform in ("win32", "darwin"):
        return  # Qt checks the locale's encoding on Linux and other Unix systems only
    encoding = locale.nl_langinfo(locale.CODESET)
    if encoding.replace("-", "").upper() == "UTF8":
        return
    environ["LC_ALL" if environ.get("LC_ALL") else "LC_CTYPE"] = "C.UTF-8"


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    prefer_utf8_locale(os.environ)
    try:
        from app import main as with_qt  # the first import of Qt
    except ImportError as error:
        sentence = missing_library_sentence(error)
        if sentence is None:
            raise
        if "--self-test" in arguments:
            _say(f"self-test FAILED: {sentence}", sys.stdout)
        else:
            _say(sentence, sys.stderr)
        return 1
    return with_qt.main(arguments)


def _say(line: str, stream: TextIO | None) -> None:
    target = stream or sys.stdout or sys.stderr  # a windowed build on Windows may have none
    if target is not None:
        target.write(line + "\n")
        target.flush()
