"""Rotating a token: the dialog that chooses how long the old one keeps working."""
