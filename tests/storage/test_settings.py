"""Settings: one JSON file, atomic writes, recovery from a damaged file, no secrets."""

import json
from pathlib import Path

import pytest

from app.storage.paths import AppPaths
from app.storage.settings import Preferences, Profile, Settings, SettingsFile
from tests.helpers.log_fail import ExpectedLogs


def test_app_home_moves_everything(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({"SHIPTURTLE_TOKENS_HOME": str(tmp_path)})
    assert paths.config_dir == tmp_path / "config"
    assert paths.log_dir == tmp_path / "logs"
    assert paths.demo_database == tmp_path / "data" / "demo.sqlite3"


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    loaded = SettingsFile(tmp_path).load()
    assert loaded.settings == Settings()
    assert loaded.settings.clipboard_clear_seconds == 30
    assert loaded.notice is None


def test_round_trip(tmp_path: Path) -> None:
    settings = (
        Settings(clipboard_clear_seconds=45)
        .with_profile(Profile("Demo", "http://127.0.0.1:8765", "demo@example.com", True))
        .with_profile(Profile("Shop", "https://api.example.com", "me@shop.com"))
    )
    store = SettingsFile(tmp_path / "config")
    store.save(settings)
    loaded = SettingsFile(tmp_path / "config").load()
    assert loaded.settings == settings
    assert loaded.settings.last_profile == "Shop"
    assert loaded.settings.without_profile("Shop").last_profile is None
    assert [p.name for p in tmp_path.joinpath("config").iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"version": 99}',
        '{"version": 1, "profiles": "Demo"}',
        '{"version": 1, "profiles": [{"name": "Demo"}]}',
        '{"version": 1, "clipboard_clear_seconds": true}',
        "\udcff",
    ],
)
def test_a_damaged_file_is_set_aside_and_defaults_used(
    tmp_path: Path, content: str, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect("Settings file", logger="app.storage.settings")
    path = tmp_path / "settings.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    loaded = SettingsFile(tmp_path).load()
    assert loaded.settings == Settings()
    assert loaded.notice is not None
    assert loaded.notice.backup_name == "settings.json.bak"
    assert (tmp_path / "settings.json.bak").read_bytes() == content.encode(
        "utf-8", "surrogateescape"
    )
    assert not path.exists()


def test_an_unreadable_file_starts_from_defaults(
    tmp_path: Path, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect("Settings file", logger="app.storage.settings")
    (tmp_path / "settings.json").mkdir()  # reading a folder fails like a broken file would
    loaded = SettingsFile(tmp_path).load()
    assert loaded.settings == Settings()
    assert loaded.notice is not None


def test_clear_delay_is_kept_within_sensible_bounds(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"version": 1, "clipboard_clear_seconds": 0})
    )
    assert SettingsFile(tmp_path).load().settings.clipboard_clear_seconds == 5


def test_refuses_to_write_anything_that_looks_like_a_token(tmp_path: Path) -> None:
    store = SettingsFile(tmp_path)
    sneaky = Settings(window_geometry="stp_" + "A" * 36)
    with pytest.raises(ValueError, match="token"):
        store.save(sneaky)
    assert not (tmp_path / "settings.json").exists()


def test_each_data_folder_has_its_own_keychain_id_kept_across_starts(tmp_path: Path) -> None:
    first = Preferences(SettingsFile(tmp_path / "one"))
    made = first.keychain_id()
    assert made == Preferences(SettingsFile(tmp_path / "one")).keychain_id()
    assert made != Preferences(SettingsFile(tmp_path / "two")).keychain_id()
