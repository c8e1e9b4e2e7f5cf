"""Starting the desktop app: `python -m app [--demo]` or the `shipturtle-tokens` command."""

import argparse
import logging
import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.services.clipboard import SecretClipboard
from app.services.garbage_collector import GuiThreadGarbageCollector
from app.services.runner import BackgroundRunner
from app.services.single_instance import Claim, SingleInstance, socket_name
from app.services.token_service import TokenService, local_demo
from app.storage.credentials import CredentialStore
from app.storage.logs import setup_logging
from app.storage.paths import AppPaths
from app.storage.settings import DEFAULT_SERVER, Preferences, SettingsFile
from app.ui.controller import AppController
from app.ui.shared import crash
from app.ui.shared.translation import install_language, shipped_languages

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICON = RESOURCES / "icons" / "shipturtle-tokens.png"
LANGUAGES = RESOURCES / "i18n"  # shipturtle_<language>.qm, built by make


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="shipturtle-tokens", description=f"{APP_NAME}.")
    parser.add_argument(
        "--demo", action="store_true", help="try the app on a local demo store, no account needed"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (uses a temporary folder) and exit",
    )
    parser.add_argument(
        "--exit-when-ready", action="store_true", help=argparse.SUPPRESS
    )  # for smoke tests and benchmarks: quit once the first screen is painted
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def _application(argv: list[str]) -> QApplication:
    app = QApplication(argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Shipturtle")
    app.setDesktopFileName("shipturtle-tokens")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    from app.ui.shared.masked_text import MaskedTextGuard

    MaskedTextGuard.start(app)  # before any window: no password on the accessibility bus
    return app


class AlreadyRunningError(Exception):
    """Another start runs for this data folder; it was asked to come to the front."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


def build(argv: list[str]) -> tuple[QApplication, AppController]:
    """Create the application and everything in it, and start it (the event loop aside).

    Raises AlreadyRunningError when the app already runs for this data folder; that app
    comes to the front instead. `--exit-when-ready` runs never hand over.
    """
    args = parse_arguments(argv[1:])
    paths = AppPaths.from_environment()
    app = _application(argv)
    instance = None if args.exit_when_ready else _claim(app, paths)
    crash.install()
    collector = GuiThreadGarbageCollector(parent=app)
    app.aboutToQuit.connect(collector.stop)
    preferences = Preferences(SettingsFile(paths.config_dir))
    install_language(app, preferences.settings.language, LANGUAGES)  # before any window
    service = TokenService(
        BackgroundRunner(),
        CredentialStore(folder_id=preferences.keychain_id()),
        demo_starter=local_demo(paths.demo_database),
    )
    controller = AppController(
        service=service,
        clipboard=SecretClipboard(preferences.settings.clipboard_clear_seconds),
        preferences=preferences,
        default_server=DEFAULT_SERVER,
        languages=shipped_languages(LANGUAGES),
    )
    app.aboutToQuit.connect(controller.shutdown)
    controller.loaded.connect(collector.freeze_survivors)
    if instance is not None:
        instance.activation_requested.connect(controller.bring_to_front)
    if args.exit_when_ready:
        controller.ready.connect(_report_ready)
    controller.start(demo=args.demo, when_shown=lambda: _start_logging(paths, args.demo))
    return app, controller


def _start_logging(paths: AppPaths, demo: bool) -> None:
    # After the first paint: the logging machinery is not worth a slower first window.
    setup_logging(paths.log_dir)
    log.info("%s %s started (demo: %s)", APP_NAME, __version__, demo)


def _report_ready() -> None:
    """Say 'ready' and quit: the first usable screen is painted (--exit-when-ready)."""
    _say(sys.stdout, "ready")
    QApplication.quit()


def _claim(app: QApplication, paths: AppPaths) -> SingleInstance:
    """Listen for later starts, or hand over to the app already running for this folder."""
    instance = SingleInstance(socket_name(paths.data_dir), parent=app)
    claim = instance.claim()
    if claim is Claim.HANDED_OVER:
        _say(sys.stdout, f"{APP_NAME} is already running; its window was brought to the front.")
        raise AlreadyRunningError(0)
    if claim is Claim.NO_ANSWER:
        _say(sys.stderr, f"{APP_NAME} is already running but not answering; try again soon.")
        raise AlreadyRunningError(1)
    app.aboutToQuit.connect(instance.close)
    return instance


def _say(stream: TextIO | None, line: str) -> None:
    if stream is not None:  # a windowed build on Windows has no console
        stream.write(line + "\n")
        stream.flush()


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if "--self-test" in arguments:
        from app.self_test import run_self_test

        return run_self_test()
    try:
        app, _controller = build([sys.argv[0], *arguments])
    except AlreadyRunningError as running:
        return running.exit_code
    return app.exec()
