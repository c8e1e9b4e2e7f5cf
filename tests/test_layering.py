"""Dependencies point one way: the API, storage and sandbox packages never load Qt."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("package", ["app.api", "app.storage", "app.sandbox"])
def test_package_imports_without_pyside6(package: str) -> None:
    code = f"""
import importlib, pkgutil, sys
package = importlib.import_module({package!r})
for module in pkgutil.walk_packages(package.__path__, {package!r} + "."):
    importlib.import_module(module.name)
loaded = sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6")))
assert not loaded, f"Qt was imported: {{loaded}}"
"""
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_the_layers_only_import_downwards() -> None:
    # app/api and app/storage must not reach up into services or ui.
    for layer in ("api", "storage", "sandbox"):
        for path in (REPO / "app" / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "app.services" not in text, path
            assert "app.ui" not in text, path
