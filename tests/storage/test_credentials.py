"""Session tokens in the keychain, and a calm fallback to memory when there is none."""

from keyring.backends import fail

from app.api.secret import Secret
from app.storage.credentials import NO_KEYCHAIN_MESSAGE, SERVICE_NAME, CredentialStore
from tests.helpers.keyrings import LockedKeyring, MemoryKeyring


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


def test_fail_backend_degrades_to_memory_and_says_so() -> None:
    store = CredentialStore(fail.Keyring())
    assert not store.persistent
    assert store.problem == NO_KEYCHAIN_MESSAGE
    store.save("Demo", Secret("sts_one"))
    assert store.load("Demo") == Secret("sts_one")
    store.delete("Demo")
    assert store.load("Demo") is None


def test_locked_keychain_degrades_without_raising() -> None:
    store = CredentialStore(LockedKeyring())
    assert store.persistent
    assert store.load("Demo") is None
    assert store.problem == NO_KEYCHAIN_MESSAGE
    store.save("Demo", Secret("sts_one"))
    assert store.load("Demo") == Secret("sts_one")


def test_locked_on_save_keeps_the_session_for_this_run() -> None:
    store = CredentialStore(LockedKeyring())
    store.save("Demo", Secret("sts_one"))
    assert not store.persistent
    assert store.load("Demo") == Secret("sts_one")


def test_the_keychain_is_named_for_diagnostics_and_says_when_it_cannot_be_used() -> None:
    assert CredentialStore(MemoryKeyring()).backend_name == "keyrings MemoryKeyring"
    assert CredentialStore(fail.Keyring()).backend_name == "fail Keyring (not usable here)"

    class Chained(MemoryKeyring):  # as keyring's chainer: the backends it asks in turn
        backends = (MemoryKeyring(), LockedKeyring())

    assert CredentialStore(Chained()).backend_name == (
        "keyrings MemoryKeyring, keyrings LockedKeyring"
    )
