"""The merchant's session token in the OS keychain; in memory only when there is none."""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from app.api.errors import ApiError
from app.api.secret import Secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "Shipturtle Tokens"
# Why a sign-in is not remembered (`CredentialStore.problem`); the window words them.
NO_KEYCHAIN = "no_keychain"
LOCKED_ON_SAVE = "keychain_locked_on_save"


class KeychainLockedError(ApiError):
    """The keychain stayed locked (its unlock prompt was cancelled); the entry is still there."""

    reason = "keychain_locked"
    default_message = (
        "Your keychain is locked, so your remembered sign-in could not be read. "
        "Choose Retry and unlock it, or sign in with your password."
    )


class NoKeychainError(ApiError):
    """This computer has no keychain (keyring found no backend, or none answers)."""

    reason = "no_keychain"
    default_message = (
        "This computer has no keychain, so your sign-in could not be remembered. "
        "Sign in with your password."
    )


class KeychainUnreadableError(ApiError):
    """The keychain is there but failed to answer for another reason."""

    reason = "keychain_unreadable"
    default_message = (
        "Your keychain could not be read, so your remembered sign-in cannot be used. "
        "Sign in with your password."
    )


def keychain_error(exc: Exception) -> ApiError:
    """The error a merchant should see for what a keyring backend raised."""
    from keyring.errors import InitError, KeyringLocked, NoKeyringError

    if isinstance(exc, KeyringLocked):
        return KeychainLockedError(code=type(exc).__name__)
    if isinstance(exc, InitError) and "unlock" in str(exc).lower():
        # keyring before 23 said "Failed to unlock the collection!" with an InitError.
        return KeychainLockedError(code=type(exc).__name__)
    if isinstance(exc, NoKeyringError | InitError) or _no_secret_service(exc):
        return NoKeychainError(code=type(exc).__name__)
    return KeychainUnreadableError(code=type(exc).__name__)


def _no_secret_service(exc: Exception) -> bool:
    """secretstorage's "no Secret Service on this D-Bus", raised past keyring as it is."""
    return type(exc).__name__ == "SecretServiceNotAvailableException"


class CredentialStore:
    """One keychain entry per profile, holding only the session token, never a password.

    Saving never raises: when the keychain is missing, locked or broken, tokens stay in
    memory for this run and `problem` says so. Loading a remembered session raises the
    keychain's reason (`KeychainLockedError`, `NoKeychainError`, ...), so that a merchant
    is told why it could not be used.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, folder_id: str = "") -> None:
        """`folder_id` tells this data folder's entries from another's that uses the same
        keychain (two folders, one profile name)."""
        self._chosen = backend
        self._folder_id = folder_id
        self._memory: dict[str, Secret] = {}
        self._problem: str | None = None
        self._absent = False  # no keychain on this computer: memory only, for good
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
            self._fall_back("no usable keyring backend", NO_KEYCHAIN)

    @property
    def problem(self) -> str | None:
        """Why sessions cannot be remembered here (NO_KEYCHAIN, LOCKED_ON_SAVE), else None."""
        return self._problem

    @property
    def persistent(self) -> bool:
        """Whether this computer has a keychain to keep sessions in across restarts."""
        _ = self._backend
        return not self._absent

    @property
    def backend_name(self) -> str:
        """Which keychain keeps sessions, as keyring names it, and whether it works here."""
        backend = self._backend
        chained = getattr(backend, "backends", None)  # keyring's chainer: name what it chains
        name = ", ".join(b.name for b in chained) if chained else backend.name
        return name if not self._absent else f"{name or 'none'} (not usable here)"

    def _fall_back(self, why: str, problem: str) -> None:
        if self._problem is None:
            log.warning("Keychain unavailable (%s); sessions are kept in memory only", why)
        self._problem = problem
        self._absent = True

    def _failed(self, exc: Exception) -> None:
        """One call failed (an unlock prompt cancelled, say): said, and the next call tries
        the keychain again; only a computer without one keeps sessions in memory for good."""
        error = keychain_error(exc)
        if isinstance(error, NoKeychainError):
            self._fall_back(type(exc).__name__, NO_KEYCHAIN)
            return
        log.warning("A keychain call failed: %s", type(exc).__name__)
        locked = isinstance(error, KeychainLockedError)
        self._problem = LOCKED_ON_SAVE if locked else NO_KEYCHAIN

    def save(self, profile: str, token: Secret) -> None:
        self._memory[profile] = token
        if self.persistent:
            try:
                self._set(self._key(profile), token)
            except Exception as exc:  # any backend failure: locked, dbus gone, denied
                self._failed(exc)
            else:
                self._problem = None

    def load(self, profile: str) -> Secret | None:
        """The session remembered for `profile`, or None when nothing is remembered.

        Raises the keychain's reason when it cannot be read; a locked keychain stays in
        use, so that trying again asks to unlock it again.
        """
        if profile in self._memory:
            return self._memory[profile]
        if not self.persistent:
            raise NoKeychainError()
        try:
            stored = self._backend.get_password(SERVICE_NAME, self._key(profile))
            if not stored and self._folder_id:
                stored = self._moved_from_the_shared_name(profile)
        except Exception as exc:
            log.warning("Could not read the keychain: %s", type(exc).__name__)
            raise keychain_error(exc) from exc
        return Secret(stored) if stored else None

    def _set(self, key: str, token: Secret) -> None:
        """Store the session token under `key`, labelled for what it is where the keychain
        shows labels (keyring names every item "Password for ...")."""
        backend = self._backend
        collection_of = getattr(backend, "get_preferred_collection", None)
        if not callable(collection_of):  # not the Secret Service (GNOME, KDE): no label
            backend.set_password(SERVICE_NAME, key, token.reveal())
            return
        # keyring's own attributes, so that keyring finds, replaces and deletes the item.
        attributes = {
            "application": str(getattr(backend, "appid", "Python keyring library")),
            "service": SERVICE_NAME,
            "username": key,
        }
        label = f"Shipturtle Tokens session for {key} (not a password)"
        collection_of().create_item(label, attributes, token.reveal(), replace=True)

    def _key(self, profile: str) -> str:
        return f"{profile} [{self._folder_id}]" if self._folder_id else profile

    def _moved_from_the_shared_name(self, profile: str) -> str | None:
        """Before entries named their data folder, they were named by profile alone: such
        an entry is moved to this folder's name once, so no one is signed out by that."""
        from keyring.errors import PasswordDeleteError

        stored = self._backend.get_password(SERVICE_NAME, profile)
        if stored:
            self._set(self._key(profile), Secret(stored))
            with contextlib.suppress(PasswordDeleteError):
                self._backend.delete_password(SERVICE_NAME, profile)
            log.info("Moved a remembered session to this data folder's keychain entry")
        return stored

    def delete(self, profile: str) -> bool:
        """Forget the profile's session; False if the keychain could not be asked to (it
        may still hold it: delete again later, before restoring anything)."""
        self._memory.pop(profile, None)
        if not self.persistent:
            return True
        from keyring.errors import PasswordDeleteError

        try:
            self._backend.delete_password(SERVICE_NAME, self._key(profile))
        except PasswordDeleteError:
            pass  # nothing was stored for this profile
        except Exception as exc:
            self._failed(exc)
            return False
        return True
