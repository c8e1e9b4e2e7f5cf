"""A database file the sandbox cannot use stops it with one sentence, and is left untouched."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Imported before any test drops root's rights: the child then imports nothing.
import app.sandbox.developer
import app.sandbox.guards
import app.sandbox.routes
import app.sandbox.service  # noqa: F401
from app.sandbox.server import build_sandbox
from app.sandbox.storage import StorageError
from tests.helpers.unprivileged import as_unprivileged, shared_folder

REPO = Path(__file__).resolve().parents[2]


def _seeded(path: Path) -> bytes:
    build_sandbox(path).database.close()
    return path.read_bytes()


def _damaged(folder: Path, kind: str) -> Path:
    path = folder / "sandbox.sqlite3"
    if kind == "random bytes":
        path.write_bytes(os.urandom(64 * 1024))
    elif kind == "text":
        path.write_text("These are my notes, not a database.\n", encoding="utf-8")
    else:  # truncated: a real database cut short, as a copy that stopped half-way leaves it
        path.write_bytes(_seeded(path)[: 16 * 1024])
    return path


def _refusal(path: Path) -> str:
    """The sentence that opening the sandbox on `path` stopped with."""
    with pytest.raises(StorageError) as refused:
        build_sandbox(path).database.close()
    return str(refused.value)


@pytest.mark.parametrize("kind", ["random bytes", "truncated", "text"])
def test_a_damaged_file_is_named_and_left_untouched(tmp_path: Path, kind: str) -> None:
    path = _damaged(tmp_path, kind)
    before = path.read_bytes()
    message = _refusal(path)
    assert message == (
        f"The sandbox database {path} is damaged or is not a database (it was left as it "
        "is); move it elsewhere, or put a backup in its place, and start again."
    )
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # nothing made beside it


def _opened_as_unprivileged(path: Path) -> str:
    def work() -> str:
        try:
            build_sandbox(path).database.close()
        except StorageError as error:
            return str(error)
        return "opened"

    return as_unprivileged(work)


def test_a_new_database_in_a_read_only_folder() -> None:
    with shared_folder() as folder:
        path = folder / "sandbox.sqlite3"
        folder.chmod(0o555)
        message = _opened_as_unprivileged(path)
        assert message == (
            f"The sandbox database {path} cannot be created: its folder is read-only for this "
            "user; make the folder writable, or use another one, and start again."
        )
        assert not path.exists()


@pytest.mark.parametrize(
    ("file_mode", "folder_mode", "sentence"),
    [
        (
            0o444,
            0o777,
            "is read-only for this user (it was left as it is); make it writable and start again.",
        ),
        (
            0o666,
            0o555,
            "cannot be written: its folder is read-only for this user, and SQLite keeps its "
            "journal beside it; make the folder writable and start again.",
        ),
    ],
    ids=["read-only file", "read-only folder"],
)
def test_a_database_that_cannot_be_written(file_mode: int, folder_mode: int, sentence: str) -> None:
    with shared_folder() as folder:
        path = folder / "sandbox.sqlite3"
        before = _seeded(path)
        path.chmod(file_mode)
        folder.chmod(folder_mode)
        assert _opened_as_unprivileged(path) == f"The sandbox database {path} {sentence}"
        assert path.read_bytes() == before
        assert [p.name for p in folder.iterdir()] == [path.name]


@pytest.mark.skipif(shutil.which("chattr") is None, reason="needs chattr (e2fsprogs)")
@pytest.mark.parametrize("suffix", ["-shm", "-wal"])
def test_an_immutable_journal_file_is_named(tmp_path: Path, suffix: str) -> None:
    # A -shm that cannot be written used to be mapped and then crash the server (SIGBUS).
    path = tmp_path / "sandbox.sqlite3"
    before = _seeded(path)
    companion = Path(f"{path}{suffix}")
    companion.touch()
    if subprocess.run(["chattr", "+i", str(companion)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem does not take chattr +i")
    try:
        message = _refusal(path)
    finally:
        subprocess.run(["chattr", "-i", str(companion)], check=True)
    assert message == (
        f"The sandbox database {path} cannot be written: {companion} beside it is read-only or "
        "immutable; make that file writable, or remove it while no sandbox runs, and start "
        "again."
    )
    assert path.read_bytes() == before


def test_the_command_line_says_it_in_one_sentence(tmp_path: Path) -> None:
    path = _damaged(tmp_path, "random bytes")
    before = path.read_bytes()
    finished = subprocess.run(
        [sys.executable, "-m", "app.sandbox", "--port", "0", "--db", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 1
    assert "Traceback" not in finished.stderr
    assert finished.stderr.strip().splitlines() == [
        f"The sandbox database {path} is damaged or is not a database (it was left as it is); "
        "move it elsewhere, or put a backup in its place, and start again."
    ]
    assert path.read_bytes() == before
