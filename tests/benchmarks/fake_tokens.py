"""Many realistic access tokens, made without a server, for the table benchmarks."""

import random
from datetime import UTC, datetime, timedelta

from app.api.models import AccessToken, TokenStatus

_WORDS = ("warehouse", "catalog", "mobile", "erp", "report", "sync", "agency", "pos", "crm")


def fake_tokens(count: int, seed: int = 7) -> list[AccessToken]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    statuses = (TokenStatus.ACTIVE,) * 8 + (TokenStatus.REVOKED, TokenStatus.EXPIRED)
    return [
        AccessToken(
            id=f"at_{index:08d}",
            username=f"{rng.choice(_WORDS)}-{rng.choice(_WORDS)}-{index}",
            permissions=rng.choice((("orders",), ("products",), ("orders", "products"))),
            status=rng.choice(statuses),
            created_at=now - timedelta(minutes=rng.randint(1, 500_000)),
            expires_at=None if rng.random() < 0.6 else now + timedelta(days=rng.randint(1, 300)),
            revoked_at=None,
            last_used_at=None
            if rng.random() < 0.3
            else now - timedelta(minutes=rng.randint(1, 9000)),
            token_hint=f"{index % 10000:04d}",
            note=f"Token for the {rng.choice(_WORDS)} team" if rng.random() < 0.5 else None,
        )
        for index in range(count)
    ]
