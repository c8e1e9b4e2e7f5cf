"""Qt objects without widgets: background work, the token service, the secret clipboard."""
