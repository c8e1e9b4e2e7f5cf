"""The built bundle in dist/: the frozen app passes its self-test and opens its window.

Run by `make bundle-test` (and CI) after `make bundle`; the everyday suite skips them.
"""

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "Shipturtle Tokens"
EXECUTABLE = BUNDLE / "shipturtle-tokens"

pytestmark = pytest.mark.bundle
# What the issue found inside (about 11 MiB): test, lint and documentation tools.
KNOWN_TEST_ONLY = {"pygments", "hypothesis", "rich", "yaml", "urllib3", "requests"}
KNOWN_TEST_ONLY |= {"markdown_it", "_pytest", "pytest", "unittest", "pydoc_data", "mypy"}


def run_frozen(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(EXECUTABLE), *arguments], env=env, capture_output=True, text=True, timeout=120
    )


def test_frozen_self_test_passes(tmp_path: Path) -> None:
    result = run_frozen("--self-test", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test passed:")
    assert "keychain:" in result.stdout
    assert list(tmp_path.iterdir()) == []  # nothing written outside the temporary folder


@pytest.mark.parametrize("mode", [[], ["--demo"]])
def test_frozen_window_opens_and_quits(tmp_path: Path, mode: list[str]) -> None:
    result = run_frozen(*mode, "--exit-when-ready", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ready\n"


def test_bundle_is_trimmed_and_keeps_what_it_needs() -> None:
    internal = BUNDLE / "_internal"
    qt_words = internal / "PySide6" / "Qt" / "translations"
    ours = sorted(path.name for path in (internal / "resources" / "i18n").glob("shipturtle_*.qm"))
    assert "shipturtle_en.qm" in ours  # English's singulars
    shipped = {name.removeprefix("shipturtle_") for name in ours} - {"en.qm"}
    kept = {path.name.removeprefix("qtbase_") for path in qt_words.glob("*")}
    assert kept == shipped  # Qt's own words for the shipped languages, and nothing else
    platforms = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert not any("eglfs" in name or "vnc" in name for name in platforms)
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert (internal / "resources" / "icons" / "shipturtle-tokens.png").exists()
    assert (internal / "resources" / "swagger-ui" / "swagger-ui-bundle.js").exists()  # /docs
    assert os.access(BUNDLE / "install-desktop-entry.sh", os.X_OK)


def test_bundle_holds_no_test_or_build_package() -> None:
    sys.path.insert(0, str(ROOT / "resources" / "packaging"))
    import bundle_common  # type: ignore[import-not-found]  # resources/packaging, on the path above

    inside = {path.name.removesuffix(".pyc") for path in (BUNDLE / "_internal").iterdir()}
    assert inside & KNOWN_TEST_ONLY == set()
    assert inside & set(bundle_common.excludes()) == set()
    assert {"app", "PySide6", "httpx", "keyring", "uvicorn"} <= inside  # and the app is all there


def test_archive_holds_the_bundle() -> None:
    archives = list((ROOT / "dist").glob("shipturtle-tokens-*-linux-*.tar.gz"))
    assert len(archives) == 1
    with tarfile.open(archives[0]) as archive:
        names = archive.getnames()
    assert "Shipturtle Tokens/shipturtle-tokens" in names
    assert "Shipturtle Tokens/install-desktop-entry.sh" in names


def test_desktop_entry_installs_into_the_menu(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    subprocess.run([str(BUNDLE / "install-desktop-entry.sh")], env=env, check=True)
    entry = (tmp_path / "share" / "applications" / "shipturtle-tokens.desktop").read_text()
    assert f'Exec="{EXECUTABLE}"' in entry
    assert "Icon=shipturtle-tokens" in entry
    assert (tmp_path / "share/icons/hicolor/256x256/apps/shipturtle-tokens.png").exists()
    subprocess.run([str(BUNDLE / "install-desktop-entry.sh"), "--remove"], env=env, check=True)
    assert not (tmp_path / "share" / "applications" / "shipturtle-tokens.desktop").exists()
