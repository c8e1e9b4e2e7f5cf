"""Fixtures for the windows: a whole app wired to a real sandbox, with an in-memory keychain."""

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox
from app.services.clipboard import SecretClipboard
from app.services.runner import BackgroundRunner
from app.services.token_service import TokenService, local_demo
from app.storage.credentials import CredentialStore
from app.storage.paths import AppPaths
from app.storage.settings import Preferences, SettingsFile
from app.ui.controller import AppController
from app.ui.help_flow import UrlOpener
from app.ui.shared.translation import install_english
from tests.helpers.keyrings import MemoryKeyring
from tests.sandbox.conftest import browser  # noqa: F401 (a fixture: headless Chromium)
from tools import i18n

DEFAULT_SERVER = "https://api.example.com"

# The focus and keyboard tests need a real X server and run on their own (see real_x/conftest.py).
collect_ignore = [] if os.environ.get("QT_QPA_PLATFORM") == "xcb" else ["real_x"]


@pytest.fixture(autouse=True, scope="session")
def english_words(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> None:
    """English's catalogue, built from the checked-in one, as the app loads it at start."""
    directory = tmp_path_factory.mktemp("i18n")
    i18n.build(directory)
    assert install_english(qapp, directory)


class DemoStores:
    """Starts the demo store as the app does, and keeps each one, to act as the developer."""

    def __init__(self) -> None:
        self.started: list[RunningSandbox] = []
        self.urls: list[str] = []
        self._start = local_demo(AppPaths.from_environment().demo_database)

    def start(self) -> RunningSandbox:
        sandbox = self._start()
        self.started.append(sandbox)
        self.urls.append(sandbox.url)
        return sandbox

    @property
    def url(self) -> str:
        """The address of the demo store started last."""
        return self.urls[-1]

    @property
    def latest(self) -> RunningSandbox:
        return self.started[-1]


@pytest.fixture
def keychain() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def clipboard() -> Iterator[SecretClipboard]:
    clipboard = SecretClipboard(30)
    yield clipboard
    clipboard.clear_now()


@pytest.fixture
def demo_store(app_home: Path) -> DemoStores:
    return DemoStores()


def make_controller(
    keychain: KeyringBackend,
    demo_store: DemoStores | None = None,
    clipboard: SecretClipboard | None = None,
    open_url: UrlOpener | None = None,
    languages: tuple[str, ...] = (),
    idle_clock: Callable[[], float] = time.monotonic,
) -> AppController:
    """An app as `app.main` builds it, with settings under the test's app home."""
    paths = AppPaths.from_environment()
    demo_store = demo_store or DemoStores()
    service = TokenService(
        BackgroundRunner(), CredentialStore(keychain), demo_starter=demo_store.start
    )
    return AppController(
        service=service,
        clipboard=clipboard or SecretClipboard(30),
        preferences=Preferences(SettingsFile(paths.config_dir)),
        default_server=DEFAULT_SERVER,
        languages=languages,
        open_url=open_url or _no_browser,
        idle_clock=idle_clock,
    )


def _no_browser(url: QUrl) -> bool:
    """Tests never open a real browser; the Help menu's tests pass an opener of their own."""
    return False


@pytest.fixture
def controller(
    qtbot: QtBot,
    app_home: Path,
    keychain: MemoryKeyring,
    demo_store: DemoStores,
    clipboard: SecretClipboard,
) -> Iterator[AppController]:
    before = set(QApplication.topLevelWidgets())
    app = make_controller(keychain, demo_store, clipboard)
    yield app
    app.shutdown()
    close_windows_opened_since(before)


def close_windows_opened_since(before: set[QWidget]) -> None:
    """Close and delete every window the test opened, so no later test finds it."""
    for window in QApplication.topLevelWidgets():
        if window not in before:
            window.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Announcement(NamedTuple):
    """One thing the app asked screen readers to say, and where from."""

    source: QObject
    text: str
    assertive: bool


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[Announcement]:
    """What the app asks screen readers to say (QAccessibleAnnouncementEvent), in order."""
    said: list[Announcement] = []
    send = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append(Announcement(event.object(), event.message(), assertive))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return said
