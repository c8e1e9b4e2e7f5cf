"""Child process for the idle benchmark: a window left alone; prints the CPU it used meanwhile.

`python -m tests.benchmarks.idle_probe bare SECONDS` shows a bare table of 10,000 rows;
`python -m tests.benchmarks.idle_probe app SECONDS URL EMAIL` starts the real app (as
`app.main` builds it) signed in to URL with a session read from stdin, as if remembered.
Once the window is shown (and, for the app, its list loaded), it waits a few seconds, then
measures this process's CPU time (all its threads) over SECONDS and prints it in
milliseconds, with how many times the app asked the server meanwhile.
"""

import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableView

from tests.benchmarks.probe import ROWS, bare_window

SETTLE_S = 5.0


def _measure(seconds: float, asked: list[int]) -> None:
    def start() -> None:
        before_cpu, before_asked = time.process_time(), len(asked)

        def stop() -> None:
            used_ms = (time.process_time() - before_cpu) * 1000
            print(f"{used_ms:.1f} {len(asked) - before_asked}", flush=True)
            QApplication.quit()

        QTimer.singleShot(int(seconds * 1000), stop)

    QTimer.singleShot(int(SETTLE_S * 1000), start)


def _remembered(url: str, email: str, session: str) -> None:
    """The settings and keychain of a merchant who chose Remember me on this server."""
    import app.main as main_module
    from app.api.secret import Secret
    from app.storage.credentials import CredentialStore
    from app.storage.paths import AppPaths
    from app.storage.settings import DEFAULT_SERVER, Preferences, Profile, SettingsFile
    from app.ui.sign_in.sign_in_request import profile_name
    from tests.helpers.keyrings import MemoryKeyring

    name = profile_name(email, url, DEFAULT_SERVER)
    Preferences(SettingsFile(AppPaths.from_environment().config_dir)).remember_profile(
        Profile(name, url, email, remember=True)
    )
    keychain = MemoryKeyring()

    def credentials(*, folder_id: str = "") -> CredentialStore:
        store = CredentialStore(keychain, folder_id=folder_id)
        store.save(name, Secret(session))
        return store

    setattr(main_module, "CredentialStore", credentials)  # noqa: B010


def app_idle(seconds: float, url: str, email: str) -> QApplication:
    from app.main import build
    from app.services.token_service import TokenService

    _remembered(url, email, sys.stdin.readline().strip())
    asked: list[int] = []
    refresh = TokenService.refresh_tokens

    def counted(self: TokenService, *args: Any, **handlers: Any) -> bool:
        asked.append(1)
        return refresh(self, *args, **handlers)

    setattr(TokenService, "refresh_tokens", counted)  # noqa: B010
    app, controller = build(["shipturtle-tokens"])
    app_idle.keep = controller  # type: ignore[attr-defined]

    def loaded() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        table = window.findChild(QTableView, "tokenTable")
        if table is None or table.model().rowCount() < ROWS:
            QTimer.singleShot(100, loaded)
            return
        _measure(seconds, asked)

    QTimer.singleShot(100, loaded)
    return app


def bare_idle(seconds: float) -> QApplication:
    app = QApplication(sys.argv[:1])
    window, _table = bare_window(ROWS)
    window.show()
    bare_idle.keep = window  # type: ignore[attr-defined]
    _measure(seconds, [])
    return app


def main(argv: list[str]) -> int:
    mode, seconds = argv[0], float(argv[1])
    app = app_idle(seconds, argv[2], argv[3]) if mode == "app" else bare_idle(seconds)
    QTimer.singleShot(int((seconds + 120) * 1000), lambda: QApplication.exit(1))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
