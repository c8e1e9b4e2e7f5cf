"""Dependencies point one way (ui -> services -> api / storage), read from the import graph."""

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "app"

# What each layer may import from the app, and which outside libraries it must leave alone.
ALLOWED = {
    "api": {"api"},
    "storage": {"storage", "api"},
    "sandbox": {"sandbox", "api", "storage"},
    "services": {"services", "api", "storage", "sandbox"},
    "ui": {"ui", "services", "api", "storage"},
}
FORBIDDEN_LIBRARIES = {
    "api": {"PySide6", "shiboken6"},
    "storage": {"PySide6", "shiboken6"},
    "sandbox": {"PySide6", "shiboken6"},
    "ui": {"httpx", "keyring"},  # widgets never talk to the network or the keychain
}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> Iterator[str]:
    """Every module `path` imports, at the top, in functions or under TYPE_CHECKING."""
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else None
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                anchor = (package or module_name(path)).split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    return {
        module_name(path): set(imports_of(path))
        for path in APP.rglob("*.py")
        if "__pycache__" not in path.parts
    }


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "app" and parts[1] in ALLOWED else None


def test_the_graph_is_read_from_the_code() -> None:
    graph = import_graph()
    assert "app.services.token_service" in graph["app.ui.controller"]
    assert "app.api.errors" in graph["app.ui.create_flow"]  # nested imports count too
    assert any(name.startswith("app.sandbox") for name in graph["app.services.token_service"])


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below(layer: str) -> None:
    wrong = {
        f"{module} imports {imported}"
        for module, imported_names in import_graph().items()
        if layer_of(module) == layer
        for imported in imported_names
        if (target := layer_of(imported)) is not None and target not in ALLOWED[layer]
    }
    assert not wrong, sorted(wrong)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN_LIBRARIES))
def test_layers_leave_the_libraries_of_others_alone(layer: str) -> None:
    wrong = {
        f"{module} imports {imported}"
        for module, imported_names in import_graph().items()
        if layer_of(module) == layer
        for imported in imported_names
        if imported.split(".")[0] in FORBIDDEN_LIBRARIES[layer]
    }
    assert not wrong, sorted(wrong)


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


# The ui's feature packages, and the other features each may use; `shared` serves them all.
# The modules at the top of app/ui (the controller and the flows that join one feature's
# window to another's) may use any.
FEATURES = {
    "shared": set(),
    "sign_in": set(),
    "help": set(),
    "create": set(),
    "reveal": set(),
    "details": set(),
    "rotate": set(),
    "check": set(),
    "lock": set(),
    "tokens": {"help"},  # the main window carries the Help menu
}


def feature_of(module: str) -> str | None:
    """The feature package a module is in (or is); None for the modules at the top of app/ui."""
    parts = module.split(".")
    inside = len(parts) > 2 and parts[:2] == ["app", "ui"] and parts[2] in FEATURES
    return parts[2] if inside else None


def test_every_ui_package_is_a_known_feature() -> None:
    packages = {path.parent.name for path in (APP / "ui").glob("*/__init__.py")}
    assert packages == set(FEATURES)


def test_features_use_only_shared_and_the_features_they_are_allowed() -> None:
    wrong = {
        f"{module} imports {imported}"
        for module, imported_names in import_graph().items()
        if (feature := feature_of(module)) is not None
        for imported in imported_names
        if imported.startswith("app.ui.")
        and feature_of(imported) not in {feature, "shared", *FEATURES[feature]}
    }
    assert not wrong, sorted(wrong)


def test_no_module_imports_another_modules_private_names() -> None:
    wrong = {
        f"{module} imports {imported}"
        for module, imported_names in import_graph().items()
        for imported in imported_names
        if imported.startswith("app.")
        and imported.rsplit(".", 1)[-1].startswith("_")
        and not imported.endswith("__")
    }
    assert not wrong, sorted(wrong)


def _strings_in(path: Path) -> Iterator[str]:
    """Every string literal in a module, the fixed parts of f-strings included."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


@pytest.mark.parametrize(
    "path", sorted((APP / "ui").rglob("*.py")), ids=lambda path: str(path.relative_to(APP))
)
def test_no_window_spells_out_the_contract(path: Path) -> None:
    """API paths and the token format come from app.api (contract, token_format): a server
    that differs, or a version step, is then one change, not a search through windows."""
    from app.api import token_format

    spelled = [
        text
        for text in _strings_in(path)
        if "/v1" in text or token_format.PREFIX in text or "api-sessions" in text
    ]
    assert spelled == []
