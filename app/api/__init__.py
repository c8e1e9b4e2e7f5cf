"""Talking to the Shipturtle API: token format, typed results and errors (no Qt)."""
