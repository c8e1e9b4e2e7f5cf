"""What support needs to know about this copy of the app, and the open-source parts it ships."""

import re
import sys
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import QSysInfo, qVersion
from PySide6.QtGui import QGuiApplication

from app import APP_NAME, __version__

DISTRIBUTION = "shipturtle-tokens"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_EXTRA = re.compile(r"\bextra\s*==")
_LICENSE_CLASSIFIER = "License :: "
_LONGEST_LICENSE_FIELD = 60  # some packages put the licence's whole text in that field


@dataclass(frozen=True)
class Part:
    """An open-source distribution the app is built from, as its own metadata describes it."""

    name: str
    version: str
    licence: str


def app_version() -> str:
    frozen = " (packaged)" if getattr(sys, "frozen", False) else ""
    return f"{APP_NAME} {__version__}{frozen}"


def diagnostic_report(*, keychain: str, server: str) -> str:
    """Plain text for a support request: versions, system, keychain, server; nothing secret."""
    return "\n".join(
        [
            app_version(),
            f"System: {QSysInfo.prettyProductName()} "
            f"({QSysInfo.kernelType()} {QSysInfo.kernelVersion()}, "
            f"{QSysInfo.currentCpuArchitecture()})",
            f"Qt {qVersion()}, PySide {PySide6.__version__}, Python {_python_version()}",
            f"Display: {QGuiApplication.platformName()}",
            f"Keychain: {keychain}",
            f"Server: {server}",
        ]
    )


def bundled_parts() -> list[Part]:
    """Python, then every installed distribution the app depends on, directly or not, by name.

    Read from the installed metadata (the packaged app carries it too), so the list and
    the licences stay true when a dependency changes.
    """
    found: dict[str, Part] = {}
    waiting = list(_requirements(DISTRIBUTION))
    while waiting:
        name = waiting.pop()
        key = _canonical(name)
        if key in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # required on another platform or Python only
        found[key] = Part(distribution.name, distribution.version, licence_of(distribution))
        waiting.extend(_requirements(name))
    python = Part("Python", _python_version(), "PSF-2.0")  # the interpreter, bundled too
    return [python, *sorted(found.values(), key=lambda part: part.name.lower())]


def licence_of(distribution: metadata.Distribution) -> str:
    """The licence a distribution declares: its SPDX expression, licence field or classifier."""
    fields = distribution.metadata
    if expression := fields.get_all("License-Expression"):
        return str(expression[0])
    field = str((fields.get_all("License") or [""])[0]).strip()
    if field and "\n" not in field and len(field) <= _LONGEST_LICENSE_FIELD:
        return field
    classifiers = [
        str(c).rsplit(" :: ", 1)[-1]
        for c in fields.get_all("Classifier") or []
        if str(c).startswith(_LICENSE_CLASSIFIER)
    ]
    return ", ".join(classifiers) or "see the licence that comes with it"


def _requirements(name: str) -> list[str]:
    """The names a distribution requires to run (its optional extras left out)."""
    try:
        required = metadata.requires(name) or []
    except metadata.PackageNotFoundError:
        return []
    return [
        match.group(0)
        for requirement in required
        if not _EXTRA.search(requirement) and (match := _NAME.match(requirement))
    ]


def _python_version() -> str:
    return ".".join(str(part) for part in sys.version_info[:3])


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
