"""Demo data for a fresh sandbox database: two merchants and a few realistic tokens."""

from dataclasses import dataclass

from app.api import token_format
from app.sandbox import security
from app.sandbox.records import Merchant
from app.sandbox.store import NewToken, Store

DAY = 24 * 3600
DEMO_EMAIL, DEMO_PASSWORD = "demo@example.com", "demo-password"
STARTER_EMAIL, STARTER_PASSWORD = "starter@example.com", "starter-password"

DEMO_MERCHANT = Merchant("m_demo", "Demo Store", DEMO_EMAIL, api_integration=True)
STARTER_MERCHANT = Merchant("m_starter", "Starter Store", STARTER_EMAIL, api_integration=False)


@dataclass(frozen=True)
class _SeedToken:
    username: str
    permissions: tuple[str, ...]
    note: str
    created_days_ago: float
    last_used_days_ago: float | None = None
    expires_in_days: float | None = None
    revoked_days_ago: float | None = None


_DEMO_TOKENS = (
    _SeedToken("legacy-erp", ("orders",), "Old ERP link, replaced in spring", 300, 120, None, 110),
    _SeedToken("warehouse-sync", ("orders", "products"), "Warehouse picking app", 90, 0.02),
    _SeedToken("catalog-import", ("products",), "Agency importing the autumn catalogue", 25, 1, 5),
    _SeedToken("reporting", ("orders",), "Monthly sales report for the accountant", 2),
)


def seed_if_empty(store: Store) -> None:
    """Fill a new database with the demo merchants; leave an existing one alone."""
    if store.has_merchants():
        return
    store.add_merchant(DEMO_MERCHANT, security.hash_password(DEMO_PASSWORD))
    store.add_merchant(STARTER_MERCHANT, security.hash_password(STARTER_PASSWORD))
    add_sample_tokens(store, DEMO_MERCHANT.id)


def add_sample_tokens(store: Store, merchant_id: str) -> None:
    """Give a merchant the demo store's four tokens (one revoked, one expiring within a week)."""
    for seed in _DEMO_TOKENS:
        _add_seed_token(store, merchant_id, seed)


def _days_ago(store: Store, days: float | None) -> int | None:
    return None if days is None else store.now - int(days * DAY)


def _add_seed_token(store: Store, merchant_id: str, seed: _SeedToken) -> None:
    # The secrets are made and dropped at once: nobody can use the seeded tokens.
    secret = token_format.generate_token()
    expires_at = (
        None if seed.expires_in_days is None else store.now + int(seed.expires_in_days * DAY)
    )
    record = store.add_token(
        merchant_id,
        NewToken(
            id=security.new_public_id("at"),
            username=seed.username,
            password_hash=security.LOCKED_PASSWORD,
            permissions=seed.permissions,
            token_hash=security.hash_secret(secret),
            token_hint=token_format.hint(secret),
            note=seed.note,
            expires_at=expires_at,
            created_at=_days_ago(store, seed.created_days_ago),
        ),
    )
    if (last_used := _days_ago(store, seed.last_used_days_ago)) is not None:
        store.mark_used(record.seq, last_used)
    if (revoked := _days_ago(store, seed.revoked_days_ago)) is not None:
        store.revoke_token(record.seq, revoked)
