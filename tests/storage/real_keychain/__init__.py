"""Keychain tests against a real GNOME keyring in a private D-Bus session."""
