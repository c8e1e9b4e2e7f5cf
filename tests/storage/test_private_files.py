"""The folders and files the app makes are this user's only (0700, 0600), whatever the umask."""

import logging
import os
import stat
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from app.sandbox import start_sandbox
from app.storage.logs import setup_logging
from app.storage.paths import AppPaths
from app.storage.settings import Settings, SettingsFile

pytestmark = pytest.mark.skipif(os.name != "posix", reason="modes are a POSIX matter")


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """Debian's default: files 0644 and folders 0755 unless the app says otherwise."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_folder_and_every_log_file_are_private(
    tmp_path: Path, root_logging: logging.Logger
) -> None:
    path = setup_logging(tmp_path / "home" / "logs")
    logging.getLogger("app.test").info("a line")
    (handler,) = [h for h in root_logging.handlers if isinstance(h, RotatingFileHandler)]
    handler.flush()
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600
    handler.doRollover()  # as when the log reaches its size
    logging.getLogger("app.test").info("the next line")
    handler.flush()
    assert mode(path) == 0o600
    assert mode(path.with_name(path.name + ".1")) == 0o600


def test_an_older_world_readable_log_is_made_private(
    tmp_path: Path, root_logging: logging.Logger
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    old = folder / "shipturtle-tokens.log"
    old.write_text("from an earlier version\n")
    old.chmod(0o644)
    assert setup_logging(folder) == old
    assert mode(old) == 0o600


def test_the_settings_file_and_its_folder_are_private(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "config")
    settings.save(Settings())
    assert mode(settings.path.parent) == 0o700
    assert mode(settings.path) == 0o600


def test_a_database_and_the_files_sqlite_keeps_beside_it_are_private(tmp_path: Path) -> None:
    database = AppPaths.under(tmp_path / "home").demo_database
    with start_sandbox(database) as sandbox:
        sandbox.add_merchant("Shop", "shop@example.com", "x" * 20, api_integration=True)
        beside = [Path(f"{database}{suffix}") for suffix in ("-wal", "-shm")]
        assert all(file.exists() for file in beside)
        assert [mode(file) for file in (database, *beside)] == [0o600] * 3
    assert mode(database.parent) == 0o700


def test_a_folder_the_merchant_chose_keeps_its_mode_and_the_files_in_it_are_private(
    tmp_path: Path,
) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir(mode=0o755)
    database = chosen / "sandbox.sqlite3"
    with start_sandbox(database):
        pass
    assert mode(chosen) == 0o755
    assert mode(database) == 0o600


def test_an_older_world_readable_database_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    with start_sandbox(database):
        pass
    database.chmod(0o644)
    with start_sandbox(database):
        assert mode(database) == 0o600
