"""The show-once screen: the secret, safe copying and the developer message."""
