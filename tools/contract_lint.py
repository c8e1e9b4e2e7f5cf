"""Checks the checked-in contract as developers' tools read it: `python tools/contract_lint.py`.

It must be valid OpenAPI; every operation must have a name, a credential (or say it takes
none), a tag, its error codes (each documented status matching a code of the catalogue) and
an example of its request and of every answer with a body; every moment must be a
`date-time`.
"""

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.sandbox.error_codes import CATALOGUE  # noqa: E402
from app.sandbox.operations import ANY_OPERATION, OPERATIONS  # noqa: E402

CONTRACT = REPO / "resources" / "api" / "openapi.json"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# The statuses "default" stands for on every operation (see app.sandbox.responses).
_DEFAULT_STATUSES = {405, 413, 500}


def problems(document: dict[str, Any]) -> list[str]:
    from openapi_spec_validator import validate

    found: list[str] = []
    try:
        validate(document)
    except Exception as error:  # any invalidity is reported, not raised
        found.append(f"not valid OpenAPI: {str(error).splitlines()[0]}")
    for path, methods in document.get("paths", {}).items():
        for method, operation in methods.items():
            if method in _METHODS:
                named = f"{method.upper()} {path}"
                found += [f"{named}: {each}" for each in _operation(method, path, operation)]
    found += _moments(document)
    return found


def _operation(method: str, path: str, operation: dict[str, Any]) -> list[str]:
    found = []
    for key in ("operationId", "security", "tags"):
        if key not in operation:
            found.append(f"no {key}")
    if "Error codes:" not in operation.get("description", ""):
        found.append("its error codes are not listed")
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None and "example" not in body:
        found.append("its request has no example")
    for status, response in operation["responses"].items():
        content = response.get("content", {}).get("application/json")
        if content is not None and "example" not in content:
            found.append(f"its {status} answer has no example")
    named = OPERATIONS.get((method, path))
    if named is None:
        return [*found, "not in app.sandbox.operations.OPERATIONS"]
    codes = {*named.codes, *ANY_OPERATION}
    said = {CATALOGUE[code].status for code in codes}
    documented = {int(status) for status in operation["responses"] if status.startswith(("4", "5"))}
    for status in sorted(documented - said):
        found.append(f"documents {status} but lists no code answered with it")
    for code in named.codes:
        status = CATALOGUE[code].status
        if status not in documented | _DEFAULT_STATUSES:
            found.append(f"lists `{code}` but does not document {status}")
    return found


def _moments(document: dict[str, Any]) -> list[str]:
    """Every property that names a moment (`*_at`, `*_until`, `at`) is a date-time."""
    found = []
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        for field, spec in schema.get("properties", {}).items():
            if field == "at" or field.endswith(("_at", "_until")):
                kinds = [spec, *spec.get("anyOf", [])]
                if not any(kind.get("format") == "date-time" for kind in kinds):
                    found.append(f"{name}.{field} is not a date-time")
    return found


def main() -> int:
    found = problems(json.loads(CONTRACT.read_text(encoding="utf-8")))
    for problem in found:
        sys.stderr.write(f"contract: {problem}\n")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
