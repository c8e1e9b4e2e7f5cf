"""A client generated from the checked-in contract, by a tool nobody here wrote, runs the
whole developer journey against a running sandbox."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.sandbox import start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD

REPO = Path(__file__).resolve().parents[2]
CONTRACT = REPO / "resources" / "api" / "openapi.json"
JOURNEY = Path(__file__).resolve().parent / "generated" / "journey.py"


def _generator() -> str:
    found = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("openapi-python-client is not installed (make setup installs it)")
    return found


def test_a_generated_client_runs_the_developer_journey(tmp_path: Path) -> None:
    config = tmp_path / "config.yml"
    config.write_text("post_hooks: []\n", encoding="utf-8")  # no formatter needed on PATH
    generated = subprocess.run(
        [
            _generator(),
            "generate",
            "--path",
            str(CONTRACT),
            "--output-path",
            str(tmp_path / "shipturtle_api"),
            "--meta",
            "none",
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    with start_sandbox(":memory:") as sandbox:
        journey = subprocess.run(
            [sys.executable, str(JOURNEY)],
            env={
                "PATH": os.environ.get("PATH", ""),
                "PYTHONPATH": str(tmp_path),  # the generated package, and nothing of ours
                "SANDBOX_URL": sandbox.url,
                "MERCHANT_EMAIL": DEMO_EMAIL,
                "MERCHANT_PASSWORD": DEMO_PASSWORD,
            },
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert journey.returncode == 0, journey.stdout + journey.stderr
    assert "ok revoking ended the API session" in journey.stdout
