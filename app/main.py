"""Starting the desktop app: `python -m app [--demo]` or the `shipturtle-tokens` command."""

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.services.clipboard import SecretClipboard
from app.services.garbage_collector import GuiThreadGarbageCollector
from app.services.runner import BackgroundRunner
from app.services.token_service import TokenService, local_demo
from app.storage.credentials import CredentialStore
from app.storage.logs import setup_logging
from app.storage.paths import AppPaths
from app.storage.settings import DEFAULT_SERVER, Preferences, SettingsFile
from app.ui import crash
from app.ui.controller import AppController

log = logging.getLogger(__name__)
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "shipturtle-tokens.png"


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
    return app


def build(argv: list[str]) -> tuple[QApplication, AppController]:
    """Create the application and everything in it, and start it (the event loop aside)."""
    args = parse_arguments(argv[1:])
    paths = AppPaths.from_environment()
    app = _application(argv)
    crash.install()
    collector = GuiThreadGarbageCollector(parent=app)
    app.aboutToQuit.connect(collector.stop)
    preferences = Preferences(SettingsFile(paths.config_dir))
    service = TokenService(
        BackgroundRunner(), CredentialStore(), demo_starter=local_demo(paths.demo_database)
    )
    controller = AppController(
        service=service,
        clipboard=SecretClipboard(preferences.settings.clipboard_clear_seconds),
        preferences=preferences,
        default_server=DEFAULT_SERVER,
    )
    app.aboutToQuit.connect(controller.shutdown)
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
    if sys.stdout is not None:  # a windowed build on Windows has no console
        sys.stdout.write("ready\n")
        sys.stdout.flush()
    QApplication.quit()


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if "--self-test" in arguments:
        from app.self_test import run_self_test

        return run_self_test()
    app, _controller = build([sys.argv[0], *arguments])
    return app.exec()
