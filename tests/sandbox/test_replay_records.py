"""The kept answers on their own: found by index, swept by age, opened only by their key."""

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sandbox.database import Database
from app.sandbox.replays import Replay, ReplayRecords, UnreadableReplayError
from app.sandbox.seed import DEMO_MERCHANT
from tests.helpers.clock import FakeClock
from tests.sandbox.test_replays import keyed, served, usernames
from tests.sandbox.test_token_life import error_code
from tests.sandbox.test_tokens import create

SECRET = "stp_" + "A" * 36  # shaped like a secret; only these tests know it
KEPT = Replay("f" * 64, "at_0123456789abcdef", SECRET)
MERCHANT = DEMO_MERCHANT.id


@pytest.fixture
def connection(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A database with the sandbox's schema and the demo store, outside any sandbox."""
    path = str(tmp_path / "replays.sqlite3")
    Database(path, time.time).close()
    opened = sqlite3.connect(path, isolation_level=None)
    opened.execute(
        "INSERT INTO merchants (id, name, email, password_hash, api_integration) "
        "VALUES (?, 'Demo', 'demo@example.com', '!locked', 1)",
        (MERCHANT,),
    )
    yield opened
    opened.close()


def at(connection: sqlite3.Connection, now: int) -> ReplayRecords:
    return ReplayRecords(connection, now)


def test_a_kept_answer_is_found_by_its_key_and_merchant_for_ten_minutes(
    connection: sqlite3.Connection,
) -> None:
    at(connection, 1000).keep(MERCHANT, "key-1", KEPT)
    assert at(connection, 1599).find(MERCHANT, "key-1") == KEPT
    assert at(connection, 1599).find(MERCHANT, "key-2") is None
    assert at(connection, 1599).find("m_other", "key-1") is None
    assert at(connection, 1600).find(MERCHANT, "key-1") is None
    assert SECRET not in repr(KEPT)
    assert KEPT.fingerprint not in repr(KEPT)


def test_sweeping_deletes_only_what_its_window_has_passed(
    connection: sqlite3.Connection,
) -> None:
    at(connection, 1000).keep(MERCHANT, "older", KEPT)
    at(connection, 1300).keep(MERCHANT, "newer", KEPT)
    at(connection, 1600).sweep()
    kept = connection.execute("SELECT stored_at FROM replays").fetchall()
    assert kept == [(1300,)]


def test_lookups_and_sweeps_use_an_index_never_a_scan(connection: sqlite3.Connection) -> None:
    executed: list[str] = []
    connection.set_trace_callback(executed.append)
    records = at(connection, 1000)
    records.keep(MERCHANT, "key-1", KEPT)
    records.find(MERCHANT, "key-1")
    connection.set_trace_callback(None)
    plans = [
        " ".join(str(row[-1]) for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
        for sql in executed
        if sql.split()[0] in {"SELECT", "DELETE"}
    ]
    assert len(plans) == 2, executed  # keep's sweep, then find
    assert all("SCAN" not in plan for plan in plans), plans
    assert "replays_by_age" in plans[0], plans
    assert "PRIMARY KEY" in plans[1], plans


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE replays SET stored_at = stored_at + 300",  # made to live longer
        "UPDATE replays SET sealed = randomblob(length(sealed))",  # damaged
        # Another key's answer (kept a second earlier) put in its place.
        "UPDATE replays SET sealed = (SELECT sealed FROM replays WHERE stored_at = 999) "
        "WHERE stored_at = 1000",
    ],
)
def test_a_row_changed_in_the_database_no_longer_opens(
    connection: sqlite3.Connection, change: str
) -> None:
    at(connection, 1000).keep(MERCHANT, "key-1", KEPT)
    at(connection, 999).keep(MERCHANT, "key-2", Replay("0" * 64, "at_other", "stp_other"))
    connection.execute(change)
    with pytest.raises(UnreadableReplayError) as raised:
        at(connection, 1001).find(MERCHANT, "key-1")
    assert SECRET not in str(raised.value)
    assert raised.value.__cause__ is None


def test_an_answer_that_no_longer_opens_is_never_a_second_token(tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "sandbox.sqlite3"
    with served(path, clock) as (http, demo):
        first = create(http, keyed(demo, "damaged"))
        assert first.status_code == 201
        damage = sqlite3.connect(path)
        damage.execute("UPDATE replays SET sealed = randomblob(length(sealed))")
        damage.commit()
        damage.close()
        again = create(http, keyed(demo, "damaged"))
        assert (again.status_code, error_code(again)) == (422, "idempotency_key_reused")
        assert first.json()["token"] not in again.text
        assert usernames(http, demo).count("shop-dev") == 1
