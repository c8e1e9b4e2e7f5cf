"""Retry repeats what failed; Refresh loads the list again: two buttons, two jobs."""

from pathlib import Path

import httpx
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.ui.controller import AppController
from app.ui.shared.banner import Banner
from tests.conftest import bearer, sign_in
from tests.helpers.log_fail import ExpectedLogs
from tests.ui.conftest import DemoStores, make_controller
from tests.ui.helpers import action, click, find, main_window, quit_app, wait_for_tokens


class FailsOnce(DemoStores):
    """A demo store that cannot start the first time (say, a full disk), then can."""

    def __init__(self) -> None:
        super().__init__()
        self.attempts = 0

    def start(self) -> RunningSandbox:
        self.attempts += 1
        if self.attempts == 1:
            raise OSError("No space left on device")
        return super().start()


def test_retry_starts_the_demo_that_failed_to_start(
    qtbot: QtBot, app_home: Path, keychain: KeyringBackend, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect("Background work failed unexpectedly", logger="app.services.runner")
    stores = FailsOnce()
    controller = make_controller(keychain, stores)
    try:
        controller.start(demo=True)
        banner = find(main_window(), Banner, "errorBanner")
        qtbot.waitUntil(banner.isVisible, timeout=10000)
        assert banner.message.startswith("The demo store could not start.")
        click(qtbot, banner, "errorBannerAction")
        wait_for_tokens(qtbot, 4)
        assert stores.attempts == 2
        assert not banner.isVisible()
    finally:
        quit_app(controller)


def test_refresh_shows_what_changed_elsewhere(
    qtbot: QtBot, controller: AppController, demo_store: DemoStores
) -> None:
    controller.start(demo=True)
    wait_for_tokens(qtbot, 4)
    with httpx.Client(base_url=demo_store.url) as http:  # the merchant, on the website
        response = http.post(
            "/v1/access-tokens",
            headers={**bearer(sign_in(http, DEMO_EMAIL, DEMO_PASSWORD)), "Idempotency-Key": "k1"},
            json={
                "username": "from-the-website",
                "password": "kettle-orbit-plume-9-harbor",
                "permissions": ["orders"],
            },
        )
        assert response.status_code == 201, response.text
    action(main_window(), "refreshAction").trigger()
    wait_for_tokens(qtbot, 5)
