"""Sandbox latency with one merchant holding 100,000 tokens: `make bench` or `python -m ...`."""

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import httpx

from app.api import token_format
from app.sandbox import security, start_sandbox
from app.sandbox.guards import SignInLimits
from app.sandbox.seed import DEMO_EMAIL, DEMO_MERCHANT, DEMO_PASSWORD
from app.sandbox.server import build_sandbox
from app.sandbox.store import STATUS_FILTERS
from tests.benchmarks.report import Figure, median_ms, print_table

TOKENS = 100_000
RUNS = 300
SIGN_IN_RUNS = 40  # each one is a scrypt verification, tens of milliseconds
TARGET_MS = 5.0
SIGN_IN_TARGET_RATIO = 3.0  # developer sign-in, against a bare scrypt verification
NOT_MODIFIED_TARGET_RATIO = 1.5  # a 304 for the whole collection, against /v1/health
BENCH_PASSWORD = "benchmark-passphrase-kept-long"


def _fill(db: Path, count: int) -> str:
    """Insert `count` tokens straight into the database; return one usable secret."""
    build_sandbox(db).database.close()  # schema and seed, exactly as the server makes them
    password_hash = security.hash_password(BENCH_PASSWORD)  # one scrypt, reused
    now = int(time.time())
    secret = token_format.generate_token()
    rows = []
    for index in range(count):
        token = secret if index == 0 else token_format.generate_token()
        rows.append(
            (
                f"at_bench{index:010d}",
                DEMO_MERCHANT.id,
                f"user-{index}",
                password_hash,
                "orders,products",
                security.hash_secret(token),
                token_format.hint(token),
                now - count + index,
            )
        )
    with sqlite3.connect(db) as connection:
        connection.executemany(
            "INSERT INTO access_tokens (id, merchant_id, username, password_hash, permissions, "
            "token_hash, token_hint, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return secret


def _query_plans(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        plans = []
        for sql in (
            "SELECT * FROM access_tokens WHERE merchant_id = :merchant AND seq < :before "
            f"AND ({STATUS_FILTERS['active']}) ORDER BY seq DESC LIMIT 51",
            "SELECT * FROM access_tokens WHERE token_hash = :merchant",
        ):
            parameters = {"merchant": "m", "before": 5, "now": 0}
            plan = connection.execute(f"EXPLAIN QUERY PLAN {sql}", parameters).fetchall()
            plans.append(" / ".join(str(row[-1]) for row in plan))
        return plans


def _cursor_for_page(http: httpx.Client, headers: dict[str, str], page: int) -> str:
    cursor: str | None = None
    for _ in range(page - 1):
        params = {"cursor": cursor} if cursor else {}
        body = http.get("/v1/access-tokens", headers=headers, params=params).json()
        cursor = body["next_cursor"]
    assert cursor is not None
    return cursor


def run() -> bool:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        secret = _fill(db, TOKENS)
        print(f"filled {TOKENS:,} tokens in {time.perf_counter() - started:.1f} s")
        for plan in _query_plans(db):
            print(f"query plan: {plan}")
        # Every unknown email fails from this one address: its limit across emails would
        # turn most of the timed sign-ins into quick 429s.
        wide = SignInLimits(per_address=1_000_000)
        running = start_sandbox(db, sign_in_limits=wide)
        with running, httpx.Client(base_url=running.url) as http:
            session = http.post(
                "/v1/sessions", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
            ).json()["session_token"]
            headers = {"Authorization": f"Bearer {session}"}
            page_1000 = {"cursor": _cursor_for_page(http, headers, 1000)}
            api_session = {"Authorization": f"Bearer {_sign_in(http, secret)}"}
            figures = []
            health, _ = median_ms(lambda: http.get("/v1/health"), RUNS)
            figures.append(Figure("baseline: GET /v1/health (no database)", health, "ms", None))
            for name, action in (
                ("list first page (50 of 100,000), median", lambda: _get(http, headers, {})),
                ("list page 1,000 by cursor, median", lambda: _get(http, headers, page_1000)),
                ("authenticate data-plane request, median", lambda: _info(http, api_session)),
            ):
                median, p95 = median_ms(action, RUNS)
                figures.append(Figure(name, median, "ms", TARGET_MS))
                print(f"  {name}: p95 {p95:.2f} ms")
            figures.append(_not_modified_figure(http, headers, health))
            figures += _sign_in_figures(http, secret)
    return print_table(f"Sandbox, one merchant with {TOKENS:,} tokens", figures)


def _not_modified_figure(http: httpx.Client, headers: dict[str, str], health: float) -> Figure:
    """Has anything changed? An unchanged collection of 100,000 tokens answers 304."""
    tag = http.get("/v1/access-tokens", headers=headers).headers["ETag"]
    asked = {**headers, "If-None-Match": tag}

    def ask() -> None:
        assert http.get("/v1/access-tokens", headers=asked).status_code == 304

    median, _ = median_ms(ask, RUNS)
    name = "unchanged list (304 to If-None-Match), median"
    return Figure.against(name, median, "ms", health, NOT_MODIFIED_TARGET_RATIO)


def _sign_in_figures(http: httpx.Client, secret: str) -> list[Figure]:
    """Developer sign-in beside what it cannot avoid: one scrypt verification, done bare."""
    stored = security.hash_password(BENCH_PASSWORD)
    scrypt, _ = median_ms(
        lambda: security.verify_password(BENCH_PASSWORD, stored), SIGN_IN_RUNS, warmup=3
    )
    sign_in, p95 = median_ms(lambda: _sign_in(http, secret), SIGN_IN_RUNS, warmup=3)
    print(f"  developer sign-in: p95 {p95:.2f} ms")
    known, _ = median_ms(lambda: _merchant_sign_in(http, DEMO_EMAIL), SIGN_IN_RUNS, warmup=3)
    unknown, _ = median_ms(lambda: _merchant_sign_in(http, None), SIGN_IN_RUNS, warmup=3)
    print(f"  merchant sign-in: known email {known:.2f} ms, unknown email {unknown:.2f} ms")
    return [
        Figure(
            "sign-in time gap, unknown vs known email (%)",
            abs(unknown / known - 1) * 100,
            "%",
            20,
        ),
        Figure("baseline: bare scrypt verification", scrypt, "ms", None),
        Figure.against("developer sign-in, median", sign_in, "ms", scrypt, SIGN_IN_TARGET_RATIO),
    ]


def _merchant_sign_in(http: httpx.Client, email: str | None) -> None:
    """A known email with its password, or a new unknown email each time (no rate limit)."""
    password = DEMO_PASSWORD if email else "not-a-password"
    body = {"email": email or f"nobody-{time.perf_counter_ns()}@example.com", "password": password}
    status = http.post("/v1/sessions", json=body).status_code
    assert status == (201 if email else 401), status


def _sign_in(http: httpx.Client, secret: str) -> str:
    response = http.post(
        "/v1/api-sessions",
        headers={"Authorization": f"Bearer {secret}"},
        json={"username": "user-0", "password": BENCH_PASSWORD},
    )
    assert response.status_code == 201, response.text
    return str(response.json()["api_session"])


def _get(http: httpx.Client, headers: dict[str, str], params: dict[str, str]) -> None:
    response = http.get("/v1/access-tokens", headers=headers, params=params)
    assert response.status_code == 200
    assert len(response.json()["items"]) == 50


def _info(http: httpx.Client, headers: dict[str, str]) -> None:
    assert http.get("/v1/token-info", headers=headers).status_code == 200


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
