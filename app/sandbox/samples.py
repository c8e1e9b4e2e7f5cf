"""A believable store catalogue per merchant (60 products, 150 orders) that the data plane
pages through: made from the merchant's name alone, the same on every run and every call."""

import functools
import random
from datetime import UTC, datetime, timedelta
from typing import Any

PRODUCT_COUNT = 60
ORDER_COUNT = 150

_CUSTOMERS = (
    "Ava Patel",
    "Noah Kim",
    "Mia Rossi",
    "Liam Chen",
    "Zoe Martin",
    "Ethan Brown",
    "Lucía Fernández",
    "Jonas Weber",
    "Amara Okafor",
    "Sofia Novak",
    "Kenji Sato",
    "Priya Nair",
)
_KINDS = (
    ("tote", 14.0, 26.0),
    ("pour-over set", 34.0, 58.0),
    ("beanie", 19.0, 36.0),
    ("cutting board", 18.0, 44.0),
    ("candle", 11.0, 24.0),
    ("mug", 12.0, 22.0),
    ("notebook", 8.0, 18.0),
    ("scarf", 24.0, 64.0),
    ("tea tin", 9.0, 19.0),
    ("plant pot", 15.0, 39.0),
)
_MATERIALS = ("Organic cotton", "Ceramic", "Merino", "Bamboo", "Soy wax", "Linen", "Oak")
_VENDORS = ("Green Loom", "Kiln & Co", "Northfold", "Timberline", "Hearth Lane", "Paper Fox")
_ORDER_STATUSES = ("paid", "paid", "fulfilled", "fulfilled", "partially_fulfilled", "refunded")
# The catalogue's clock: fixed, so that the same merchant always has the same orders.
_EPOCH = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _money(amount: float) -> str:
    return f"{amount:.2f}"


@functools.lru_cache(maxsize=64)
def sample_products(merchant_name: str) -> tuple[dict[str, Any], ...]:
    """The merchant's products, oldest first; prices are decimal strings in USD."""
    rng = random.Random(f"products:{merchant_name}")
    products = []
    for index in range(PRODUCT_COUNT):
        kind, low, high = _KINDS[index % len(_KINDS)]
        material = _MATERIALS[(index // len(_KINDS) + index) % len(_MATERIALS)]
        products.append(
            {
                "id": f"prod_{1001 + index}",
                "title": f"{material} {kind}",
                "vendor": rng.choice(_VENDORS),
                "price": _money(round(rng.uniform(low, high) * 2) / 2 - 0.01),
                "currency": "USD",
                "inventory": rng.randint(0, 120),
                "created_at": _moment(_EPOCH + timedelta(days=index * 2)),
            }
        )
    return tuple(products)


@functools.lru_cache(maxsize=64)
def sample_orders(merchant_name: str) -> tuple[dict[str, Any], ...]:
    """The merchant's orders, newest first, each with its lines and total."""
    rng = random.Random(f"orders:{merchant_name}")
    products = sample_products(merchant_name)
    orders = []
    placed = _EPOCH + timedelta(days=300)
    for index in range(ORDER_COUNT):
        placed -= timedelta(minutes=rng.randint(40, 2600))
        lines = []
        for product in rng.sample(products, rng.choice((1, 1, 1, 2, 2, 3))):
            quantity = rng.randint(1, 3)
            lines.append(
                {
                    "product_id": product["id"],
                    "title": product["title"],
                    "vendor": product["vendor"],
                    "quantity": quantity,
                    "unit_price": product["price"],
                    "total": _money(float(product["price"]) * quantity),
                }
            )
        number = 1000 + ORDER_COUNT - index
        orders.append(
            {
                "id": f"ord_{5000 + number}",
                "number": f"#{number}",
                "created_at": _moment(placed),
                "customer": rng.choice(_CUSTOMERS),
                "status": rng.choice(_ORDER_STATUSES),
                "items": lines,
                "total": _money(sum(float(line["total"]) for line in lines)),
                "currency": "USD",
            }
        )
    return tuple(orders)


def _moment(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def page_of(
    items: tuple[dict[str, Any], ...], limit: int, after: int | None
) -> tuple[list[dict[str, Any]], int | None]:
    """The `limit` items after position `after` (None: from the first), and the position
    the next page starts after, or None on the last page."""
    start = 0 if after is None else after
    page = list(items[start : start + limit])
    end = start + len(page)
    return page, end if end < len(items) else None
