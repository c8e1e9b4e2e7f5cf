"""What build.spec and the bare benchmark bundle share: Qt trimming and the archive.

Both specs use the same options, so the benchmark compares like with like.
"""

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
# Python packages that would come along only through optional plugins (pydantic's for mypy).
EXCLUDES = ["tkinter", "pytest", "mypy", "ast_serialize", "pydantic.mypy"]
STRIP = sys.platform != "win32"
# Plain .pyc files instead of one compressed archive: imports skip decompression.
NOARCHIVE = True

Entry = tuple[str, str, str]


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


def trim(analysis: object) -> None:
    """Remove unused Qt plugins and translations, and the libraries only they needed."""
    analysis.binaries = [e for e in analysis.binaries if not _UNUSED_QT.search(e[0])]  # type: ignore[attr-defined]
    analysis.datas = [e for e in analysis.datas if not _UNUSED_QT.search(e[0])]  # type: ignore[attr-defined]
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
