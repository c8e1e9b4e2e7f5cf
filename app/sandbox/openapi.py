"""The contract as OpenAPI JSON; `python -m app.sandbox.openapi` prints the checked-in file."""

import json
import sys

from app.sandbox.server import build_sandbox


def contract_json() -> str:
    """Generate the OpenAPI document from the sandbox application itself."""
    sandbox = build_sandbox(":memory:")
    try:
        return json.dumps(sandbox.app.openapi(), indent=2, sort_keys=True) + "\n"
    finally:
        sandbox.database.close()


if __name__ == "__main__":
    sys.stdout.write(contract_json())
