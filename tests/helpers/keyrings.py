"""Keyring backends for tests: a real in-memory one, and ones that fail as real ones do."""

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []  # each call, as "get", "set" or "delete" and the entry's key

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(f"get {username}")
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(f"set {username}")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(f"delete {username}")
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    """Locked (its unlock prompt cancelled) until `locked` is False, as after an unlock."""

    locked = True

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")
        super().delete_password(service, username)


class RaisingKeyring(MemoryKeyring):
    """A keychain whose every call raises `error`, as a backend does when something is off."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class SecretServiceNotAvailableException(Exception):  # noqa: N818  (secretstorage's name)
    """What secretstorage raises, past keyring, when no Secret Service runs on D-Bus."""
