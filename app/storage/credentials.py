"""The merchant's session token in the OS keychain; in memory only when there is none."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from app.api.secret import Secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "Shipturtle Tokens"
NO_KEYCHAIN_MESSAGE = "This computer has no keychain; you will be asked to sign in next time."


class CredentialStore:
    """One keychain entry per profile, holding only the session token, never a password.

    When the keychain is missing, locked or broken, it keeps tokens in memory for
    this run and says so in `problem`; nothing raises.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._chosen = backend
        self._memory: dict[str, Secret] = {}
        self._problem: str | None = None
        if backend is not None:
            self._check(backend)

    @property
    def _backend(self) -> KeyringBackend:
        # Finding the OS keychain loads its libraries; done on first use, off the start path.
        if self._chosen is None:
            import keyring  # finds and loads the OS keychain's libraries

            self._chosen = keyring.get_keyring()
            self._check(self._chosen)
        return self._chosen

    def _check(self, backend: KeyringBackend) -> None:
        from keyring.backends import fail

        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            self._fall_back("no usable keyring backend")

    @property
    def problem(self) -> str | None:
        """A sentence for the merchant when sessions cannot be remembered here, else None."""
        return self._problem

    @property
    def persistent(self) -> bool:
        """Whether a saved session will still be there after the app restarts."""
        _ = self._backend
        return self._problem is None

    @property
    def backend_name(self) -> str:
        """Which keychain keeps sessions, as keyring names it, and whether it works here."""
        backend = self._backend
        chained = getattr(backend, "backends", None)  # keyring's chainer: name what it chains
        name = ", ".join(b.name for b in chained) if chained else backend.name
        return name if self._problem is None else f"{name or 'none'} (not usable here)"

    def _fall_back(self, why: str) -> None:
        if self._problem is None:
            log.warning("Keychain unavailable (%s); sessions are kept in memory only", why)
        self._problem = NO_KEYCHAIN_MESSAGE

    def save(self, profile: str, token: Secret) -> None:
        self._memory[profile] = token
        if self.persistent:
            try:
                self._backend.set_password(SERVICE_NAME, profile, token.reveal())
            except Exception as exc:  # any backend failure: locked, dbus gone, denied
                self._fall_back(type(exc).__name__)

    def load(self, profile: str) -> Secret | None:
        if profile in self._memory or not self.persistent:
            return self._memory.get(profile)
        try:
            stored = self._backend.get_password(SERVICE_NAME, profile)
        except Exception as exc:
            self._fall_back(type(exc).__name__)
            return None
        return Secret(stored) if stored else None

    def delete(self, profile: str) -> None:
        self._memory.pop(profile, None)
        if not self.persistent:
            return
        from keyring.errors import PasswordDeleteError

        try:
            self._backend.delete_password(SERVICE_NAME, profile)
        except PasswordDeleteError:
            pass  # nothing was stored for this profile
        except Exception as exc:
            self._fall_back(type(exc).__name__)
