"""Locking the app when nobody is there: the lock window and the idle-time menu."""
