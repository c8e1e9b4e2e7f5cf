"""Session tokens in the keychain, a calm fallback to memory, and why a keychain failed."""

import pytest
from keyring.backends import fail
from keyring.errors import InitError, KeyringLocked, NoKeyringError

from app.api.errors import ApiError
from app.api.secret import Secret
from app.storage.credentials import (
    LOCKED_ON_SAVE,
    NO_KEYCHAIN,
    SERVICE_NAME,
    CredentialStore,
    KeychainLockedError,
    KeychainUnreadableError,
    NoKeychainError,
)
from tests.helpers.keyrings import (
    LockedKeyring,
    MemoryKeyring,
    RaisingKeyring,
    SecretServiceNotAvailableException,
)
from tests.helpers.log_fail import ExpectedLogs


def test_saves_loads_and_deletes_one_entry_per_profile() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend)
    assert store.persistent
    assert store.problem is None
    store.save("Demo", Secret("sts_one"))
    store.save("Shop", Secret("sts_two"))
    assert backend.entries == {(SERVICE_NAME, "Demo"): "sts_one", (SERVICE_NAME, "Shop"): "sts_two"}
    assert CredentialStore(backend).load("Demo") == Secret("sts_one")
    store.delete("Demo")
    assert CredentialStore(backend).load("Demo") is None
    store.delete("Demo")  # deleting twice is fine


def test_fail_backend_degrades_to_memory_and_says_so(expected_logs: ExpectedLogs) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    store = CredentialStore(fail.Keyring())
    assert not store.persistent
    assert store.problem == NO_KEYCHAIN
    with pytest.raises(NoKeychainError):  # nothing can have been remembered: say why
        store.load("Demo")
    store.save("Demo", Secret("sts_one"))
    assert store.load("Demo") == Secret("sts_one")
    store.delete("Demo")
    with pytest.raises(NoKeychainError):
        store.load("Demo")


def test_a_locked_keychain_is_told_apart_and_asked_again(expected_logs: ExpectedLogs) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    backend = LockedKeyring()
    store = CredentialStore(backend)
    with pytest.raises(KeychainLockedError):
        store.load("Demo")
    assert store.persistent  # a retry asks the keychain (and its unlock prompt) again
    with pytest.raises(KeychainLockedError):
        store.load("Demo")


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (KeyringLocked("Failed to unlock the collection!"), KeychainLockedError),
        (InitError("Failed to unlock the collection!"), KeychainLockedError),  # keyring < 23
        (InitError("Failed to create the collection: no service."), NoKeychainError),
        (NoKeyringError("No recommended backend was available."), NoKeychainError),
        (SecretServiceNotAvailableException("no D-Bus"), NoKeychainError),
        (OSError("broken pipe"), KeychainUnreadableError),
    ],
)
def test_each_keychain_failure_says_its_own_reason(
    error: Exception, kind: type[ApiError], expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    with pytest.raises(kind) as raised:
        CredentialStore(RaisingKeyring(error)).load("Demo")
    assert isinstance(raised.value, ApiError)
    assert raised.value.message.endswith("with your password.")  # what to do next
    assert "keychain" in raised.value.message


def test_locked_on_save_keeps_the_session_for_this_run_and_says_locked(
    expected_logs: ExpectedLogs,
) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    store = CredentialStore(LockedKeyring())
    store.save("Demo", Secret("sts_one"))
    assert store.problem == LOCKED_ON_SAVE
    assert store.load("Demo") == Secret("sts_one")


def test_after_a_cancelled_unlock_the_next_call_tries_the_keychain_again(
    expected_logs: ExpectedLogs,
) -> None:
    """One cancelled prompt made every later save and delete skip the keychain until the
    app restarted: a sign-out then left the remembered session in place."""
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    keychain = LockedKeyring()
    store = CredentialStore(keychain)
    store.save("Demo", Secret("sts_one"))  # the unlock prompt cancelled
    assert store.persistent
    keychain.locked = False  # unlocked when asked the next time
    store.save("Demo", Secret("sts_two"))
    assert keychain.entries == {(SERVICE_NAME, "Demo"): "sts_two"}
    assert store.problem is None
    keychain.locked = True
    assert store.delete("Demo") is False  # said, so that it is done at the next start
    keychain.locked = False
    assert store.delete("Demo") is True
    assert keychain.entries == {}


def test_the_keychain_is_named_for_diagnostics_and_says_when_it_cannot_be_used(
    expected_logs: ExpectedLogs,
) -> None:
    expected_logs.expect(r"[Kk]eychain", logger="app.storage.credentials")
    assert CredentialStore(MemoryKeyring()).backend_name == "keyrings MemoryKeyring"
    assert CredentialStore(fail.Keyring()).backend_name == "fail Keyring (not usable here)"

    class Chained(MemoryKeyring):  # as keyring's chainer: the backends it asks in turn
        backends = (MemoryKeyring(), LockedKeyring())

    assert CredentialStore(Chained()).backend_name == (
        "keyrings MemoryKeyring, keyrings LockedKeyring"
    )


def test_two_data_folders_keep_their_own_entries_in_one_keychain() -> None:
    """Named by profile alone, a sign-in from a second data folder replaced the first
    folder's session, and signing out there deleted it."""
    keychain = MemoryKeyring()
    here, there = (CredentialStore(keychain, folder_id=f) for f in ("1a2b3c4d", "5e6f7a8b"))
    here.save("me@shop.com", Secret("sts_here"))
    there.save("me@shop.com", Secret("sts_there"))
    assert there.delete("me@shop.com")
    assert here.load("me@shop.com") == Secret("sts_here")
    assert list(keychain.entries) == [(SERVICE_NAME, "me@shop.com [1a2b3c4d]")]


def test_an_entry_from_before_is_moved_to_the_folders_name_once() -> None:
    keychain = MemoryKeyring()
    keychain.set_password(SERVICE_NAME, "me@shop.com", "sts_remembered")  # an older version's
    store = CredentialStore(keychain, folder_id="1a2b3c4d")
    assert store.load("me@shop.com") == Secret("sts_remembered")  # still signed in
    assert keychain.entries == {(SERVICE_NAME, "me@shop.com [1a2b3c4d]"): "sts_remembered"}
    fresh = CredentialStore(keychain, folder_id="1a2b3c4d")  # the next start finds it there
    assert fresh.load("me@shop.com") == Secret("sts_remembered")
