"""Run by run_locked.sh under Xvfb: a password-protected GNOME keyring whose unlock prompts
the script there answers in turn (cancel, unlock, cancel, unlock), and what the app's
keychain code did at each, as one JSON line."""

import json
import sys

import secretstorage

from app.api.secret import Secret
from app.storage.credentials import LOCKED_ON_SAVE, CredentialStore

PROFILE = "me@shop.com on api.example.com"


def main() -> None:
    connection = secretstorage.dbus_init()
    keyring = secretstorage.create_collection(connection, "Locked", alias="default")  # prompt 1
    keyring.lock()
    store = CredentialStore(folder_id="1a2b3c4d")
    found: dict[str, object] = {}
    store.save(PROFILE, Secret("sts_one"))  # prompt 2: cancelled
    found["cancelled_save_said_locked"] = store.problem == LOCKED_ON_SAVE
    found["still_tries_the_keychain"] = store.persistent
    store.save(PROFILE, Secret("sts_two"))  # prompt 3: unlocked
    found["saved_after_unlock"] = store.problem is None and len(list(keyring.get_all_items())) == 1
    keyring.lock()
    found["cancelled_delete"] = store.delete(PROFILE)  # prompt 4: cancelled -> False
    found["deleted_after_unlock"] = store.delete(PROFILE)  # prompt 5: unlocked -> True
    found["left"] = len(list(keyring.get_all_items()))
    sys.stdout.write(json.dumps(found) + "\n")


if __name__ == "__main__":
    main()
