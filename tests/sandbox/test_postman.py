"""The developer's Postman collection: made from the contract (never drifting from it), a
valid v2.1 collection, with empty variables, and run by newman against a running sandbox."""

import json
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft7Validator  # type: ignore[import-untyped]

from app.sandbox import start_sandbox
from app.sandbox.postman import VARIABLES, developer_operations, rendered
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tools.postman import COLLECTION, CONTRACT

REPO = Path(__file__).resolve().parents[2]
SCHEMA = REPO / "resources" / "api" / "postman-collection-v2.1.0.schema.json"
# `make test` installs newman here (npm, on Debian's nodejs): tools/newman.sh.
NEWMAN = REPO / "build" / "newman" / "node_modules" / ".bin" / "newman"
PASSWORD = "kettle-orbit-plume-9-harbor"


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_collection_is_the_one_the_contract_makes() -> None:
    assert COLLECTION.read_text(encoding="utf-8") == rendered(_load(CONTRACT))  # make openapi


def test_the_collection_is_a_valid_v2_1_collection() -> None:
    schema = _load(SCHEMA)
    Draft7Validator.check_schema(schema)
    assert [e.message for e in Draft7Validator(schema).iter_errors(_load(COLLECTION))] == []
    assert list(Draft7Validator(schema).iter_errors({"info": {}, "item": "x"}))  # it can fail


def test_it_holds_the_sign_in_and_every_data_plane_call_and_no_value() -> None:
    collection = _load(COLLECTION)
    requests = {(i["request"]["method"], i["request"]["url"]["raw"]) for i in collection["item"]}
    for path, method, _operation in developer_operations(_load(CONTRACT)):
        assert (method.upper(), "{{base_url}}" + path) in requests
    assert ("POST", "{{base_url}}/v1/api-sessions") in requests
    assert ("GET", "{{base_url}}/v1/orders") in requests
    assert {v["key"]: v["value"] for v in collection["variable"]} == dict.fromkeys(VARIABLES, "")
    assert collection["auth"]["bearer"][0]["value"] == "{{api_session}}"
    text = COLLECTION.read_text(encoding="utf-8")
    assert "stp_" not in text
    assert "sta_" not in text


def test_newman_runs_the_collection_against_a_sandbox(tmp_path: Path) -> None:
    if not NEWMAN.exists():
        pytest.skip("newman is not installed (make test installs it: tools/newman.sh)")
    with start_sandbox(":memory:") as sandbox, httpx.Client(base_url=sandbox.url) as http:
        account = {"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
        session = http.post("/v1/sessions", json=account).json()["session_token"]
        body = {
            "username": "postman-dev",
            "password": PASSWORD,
            "permissions": ["orders", "products"],
        }
        created = http.post(
            "/v1/access-tokens",
            headers={"Authorization": f"Bearer {session}", "Idempotency-Key": "postman"},
            json=body,
        ).json()
        values = {
            "base_url": sandbox.url,
            "access_token": created["token"],
            "username": "postman-dev",
            "password": PASSWORD,
        }
        environment = tmp_path / "developer.postman_environment.json"  # current values only
        environment.write_text(
            json.dumps(
                {
                    "name": "developer",
                    "values": [
                        {"key": key, "value": value, "enabled": True}
                        for key, value in values.items()
                    ],
                }
            ),
            encoding="utf-8",
        )
        run = subprocess.run(
            [str(NEWMAN), "run", str(COLLECTION), "-e", str(environment), "--color", "off"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "Developer sign-in" in run.stdout
    assert created["token"] not in run.stdout  # newman does not print the secret it sent


def test_the_sandbox_serves_the_same_collection() -> None:
    with start_sandbox(":memory:") as sandbox:
        served = httpx.get(f"{sandbox.url}/docs/postman.json")
    assert served.status_code == 200
    assert served.text == COLLECTION.read_text(encoding="utf-8")
