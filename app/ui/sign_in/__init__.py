"""Signing in: the sign-in window, saved profiles, and the flow from a session onwards."""
