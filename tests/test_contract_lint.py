"""The contract lint (make lint) passes on the checked-in contract and sees what it must."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app.sandbox.error_codes import CATALOGUE, ErrorCode, catalogue_table
from tools.contract_lint import CONTRACT, problems

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def contract() -> dict[str, Any]:
    return dict(json.loads(CONTRACT.read_text(encoding="utf-8")))


def test_the_checked_in_contract_passes(contract: dict[str, Any]) -> None:
    assert problems(contract) == []


def test_an_operation_without_a_name_a_credential_or_its_codes_fails(
    contract: dict[str, Any],
) -> None:
    broken = copy.deepcopy(contract)
    operation = broken["paths"]["/v1/orders"]["get"]
    del operation["operationId"]
    del operation["security"]
    operation["description"] = "Orders."
    operation["responses"]["418"] = operation["responses"]["401"]
    found = problems(broken)
    assert "GET /v1/orders: no operationId" in found
    assert "GET /v1/orders: no security" in found
    assert "GET /v1/orders: its error codes are not listed" in found
    assert "GET /v1/orders: documents 418 but lists no code answered with it" in found


def test_a_moment_that_is_not_a_date_time_fails(contract: dict[str, Any]) -> None:
    broken = copy.deepcopy(contract)
    field = broken["components"]["schemas"]["AccessToken"]["properties"]["created_at"]
    field.pop("format")
    assert problems(broken) == ["AccessToken.created_at is not a date-time"]


def test_every_code_is_in_the_catalogue_and_the_readme_table() -> None:
    assert set(CATALOGUE) == set(ErrorCode)
    assert catalogue_table() in README.read_text(encoding="utf-8")
