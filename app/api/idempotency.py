"""Idempotency keys: one per merchant submission, reused by every retry of it."""

import uuid


def new_idempotency_key() -> str:
    return str(uuid.uuid4())
