"""Writes the developer's Postman collection from the checked-in contract:
`python tools/postman.py` (`make openapi` runs it after regenerating the contract)."""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.sandbox.postman import rendered  # noqa: E402

CONTRACT = REPO / "resources" / "api" / "openapi.json"
COLLECTION = REPO / "resources" / "api" / "shipturtle.postman_collection.json"


def main() -> int:
    contract = json.loads(CONTRACT.read_text(encoding="utf-8"))
    COLLECTION.write_text(rendered(contract), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
