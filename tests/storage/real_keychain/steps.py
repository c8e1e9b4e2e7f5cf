"""Run inside a private D-Bus session with gnome-keyring (see test_gnome_keyring.py): the
app's keychain code against the real Secret Service, its findings as one JSON line."""

import json
import sys

import secretstorage

from app.api.secret import Secret
from app.storage.credentials import CredentialStore


def main() -> None:
    here = CredentialStore(folder_id="1a2b3c4d")
    there = CredentialStore(folder_id="5e6f7a8b")
    here.save("me@shop.com on api.example.com", Secret("sts_here"))
    there.save("me@shop.com on api.example.com", Secret("sts_there"))
    connection = secretstorage.dbus_init()
    items = secretstorage.get_default_collection(connection).get_all_items()
    labels = sorted(item.get_label() for item in items)
    loaded = here.load("me@shop.com on api.example.com") == Secret("sts_here")
    deleted = there.delete("me@shop.com on api.example.com")
    kept = here.load("me@shop.com on api.example.com") == Secret("sts_here")
    left = len(list(secretstorage.get_default_collection(connection).get_all_items()))
    found = {"labels": labels, "loaded": loaded, "deleted": deleted, "kept": kept, "left": left}
    sys.stdout.write(json.dumps(found) + "\n")


if __name__ == "__main__":
    main()
