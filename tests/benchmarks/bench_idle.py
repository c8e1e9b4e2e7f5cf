"""The app's CPU while nobody uses it, beside a bare Qt window's: `make bench` or `python -m`.

The app is signed in to a sandbox (in this process, as a real server would be elsewhere)
holding 10,000 tokens that do not change, so each of its watch's questions is answered
304; both windows are left alone for the same minutes, side by side, and each child
measures its own CPU time.
"""

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from app.sandbox import start_sandbox
from app.sandbox.seed import DEMO_EMAIL, DEMO_PASSWORD
from tests.benchmarks.bench_sandbox import _fill
from tests.benchmarks.report import Figure, print_table

TOKENS = 10_000
IDLE_SECONDS = float(os.environ.get("IDLE_BENCH_SECONDS", "300"))  # 5 minutes
TARGET_RATIO = 1.5


def _child(mode: str, home: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "SHIPTURTLE_TOKENS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.idle_probe", mode, str(IDLE_SECONDS), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _result(child: subprocess.Popen[str], session: str | None = None) -> tuple[float, int]:
    out, _ = child.communicate(session + "\n" if session else None, timeout=IDLE_SECONDS + 180)
    if child.returncode != 0:
        raise RuntimeError(f"the idle probe failed ({child.returncode})")
    used, asked = out.split()[-2:]
    return float(used), int(asked)


def idle_figures() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "idle.sqlite3"
        _fill(db, TOKENS - 4)  # the demo merchant's 4 and these
        with sqlite3.connect(db) as connection:  # no switch-over running: a question a minute
            connection.execute("UPDATE access_tokens SET previous_valid_until = 0")
        with start_sandbox(str(db)) as server, httpx.Client(base_url=server.url) as http:
            account = {"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
            answer = http.post("/v1/sessions", json=account)
            session = str(answer.json()["session_token"])
            app = _child("app", Path(folder) / "app", server.url, DEMO_EMAIL)
            bare = _child("bare", Path(folder) / "bare")
            (app_ms, asked), (bare_ms, _) = _result(app, session), _result(bare)
    minutes = IDLE_SECONDS / 60
    return [
        Figure(f"baseline: bare Qt window, idle {minutes:.3g} min, CPU", bare_ms, "ms", None),
        Figure.against(
            f"app with {TOKENS:,} tokens idle {minutes:.3g} min ({asked} questions, 304), CPU",
            app_ms,
            "ms",
            bare_ms,
            TARGET_RATIO,
        ),
    ]


def main() -> int:
    return 0 if print_table("Idle", idle_figures()) else 1


if __name__ == "__main__":
    sys.exit(main())
