"""What build.spec and the bare benchmark bundle share: Qt trimming and the archive.

Both specs use the same options, so the benchmark compares like with like.
"""

import logging
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Qt parts the app never uses: other platforms' plugins, image formats, translations.
# Qt Network stays: one running app per data folder listens on a local socket.
_UNUSED_QT = re.compile(
    r"PySide6[/\\]Qt[/\\](translations[/\\]"
    r"|plugins[/\\](platforms[/\\].*(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl|wayland)"
    r"|platformthemes[/\\].*gtk3|egldeviceintegrations|generic|wayland"
    r"|imageformats[/\\](?!.*(qsvg|qico))"
    r"|sqldrivers|designer|qmltooling|printsupport|networkinformation|tls))"
    r"|(lib)?Qt6(Pdf|Qml|Quick|Wayland|WlShell|EglFs|EglFS|OpenGLWidgets)",
    re.IGNORECASE,
)
# Python packages that would come along only through optional plugins (pydantic's for mypy),
# and standard-library parts only test and documentation tools use.
_NEVER_RUN = ["tkinter", "pydantic.mypy", "unittest", "doctest", "pydoc_data"]
# swagger-ui-py's own code and dependencies: the app serves only its two files (the sandbox's
# /docs); uvicorn and starlette would pull these in through optional imports.
_NEVER_RUN += ["swagger_ui", "yaml", "_yaml", "jinja2", "markupsafe"]
STRIP = sys.platform != "win32"
# Plain .pyc files instead of one compressed archive: imports skip decompression.
NOARCHIVE = True

Entry = tuple[str, str, str]
APP_DISTRIBUTION = "shipturtle-tokens"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = APP_DISTRIBUTION) -> set[str]:
    """The installed distributions the app needs to run: its requirements without extras,
    and theirs, with the extras they ask for (canonical names)."""
    from importlib.metadata import PackageNotFoundError, distribution

    from packaging.requirements import Requirement

    needed: dict[str, set[str]] = {}
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while pending:
        name, extras = pending.pop()
        key = _canonical(name)
        if key in needed and extras <= needed[key]:
            continue
        try:
            requirements = distribution(name).requires or []
        except PackageNotFoundError:
            continue  # a requirement for another platform or Python
        needed.setdefault(key, set()).update(extras)
        for text in requirements:
            requirement = Requirement(text)
            wanted = {""} | set(needed[key])
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": extra}) for extra in wanted):
                pending.append((requirement.name, frozenset(requirement.extras)))
    return set(needed)


_NOT_MODULES = (".dist-info", ".egg-info", ".data", ".pth")


def _top_level_names(dist: object) -> set[str]:
    """The names a distribution installs at the top of site-packages (modules, packages)."""
    names = set()
    for file in getattr(dist, "files", None) or []:
        first = file.parts[0]
        if first.endswith(_NOT_MODULES) or first in ("..", "__pycache__"):
            continue
        if first.endswith(".py") or ".cpython-" in first or first.endswith(".abi3.so"):
            first = first.split(".")[0]
        elif "." in first:
            continue  # a licence or a script next to the packages, not importable
        names.add(first)
    return names


def test_and_build_modules() -> list[str]:
    """Top-level modules of installed distributions the app does not run (test, lint and
    build tools): PyInstaller follows optional imports into them if they are importable."""
    from importlib.metadata import distributions

    runtime = runtime_distributions()
    kept: set[str] = set()
    others: set[str] = set()
    for dist in distributions():
        name = dist.metadata["Name"] or ""
        (kept if _canonical(name) in runtime else others).update(_top_level_names(dist))
    return sorted(others - kept)


def excludes() -> list[str]:
    """What no bundle of the app carries, even where an optional import would pull it in."""
    return [*_NEVER_RUN, *test_and_build_modules()]


def _is_plain_library(destination: str) -> bool:
    name = Path(destination).name
    top_level = "/" not in destination.replace("\\", "/")
    return top_level and name.startswith("lib") and ".so" in name and "python" not in name


def _unreachable_dropped(binaries: list[Entry]) -> list[Entry]:
    """Keep a shared library only if something kept still links to it (Linux).

    Dropping a Qt plugin leaves behind the system libraries only it needed (GTK's
    cairo and pango for the GTK theme plugin, for example); this removes those too.
    """
    from PyInstaller.depend import bindepend

    by_name = {Path(entry[0]).name: entry for entry in binaries}
    pending = [entry for entry in binaries if not _is_plain_library(entry[0])]
    kept: set[str] = set()
    while pending:
        destination, source, _kind = pending.pop()
        if destination in kept:
            continue
        kept.add(destination)
        for name, path in bindepend.get_imports(source):
            dependency = by_name.get(Path(name).name) or by_name.get(Path(path or "").name)
            if dependency is not None and dependency[0] not in kept:
                pending.append(dependency)
    return [entry for entry in binaries if entry[0] in kept]


# Windows' own libraries, which code for Windows loads through ctypes: absent elsewhere.
_WINDOWS_ONLY = re.compile(
    r"Library (msvcrt|ole32|oleaut32|shell32|user32|kernel32|advapi32|gdi32|crypt32|ws2_32)"
    r"\b.* required via ctypes not found",
    re.IGNORECASE,
)


class _NoiseAboutDroppedParts(logging.Filter):
    """Drops PyInstaller's warnings about what the bundle leaves out anyway: a Qt plugin
    trim() removes (the GTK theme's libraries, say), a Windows library on another system."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if _UNUSED_QT.search(text):
            return False
        return sys.platform == "win32" or not _WINDOWS_ONLY.search(text)


def quiet_noise() -> None:
    """Keep PyInstaller's warnings to those about parts the bundle really carries."""
    for handler in logging.getLogger().handlers:
        handler.addFilter(_NoiseAboutDroppedParts())


# Of a distribution's metadata the app reads METADATA (names, versions, licences for About)
# and keyring's entry points; its licence texts ship with it. Installers' records (RECORD
# lists every file: 300 KB for PySide6) and SBOMs are for the environment, not the bundle.
_INSTALLERS_METADATA = re.compile(
    r"\.dist-info[/\\](RECORD|INSTALLER|REQUESTED|WHEEL|direct_url\.json|sboms[/\\].*)$"
)


def _qt_words_kept(languages: list[str]) -> re.Pattern[str]:
    """Qt's own words (Cancel, Yes) for the languages the app ships, and no others."""
    names = "|".join(re.escape(language) for language in languages) or "(?!)"
    return re.compile(rf"translations[/\\]qtbase_({names})\.qm$")


def trim(analysis: object, languages: list[str]) -> None:
    """Remove unused Qt plugins, the translations of languages the app does not ship, the
    libraries only they needed, and installers' records."""
    kept = _qt_words_kept(languages)

    def unused(entry: Entry) -> bool:
        return bool(_UNUSED_QT.search(entry[0])) and not kept.search(entry[0])

    analysis.binaries = [e for e in analysis.binaries if not unused(e)]  # type: ignore[attr-defined]
    analysis.datas = [  # type: ignore[attr-defined]
        e
        for e in analysis.datas  # type: ignore[attr-defined]
        if not unused(e) and not _INSTALLERS_METADATA.search(e[0])
    ]
    if sys.platform.startswith("linux"):
        analysis.binaries = _unreachable_dropped(list(analysis.binaries))  # type: ignore[attr-defined]


def archive(dist: Path, folder: str, stem: str) -> Path:
    """Pack dist/folder as .tar.gz on Linux and .zip elsewhere; return the archive's path."""
    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = dist / f"{stem}-{system}-{machine}"
    if system == "macos":
        # ditto keeps the symbolic links inside Qt's frameworks, which zip would copy.
        target = base.parent / f"{base.name}.zip"  # the version has dots: no with_suffix
        subprocess.run(  # noqa: S603 (fixed arguments, our own paths)
            ["/usr/bin/ditto", "-c", "-k", "--keepParent", str(dist / folder), str(target)],
            check=True,
        )
        return target
    kind = "gztar" if system == "linux" else "zip"
    return Path(shutil.make_archive(str(base), kind, dist, folder))
