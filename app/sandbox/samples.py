"""Small, believable sample orders and products that the data plane returns per merchant."""

import random
from typing import Any

_CUSTOMERS = ("Ava Patel", "Noah Kim", "Mia Rossi", "Liam Chen", "Zoe Martin", "Ethan Brown")
_PRODUCTS = (
    ("Organic cotton tote", "Green Loom", 18.0),
    ("Ceramic pour-over set", "Kiln & Co", 42.5),
    ("Merino beanie", "Northfold", 29.0),
    ("Bamboo cutting board", "Timberline", 24.99),
    ("Soy wax candle", "Hearth Lane", 16.5),
)
_ORDER_STATUSES = ("paid", "fulfilled", "partially_fulfilled", "refunded")


def sample_products(merchant_id: str) -> list[dict[str, Any]]:
    rng = random.Random(f"products:{merchant_id}")
    return [
        {
            "id": f"prod_{index + 1001}",
            "title": title,
            "vendor": vendor,
            "price": f"{price:.2f}",
            "currency": "USD",
            "inventory": rng.randint(0, 120),
        }
        for index, (title, vendor, price) in enumerate(_PRODUCTS)
    ]


def sample_orders(merchant_id: str) -> list[dict[str, Any]]:
    rng = random.Random(f"orders:{merchant_id}")
    orders = []
    for index in range(4):
        title, vendor, price = rng.choice(_PRODUCTS)
        quantity = rng.randint(1, 3)
        orders.append(
            {
                "id": f"ord_{5001 + index}",
                "number": f"#{1041 + index}",
                "customer": rng.choice(_CUSTOMERS),
                "status": rng.choice(_ORDER_STATUSES),
                "items": [{"title": title, "vendor": vendor, "quantity": quantity}],
                "total": f"{price * quantity:.2f}",
                "currency": "USD",
            }
        )
    return orders
