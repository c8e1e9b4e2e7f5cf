"""The setup's own tools: pip's progress wrapper, and what the bundle needs from the system."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def old_pip_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with the pip that comes with this Python, made older than 24.1
    if it is newer (Debian 12's venv brings 23.0)."""
    folder = tmp_path_factory.mktemp("old-pip")
    venv.create(folder, with_pip=True)
    python = folder / "bin" / "python"
    version = subprocess.run(
        [str(python), "-m", "pip", "--version"], capture_output=True, text=True, check=True
    ).stdout
    major, minor = (int(part) for part in version.split()[1].split(".")[:2])
    if (major, minor) >= (24, 1):
        pytest.skip(f"this Python's own pip is already new enough ({version.strip()})")
    return python


def test_a_failed_pip_upgrade_says_why_and_installs_nothing(old_pip_python: Path) -> None:
    """Behind a proxy that cuts PyPI off, `pip install --upgrade pip` only warns and exits 0;
    the install that follows then died with "invalid choice: 'raw'", pointing elsewhere."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    env |= {
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_INDEX_URL": "https://127.0.0.1:9/simple",  # nothing answers there
        "PIP_RETRIES": "1",
        "PIP_DEFAULT_TIMEOUT": "2",
    }
    result = subprocess.run(
        [str(old_pip_python), str(ROOT / "tools" / "pip_install.py"), "--no-deps", str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    said = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Could not upgrade pip to 24.1 or newer" in said
    assert "Connection refused" in said  # pip's own lines, with the real cause
    assert "invalid choice" not in said


@pytest.mark.parametrize(
    ("base_prefix", "printed"),
    [("/usr", f"libpython{sys.version_info.major}.{sys.version_info.minor}\n"), ("/opt/py", "")],
)
def test_the_shared_python_library_is_asked_for_only_for_debians_python(
    base_prefix: str, printed: str
) -> None:
    code = (
        f"import sys; sys.base_prefix = {base_prefix!r}; "
        f"import runpy; runpy.run_path({str(ROOT / 'tools' / 'libpython_package.py')!r}, "
        "run_name='__main__')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout == printed
