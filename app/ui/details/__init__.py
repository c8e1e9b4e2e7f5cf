"""A token's details: its facts, edits, and recent activity."""
