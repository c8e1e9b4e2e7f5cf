"""After a full sign-in, create, copy and revoke, no file the app wrote holds a secret."""

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.api.client import new_idempotency_key
from app.api.models import CreatedToken, NewToken
from app.api.secret import Secret
from app.sandbox import start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from app.services.clipboard import SecretClipboard
from app.services.runner import BackgroundRunner
from app.services.token_service import TokenService
from app.storage.credentials import CredentialStore
from app.storage.logs import setup_logging
from app.storage.paths import AppPaths
from app.storage.settings import Profile, SettingsFile
from tests.helpers.keyrings import MemoryKeyring
from tests.helpers.outcomes import value

API_PASSWORD = "a-long-secret-passphrase"


def test_full_create_flow_leaves_no_secret_in_any_file(
    qtbot: QtBot, app_home: Path, root_logging: logging.Logger
) -> None:
    paths = AppPaths.from_environment()
    log_file = setup_logging(paths.log_dir, logging.DEBUG)
    settings_file = SettingsFile(paths.config_dir)
    service = TokenService(BackgroundRunner(), CredentialStore(MemoryKeyring()))
    clipboard = SecretClipboard(clear_after_seconds=30)
    with start_sandbox(paths.demo_database) as sandbox:
        session = value(
            qtbot,
            service.sign_in,
            sandbox.url,
            DEMO_EMAIL,
            Secret(DEMO_PASSWORD),
            profile="Demo",
            remember=True,
        )
        settings = settings_file.load().settings.with_profile(
            Profile("Demo", sandbox.url, DEMO_EMAIL, remember=True)
        )
        settings_file.save(settings)
        request = NewToken("shop-dev", Secret(API_PASSWORD), ("orders",), note="for the app")
        created: CreatedToken = value(qtbot, service.create_token, request, new_idempotency_key())
        logging.getLogger("app.test").info("Created %r for %s", created, created.access_token)
        clipboard.copy(created.token)
        assert QGuiApplication.clipboard().text() == created.token.reveal()
        value(qtbot, service.revoke_token, created.access_token.id)
        clipboard.clear_now()
        service.shutdown()
    for handler in logging.getLogger().handlers:
        handler.flush()

    secrets = [
        created.token.reveal(),
        session.token.reveal(),
        DEMO_PASSWORD,
        API_PASSWORD,
    ]
    written = [path for path in app_home.rglob("*") if path.is_file()]
    assert log_file in written
    assert settings_file.path in written
    assert "Created CreatedToken(" in log_file.read_text(encoding="utf-8")
    for path in written:
        raw = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in raw, f"a secret reached {path.name}"
