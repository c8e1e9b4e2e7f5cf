"""When a system library Qt needs is missing, the app and its self-test say so in a sentence."""

import subprocess
import sys
from pathlib import Path

import pytest

from app.launcher import missing_library_sentence
from tests.test_self_test import isolated_environment

REPO = Path(__file__).resolve().parents[1]
# What CPython raises when the dynamic loader cannot find a library an extension module needs.
GLIB_MISSING = "libglib-2.0.so.0: cannot open shared object file: No such file or directory"


def test_a_missing_library_is_named_with_the_package_that_installs_it() -> None:
    assert missing_library_sentence(ImportError(GLIB_MISSING)) == (
        "Shipturtle Tokens cannot start: the system library libglib-2.0.so.0, which Qt needs, "
        "is missing; install it with: sudo apt-get install libglib2.0-0"
    )


def test_an_unknown_library_is_still_named() -> None:
    error = ImportError("libwhatever.so.3: cannot open shared object file: No such file")
    assert missing_library_sentence(error) == (
        "Shipturtle Tokens cannot start: the system library libwhatever.so.3, which Qt needs, "
        "is missing; install the package that has it, then start it again."
    )


@pytest.mark.parametrize(
    "message",
    [
        "No module named 'PySide6'",
        "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found",
        "DLL load failed while importing QtCore: The specified module could not be found.",
    ],
)
def test_other_import_errors_are_not_explained(message: str) -> None:
    assert missing_library_sentence(ImportError(message)) is None


@pytest.fixture
def qt_without_glib(tmp_path: Path) -> dict[str, str]:
    """An environment where importing PySide6 fails as it does on a machine without GLib.

    A stand-in PySide6 package comes first on the path and raises the loader's ImportError;
    the real failure was seen in a fresh Debian chroot (issue 12).
    """
    package = tmp_path / "path" / "PySide6"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(f"raise ImportError({GLIB_MISSING!r})\n")
    return {**isolated_environment(tmp_path), "PYTHONPATH": str(package.parent)}


@pytest.mark.parametrize(
    ("arguments", "expected_stdout", "expected_stderr"),
    [
        (["--demo"], "", "{sentence}\n"),
        (["--self-test"], "self-test FAILED: {sentence}\n", ""),
    ],
)
def test_without_glib_the_app_says_what_to_install_instead_of_a_traceback(
    qt_without_glib: dict[str, str],
    arguments: list[str],
    expected_stdout: str,
    expected_stderr: str,
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", *arguments],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env=qt_without_glib,
    )
    sentence = missing_library_sentence(ImportError(GLIB_MISSING))
    assert result.returncode == 1
    assert result.stdout == expected_stdout.format(sentence=sentence)
    assert result.stderr == expected_stderr.format(sentence=sentence)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Qt checks the locale on Linux")
@pytest.mark.parametrize("locale", [{}, {"LC_ALL": "C"}, {"LANG": "C", "LC_CTYPE": "POSIX"}])
def test_a_shell_without_a_locale_gets_no_warning_from_qt(
    tmp_path: Path, locale: dict[str, str]
) -> None:
    """As the frozen app's Python does not choose C.UTF-8 by itself, Qt did, with four lines
    of warning ("Detected locale "C" with character encoding ...")."""
    env = {
        name: value
        for name, value in isolated_environment(tmp_path).items()
        if not name.startswith("LC_") and name not in ("LANG", "LANGUAGE")
    }
    env |= {"PYTHONCOERCECLOCALE": "0", "SHIPTURTLE_TOKENS_HOME": str(tmp_path / "home")}
    env |= {"QT_QPA_PLATFORM": "offscreen", **locale}  # as the frozen app's Python starts
    result = subprocess.run(
        [sys.executable, "-m", "app", "--exit-when-ready"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ready\n"
    assert "locale" not in result.stderr
