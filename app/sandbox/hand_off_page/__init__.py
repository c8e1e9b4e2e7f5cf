"""The one-time hand-off page's own files (served by the sandbox, opened by a developer)."""
