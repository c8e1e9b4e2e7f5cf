"""Profiles and preferences in one JSON file, written atomically, never holding a secret."""

import dataclasses
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.api.secret import redact_secrets
from app.storage.private import private_folder

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
# Where a merchant's app talks to unless told otherwise (the sign-in window's Advanced field).
DEFAULT_SERVER = "https://api.shipturtle.com"
FORMAT_VERSION = 1
DEFAULT_CLIPBOARD_CLEAR_SECONDS = 30
# Minutes without input before the app locks; 0: never.
LOCK_AFTER_CHOICES = (0, 5, 15, 60)
DEFAULT_LOCK_AFTER_MINUTES = 15
LANGUAGE_NAME = re.compile(r"[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?")


@dataclass(frozen=True)
class Profile:
    """A remembered sign-in: which server and which email, never the password."""

    name: str
    server_url: str
    email: str = ""
    remember: bool = False


@dataclass(frozen=True)
class Settings:
    profiles: tuple[Profile, ...] = ()
    last_profile: str | None = None
    clipboard_clear_seconds: int = DEFAULT_CLIPBOARD_CLEAR_SECONDS
    window_geometry: str | None = None
    # The optional table columns shown, by their English name ("Note"), never translated.
    token_columns: tuple[str, ...] = ()
    # When each token's expiry was last announced on the desktop: token id -> ISO date.
    reminded: tuple[tuple[str, str], ...] = ()
    # Profiles signed out (or removed) while the keychain could not be opened: their
    # remembered session is deleted at the next start, before anything is restored.
    forget_pending: tuple[str, ...] = ()
    # Tells this data folder's keychain entries from another folder's (random, not secret).
    keychain_id: str | None = None
    # The language the merchant chose ("de", "pt_BR"); None: the system's.
    language: str | None = None
    # Minutes without keyboard or mouse input before the app locks (LOCK_AFTER_CHOICES).
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES

    def profile(self, name: str) -> Profile | None:
        return next((profile for profile in self.profiles if profile.name == name), None)

    def with_profile(self, profile: Profile) -> "Settings":
        """Add or replace a profile and make it the one to offer next time."""
        others = tuple(p for p in self.profiles if p.name != profile.name)
        return dataclasses.replace(self, profiles=(*others, profile), last_profile=profile.name)

    def without_profile(self, name: str) -> "Settings":
        kept = tuple(p for p in self.profiles if p.name != name)
        last = None if self.last_profile == name else self.last_profile
        return dataclasses.replace(self, profiles=kept, last_profile=last)


@dataclass(frozen=True)
class SettingsReset:
    """The settings file could not be read, so the app started with defaults."""

    backup_name: str | None  # where the old file was kept, when it could be moved


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    notice: SettingsReset | None = None  # for the merchant when the file had to be reset


class CorruptSettingsError(ValueError):
    pass


_REQUIRED: Any = object()


def _typed(data: dict[str, Any], name: str, kind: type, default: Any = _REQUIRED) -> Any:
    """Read one field; a missing required field or a wrong type marks the file corrupt."""
    value = data.get(name, default)
    if value is _REQUIRED:
        raise CorruptSettingsError(name)
    if value is default:
        return value
    if type(value) is not kind:  # exact: a bool must not pass for an int, nor the reverse
        raise CorruptSettingsError(name)
    return value


def _profile(data: object) -> Profile:
    if not isinstance(data, dict):
        raise CorruptSettingsError("profiles")
    return Profile(
        name=_typed(data, "name", str),
        server_url=_typed(data, "server_url", str),
        email=_typed(data, "email", str, ""),
        remember=_typed(data, "remember", bool, False),
    )


def _optional_text(data: dict[str, Any], name: str) -> str | None:
    return None if data.get(name) is None else str(_typed(data, name, str))


def settings_from_json(data: object) -> Settings:
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise CorruptSettingsError("version")
    profiles = _typed(data, "profiles", list, [])
    seconds = _typed(data, "clipboard_clear_seconds", int, DEFAULT_CLIPBOARD_CLEAR_SECONDS)
    return Settings(
        profiles=tuple(_profile(item) for item in profiles),
        last_profile=_optional_text(data, "last_profile"),
        clipboard_clear_seconds=min(max(seconds, 5), 600),
        window_geometry=_optional_text(data, "window_geometry"),
        token_columns=_texts(_typed(data, "token_columns", list, [])),
        reminded=tuple(_pair(item) for item in _typed(data, "reminded", list, [])),
        forget_pending=_texts(_typed(data, "forget_pending", list, [])),
        keychain_id=_optional_text(data, "keychain_id"),
        language=_language(_optional_text(data, "language")),
        lock_after_minutes=_lock_after(_typed(data, "lock_after_minutes", int, None)),
    )


def _lock_after(minutes: int | None) -> int:
    """A choice the app offers; anything else (edited by hand) is the default."""
    return minutes if minutes in LOCK_AFTER_CHOICES else DEFAULT_LOCK_AFTER_MINUTES


def _language(name: str | None) -> str | None:
    """A language's name as Qt's locales spell it, or None (the system's) for anything else."""
    return name if name is not None and LANGUAGE_NAME.fullmatch(name) else None


def _texts(values: list[Any]) -> tuple[str, ...]:
    if not all(isinstance(value, str) for value in values):
        raise CorruptSettingsError("a list of names")
    return tuple(values)


def _pair(value: object) -> tuple[str, str]:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
        raise CorruptSettingsError("reminded")
    return (value[0], value[1])


def settings_to_json(settings: Settings) -> dict[str, Any]:
    return {"version": FORMAT_VERSION, **dataclasses.asdict(settings)}


class SettingsFile:
    """Reads and writes the settings file; a damaged file is set aside, not fatal."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / FILE_NAME

    def load(self) -> LoadedSettings:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except (OSError, UnicodeDecodeError) as exc:
            return self._reset(f"unreadable: {type(exc).__name__}")
        try:
            return LoadedSettings(settings_from_json(json.loads(text)))
        except (ValueError, CorruptSettingsError) as exc:
            return self._reset(f"corrupt: {type(exc).__name__} {exc}")

    def _reset(self, why: str) -> LoadedSettings:
        backup = self.path.with_name(self.path.name + ".bak")
        log.warning("Settings file %s is %s; moving it to %s", self.path, why, backup)
        try:
            os.replace(self.path, backup)
            kept: str | None = backup.name
        except OSError:
            kept = None
        return LoadedSettings(Settings(), SettingsReset(kept))

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of one."""
        text = json.dumps(settings_to_json(settings), indent=2, sort_keys=True) + "\n"
        if redact_secrets(text) != text:
            raise ValueError("Refusing to write something that looks like a token to settings.")
        _atomic_write(self.path, text)


class Preferences:
    """The settings the app runs with: changed in memory and saved at once, never fatally."""

    def __init__(self, file: SettingsFile, loaded: LoadedSettings | None = None) -> None:
        self._file = file
        loaded = file.load() if loaded is None else loaded
        self._settings = loaded.settings
        self._notice = loaded.notice

    @property
    def settings(self) -> Settings:
        return self._settings

    def take_notice(self) -> SettingsReset | None:
        """That the settings file was reset, once; None after that."""
        notice, self._notice = self._notice, None
        return notice

    def remember_profile(self, profile: Profile) -> None:
        self._save(self._settings.with_profile(profile))

    def forget_profile(self, name: str) -> None:
        self._save(self._settings.without_profile(name))

    def keychain_id(self) -> str:
        """This data folder's own part of its keychain entries' names; made on first use."""
        if self._settings.keychain_id is None:
            import secrets  # only once per data folder

            made = secrets.token_hex(4)
            self._save(dataclasses.replace(self._settings, keychain_id=made))
        assert self._settings.keychain_id is not None
        return self._settings.keychain_id

    def forget_later(self, profile: str, pending: bool = True) -> None:
        """Note (or, once done, clear) a remembered session still to be deleted."""
        others = tuple(name for name in self._settings.forget_pending if name != profile)
        names = (*others, profile) if pending else others
        if names != self._settings.forget_pending:  # most sign-outs: nothing to write
            self._save(dataclasses.replace(self._settings, forget_pending=names))

    def remember_window_geometry(self, geometry: str) -> None:
        self._save(dataclasses.replace(self._settings, window_geometry=geometry))

    def remember_token_columns(self, columns: list[str]) -> None:
        self._save(dataclasses.replace(self._settings, token_columns=tuple(columns)))

    def remember_language(self, language: str | None) -> None:
        """The language to start in next time; None: the system's."""
        self._save(dataclasses.replace(self._settings, language=_language(language)))

    def remember_lock_after(self, minutes: int) -> None:
        """Lock after this many idle minutes from now on (0: never)."""
        self._save(dataclasses.replace(self._settings, lock_after_minutes=_lock_after(minutes)))

    def remember_reminded(self, reminded: dict[str, str]) -> None:
        """Which tokens' expiry the desktop was told of, and on which day (kept small)."""
        recent = sorted(reminded.items(), key=lambda item: item[1])[-200:]
        self._save(dataclasses.replace(self._settings, reminded=tuple(recent)))

    def _save(self, settings: Settings) -> None:
        self._settings = settings
        try:
            self._file.save(settings)
        except OSError as error:
            log.warning("Could not save settings: %s", type(error).__name__)


def _atomic_write(path: Path, text: str) -> None:
    import tempfile  # only needed when saving, never before the first window

    private_folder(path.parent)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; os.replace is atomic there
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
