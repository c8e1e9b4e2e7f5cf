"""Checking a token: the dialog that says whether a pasted token works, and whose it is."""
