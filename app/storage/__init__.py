"""Where the app keeps things on this computer: paths, settings, keychain, logs (no Qt)."""
