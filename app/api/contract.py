"""What the app shows of Shipturtle's API contract, in one place: paths, permissions, overlaps."""

# The calls a developer makes, quoted in the message the merchant sends and in activity.
API_SESSIONS_PATH = "/v1/api-sessions"
DATA_PATHS = {"orders": "/v1/orders", "products": "/v1/products"}

# The seed's permissions, in its words: what a server without labels of its own is shown with.
PERMISSION_WORDS = {"orders": "Order API Access", "products": "Product API Access"}

# How long a rotated-away secret may keep working, in hours (0: it stops at once).
OVERLAP_HOURS = (0, 1, 24, 72, 168)
