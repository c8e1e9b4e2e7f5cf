"""Demo data for a fresh sandbox database: two merchants and a few realistic tokens."""

import random
from dataclasses import dataclass

from app.api import token_format
from app.sandbox import security
from app.sandbox.activity import DAYS_KEPT, RECENT_KEPT, CallInfo, RecordedCall, utc_day
from app.sandbox.records import CURRENT, PREVIOUS, Merchant
from app.sandbox.store import NewToken, Store

DAY = 24 * 3600
DEMO_EMAIL, DEMO_PASSWORD = "demo@example.com", "demo-password"
STARTER_EMAIL, STARTER_PASSWORD = "starter@example.com", "starter-password"

DEMO_MERCHANT = Merchant("m_demo", "Demo Store", DEMO_EMAIL, api_integration=True)
STARTER_MERCHANT = Merchant("m_starter", "Starter Store", STARTER_EMAIL, api_integration=False)


@dataclass(frozen=True)
class _Usage:
    """How a seeded token was used: its history is made up from this, the same every time."""

    calls_per_weekday: int
    minutes_between_calls: int
    ip: str
    user_agent: str
    error_rate: float = 0.01
    failing_call: tuple[str, int] = ("/v1/orders", 401)  # a session past its hour
    # Rotated this many days ago, the previous secret working this many days more, and
    # still used until this many days ago by a second client.
    rotated_days_ago: float | None = None
    overlap_left_days: float = 0
    previous_used_days_ago: float = 0
    previous_client: tuple[str, str] = ("", "")


@dataclass(frozen=True)
class _SeedToken:
    username: str
    permissions: tuple[str, ...]
    note: str
    created_days_ago: float
    last_used_days_ago: float | None = None
    expires_in_days: float | None = None
    revoked_days_ago: float | None = None
    usage: _Usage | None = None


_DEMO_TOKENS = (
    _SeedToken(
        "legacy-erp",
        ("orders",),
        "Old ERP link, replaced in spring",
        300,
        120,
        None,
        110,
        _Usage(120, 12, "192.0.2.80", "NetSuite-Connector/1.8 (+https://example.com/erp)"),
    ),
    _SeedToken(
        "warehouse-sync",
        ("orders", "products"),
        "Warehouse picking app",
        90,
        0.02,
        usage=_Usage(
            420,
            3,
            "203.0.113.24",
            "PickPack/4.2 (Android 14; okhttp/4.12.0)",
            rotated_days_ago=1,
            overlap_left_days=2,
            previous_used_days_ago=0.125,
            previous_client=("203.0.113.57", "PickPack/4.1 (Android 12; okhttp/4.11.0)"),
        ),
    ),
    _SeedToken(
        "catalog-import",
        ("products",),
        "Agency importing the autumn catalogue",
        25,
        1,
        5,
        usage=_Usage(
            60,
            9,
            "198.51.100.7",
            "python-requests/2.32.3",
            error_rate=0.04,
            failing_call=("/v1/orders", 403),  # the agency tried the orders it may not read
        ),
    ),
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
    last_used = _days_ago(store, seed.last_used_days_ago)
    if last_used is not None and seed.usage is not None:
        _add_history(store, record.seq, seed, seed.usage, last_used)
    elif last_used is not None:
        store.mark_used(record.seq, CURRENT, last_used)
    if (revoked := _days_ago(store, seed.revoked_days_ago)) is not None:
        store.revoke_token(record.seq, revoked)


def _add_history(store: Store, seq: int, seed: _SeedToken, usage: _Usage, last_used: int) -> None:
    """A believable past: calls per day, the last 100 calls, and a rotation if it had one."""
    rng = random.Random(seed.username)
    rotated = _days_ago(store, usage.rotated_days_ago)
    previous_until = _days_ago(store, -usage.overlap_left_days)
    previous_last = _days_ago(store, usage.previous_used_days_ago)
    calls = _recent_calls(rng, usage, last_used, previous_last if rotated else None)
    if rotated is not None and previous_until is not None:
        store.mark_used(seq, CURRENT, rotated - 3600)  # before the rotation, one secret
        secret = token_format.generate_token()
        store.rotate_token(
            seq, security.hash_secret(secret), token_format.hint(secret), previous_until
        )
        store.mark_used(seq, CURRENT, rotated + 2 * 3600)  # the app's update came soon after
        previous_calls = [call.at for call in calls if call.secret == PREVIOUS]
        store.mark_used(seq, PREVIOUS, max(previous_calls, default=previous_last))
    store.mark_used(seq, CURRENT, last_used)
    store.add_calls(seq, calls)
    created_day = utc_day(store.now - int(seed.created_days_ago * DAY))
    store.add_daily(seq, _daily_counts(rng, usage, created_day, utc_day(last_used), store, calls))


def _recent_calls(
    rng: random.Random, usage: _Usage, last_used: int, previous_last: int | None
) -> list[RecordedCall]:
    """The last 100 calls up to `last_used`, oldest first: a sign-in, then 19 reads.

    After a rotation, every other sign-in until `previous_last` is the second client's,
    with the previous secret, and so are the reads of its session.
    """
    times = [last_used]
    while len(times) < RECENT_KEPT:
        times.append(times[-1] - rng.randint(30, 90) * usage.minutes_between_calls)
    times.reverse()
    calls = []
    for index, at in enumerate(times):
        session_start = times[index - index % 20]
        secret, ip, agent = CURRENT, usage.ip, usage.user_agent
        if previous_last is not None and index // 20 % 2 == 1 and session_start <= previous_last:
            secret, (ip, agent) = PREVIOUS, usage.previous_client
        if index % 20 == 0:
            path, method, status = "/v1/api-sessions", "POST", 201
        elif rng.random() < usage.error_rate * 3:
            path, status = usage.failing_call
            method = "GET"
        else:
            path, method, status = rng.choice(("/v1/orders", "/v1/products")), "GET", 200
        calls.append(RecordedCall(at, CallInfo(method, path, ip, agent), status, secret))
    return calls


def _daily_counts(
    rng: random.Random,
    usage: _Usage,
    first_day: int,
    last_day: int,
    store: Store,
    calls: list[RecordedCall],
) -> list[tuple[int, int, int]]:
    """(day, requests, errors) for the days kept: fewer on weekends, never fewer than listed."""
    listed: dict[int, list[int]] = {}
    for call in calls:
        counts = listed.setdefault(utc_day(call.at), [0, 0])
        counts[0] += 1
        counts[1] += call.status >= 400
    days = []
    for day in range(max(first_day, utc_day(store.now) - DAYS_KEPT + 1), last_day + 1):
        weekend = (day + 3) % 7 >= 5  # 1970-01-01 was a Thursday
        share = 1.0 if day < utc_day(store.now) else store.now % DAY / DAY  # today: so far
        rate = usage.calls_per_weekday * (0.2 if weekend else 1) * share
        requests = int(rate * rng.uniform(0.7, 1.2))
        errors = int(requests * usage.error_rate * rng.uniform(0.3, 1.8))
        least_requests, least_errors = listed.get(day, (0, 0))
        days.append((day, max(requests, least_requests), max(errors, least_errors)))
    return days
