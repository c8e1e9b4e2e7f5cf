"""Fixtures for the windows: a whole app wired to a real sandbox, with an in-memory keychain."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from app.services.clipboard import SecretClipboard
from app.services.runner import BackgroundRunner
from app.services.token_service import TokenService
from app.storage.credentials import CredentialStore
from app.storage.paths import AppPaths
from app.storage.settings import SettingsFile
from app.ui.controller import AppController
from tests.helpers.keyrings import MemoryKeyring

DEFAULT_SERVER = "https://api.example.com"


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


def make_controller(keychain: KeyringBackend) -> AppController:
    """An app as `app.main` builds it, with settings under the test's app home."""
    paths = AppPaths.from_environment()
    settings_file = SettingsFile(paths.config_dir)
    return AppController(
        service=TokenService(BackgroundRunner(), CredentialStore(keychain)),
        clipboard=SecretClipboard(30),
        settings_file=settings_file,
        loaded=settings_file.load(),
        paths=paths,
        default_server=DEFAULT_SERVER,
    )


@pytest.fixture
def controller(qtbot: QtBot, app_home: Path, keychain: MemoryKeyring) -> Iterator[AppController]:
    app = make_controller(keychain)
    qtbot.addWidget(app.main_window)
    yield app
    app.shutdown()
    app.clipboard.clear_now()
    if app.sign_in_window is not None:
        app.sign_in_window.close()
