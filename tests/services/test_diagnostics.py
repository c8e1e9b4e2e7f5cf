"""Diagnostics name versions and never a secret; licences come from each part's metadata."""

from email.message import Message
from importlib import metadata
from os import PathLike
from pathlib import Path

from app import __version__
from app.services.diagnostics import bundled_parts, diagnostic_report, licence_of


class FakeDistribution(metadata.Distribution):
    """A distribution whose metadata a test writes."""

    def __init__(self, **fields: str | list[str]) -> None:
        self._fields = Message()
        for name, value in fields.items():
            for each in [value] if isinstance(value, str) else value:
                self._fields[name.replace("_", "-")] = each

    @property
    def metadata(self) -> Message:  # type: ignore[override]
        return self._fields

    def read_text(self, filename: str) -> str | None:
        return None

    def locate_file(self, path: str | PathLike[str]) -> Path:
        return Path(path)


def test_a_licence_is_read_as_the_distribution_declares_it() -> None:
    assert licence_of(FakeDistribution(License_Expression="MIT", License="BSD")) == "MIT"
    assert licence_of(FakeDistribution(License="BSD-3-Clause")) == "BSD-3-Clause"
    whole_text = "Copyright (c) someone\n\nPermission is hereby granted, free of charge..."
    classifier = "License :: OSI Approved :: MIT License"
    assert licence_of(FakeDistribution(License=whole_text, Classifier=classifier)) == "MIT License"
    assert licence_of(FakeDistribution()) == "see the licence that comes with it"


def test_the_parts_are_the_apps_runtime_dependencies_with_python_first() -> None:
    parts = bundled_parts()
    names = [part.name for part in parts]
    assert names[0] == "Python"
    assert {"httpx", "keyring", "fastapi", "uvicorn", "PySide6_Essentials"} <= set(names)
    assert not {"pytest", "mypy", "ruff", "pyinstaller"} & {name.lower() for name in names}
    assert len(names) == len({name.lower() for name in names})


def test_the_report_names_the_app_keychain_and_server() -> None:
    report = diagnostic_report(keychain="SecretService Keyring", server="https://api.example.com")
    lines = report.splitlines()
    assert lines[0] == f"Shipturtle Tokens {__version__}"
    assert "Keychain: SecretService Keyring" in lines
    assert "Server: https://api.example.com" in lines
