"""Secrets and a token record shaped as the API sends them, for the client's tests."""

SESSION = "sts_session-secret-value-123456"
PASSWORD = "a-long-secret-passphrase"
TOKEN = {
    "id": "at_1",
    "username": "dev",
    "permissions": ["orders"],
    "status": "active",
    "created_at": "2026-01-01T00:00:00Z",
    "expires_at": None,
    "revoked_at": None,
    "last_used_at": None,
    "token_hint": "abcd",
    "note": None,
}
