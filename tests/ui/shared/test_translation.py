"""The words go through Qt's catalogues the way pyside6-lupdate can read them."""

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.api.errors import RateLimitedError
from app.ui.shared.error_words import error_sentence
from app.ui.shared.formatting import relative_time
from app.ui.shared.translation import fill, install_language, shipped_languages, tr
from tests.helpers.log_fail import ExpectedLogs

UI = Path(__file__).resolve().parents[3] / "app" / "ui"
NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_fill_puts_each_value_in_once() -> None:
    assert fill("%1 and %2", "%2", "b") == "%2 and b"  # a value holding %2 stays as it is
    assert fill("%1 of %3", "a") == "a of %3"


def test_english_has_its_singulars() -> None:
    assert relative_time(NOW - timedelta(days=1), NOW) == "1 day ago"
    assert relative_time(NOW + timedelta(days=3), NOW) == "in 3 days"
    assert error_sentence(RateLimitedError(1)) == "Too many attempts. Wait 1 second and try again."
    assert tr("Revoke %n tokens", "", 1) == "Revoke 1 token"


def test_a_language_without_a_catalogue_leaves_english(
    qapp: QApplication, tmp_path: Path, expected_logs: ExpectedLogs
) -> None:
    expected_logs.expect("English's catalogue is missing", logger="app.ui.shared.translation")
    before = QLocale()
    try:
        assert install_language(qapp, "xx", tmp_path) is None
        assert QLocale().language() == QLocale.Language.English  # dates go with the words
    finally:
        QLocale.setDefault(before)
    assert shipped_languages(tmp_path) == []
    assert relative_time(NOW - timedelta(days=2), NOW) == "2 days ago"


def _calls(tree: ast.AST, name: str, *, run_later_too: bool = True) -> list[ast.Call]:
    """The calls of `name` in `tree`; without those in lambdas, unless `run_later_too`."""
    found, todo = [], [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Lambda) and not run_later_too:
            continue
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            found.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return found


MODULES = sorted(UI.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda path: str(path.relative_to(UI)))
def test_sentences_are_literal_and_plurals_go_through_tr_outside_classes(path: Path) -> None:
    """lupdate reads only literal sentences, finds a count only in tr(), and files a tr()
    in a class under the class's name, where tr() does not look."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrong = []
    for call in _calls(tree, "translate"):
        literal = all(isinstance(arg, ast.Constant) for arg in call.args[:2])
        if len(call.args) < 2 or not literal or len(call.args) > 3:
            wrong.append(f"line {call.lineno}: translate(context, literal sentence[, note])")
    for call in _calls(tree, "tr"):
        if not (call.args and isinstance(call.args[0], ast.Constant)):
            wrong.append(f"line {call.lineno}: tr(literal sentence, note, count)")
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        wrong += [f"line {call.lineno}: tr() inside class {cls.name}" for call in _calls(cls, "tr")]
    for statement in tree.body:  # at import time no language is loaded yet
        if not isinstance(statement, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef):
            wrong += [
                f"line {c.lineno}: translated at import"
                for c in _calls(statement, "translate", run_later_too=False)
            ]
    assert wrong == []
