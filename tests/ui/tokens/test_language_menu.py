"""Choosing the app's language: remembered, said, and applied at the next start."""

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.storage.paths import AppPaths
from app.storage.settings import SettingsFile
from app.ui.shared.translation import install_language, shipped_languages, translate
from tests.helpers.keyrings import MemoryKeyring
from tests.ui.conftest import DemoStores, close_windows_opened_since, make_controller
from tests.ui.helpers import find, main_window
from tests.ui.test_merchant_path import start_demo
from tools import i18n


def _entries(menu: QMenu) -> dict[str, QAction]:
    return {action.objectName(): action for action in menu.actions() if action.objectName()}


def test_the_view_menu_offers_the_system_language_english_and_the_shipped_ones(
    qtbot: QtBot, app_home: Path
) -> None:
    before = set(QApplication.topLevelWidgets())
    controller = make_controller(MemoryKeyring(), DemoStores(), languages=("de", "es"))
    try:
        start_demo(qtbot, controller)
        menu = find(main_window(), QMenu, "languageMenu")
        entries = _entries(menu)
        assert [entries[name].text() for name in entries] == [
            "System language",
            "English",
            "Deutsch",
            "Español",
        ]
        assert entries["language_system"].isChecked()  # nothing chosen yet
        entries["language_de"].trigger()
        assert main_window().statusBar().currentMessage() == (
            "The app will be in Deutsch the next time it starts."
        )
        assert SettingsFile(AppPaths.from_environment().config_dir).load().settings.language == (
            "de"
        )
        assert entries["language_de"].isChecked()
        assert not entries["language_system"].isChecked()
    finally:
        controller.shutdown()
        close_windows_opened_since(before)


@pytest.fixture
def german(tmp_path: Path) -> Path:
    """A German catalogue with one sentence, built as `make` builds the shipped ones."""
    i18n.build(tmp_path)  # English's, which every language falls back to
    tree = ET.parse(i18n.TEMPLATE)  # noqa: S314 (our own file)
    tree.getroot().set("language", "de")
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "Sign in" and message.get("numerus") != "yes":
            translation = message.find("translation")
            assert translation is not None
            translation.text = "Anmelden"
            translation.attrib.pop("type", None)
    catalogue = tmp_path / "shipturtle_de.ts"
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    i18n._lrelease(catalogue, tmp_path / "shipturtle_de.qm")
    return tmp_path


@pytest.fixture
def translators_removed(qapp: QApplication) -> Iterator[None]:
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_a_shipped_language_is_loaded_with_its_dates(
    qapp: QApplication, german: Path, translators_removed: None
) -> None:
    assert shipped_languages(german) == ["de", "es"]  # the one-sentence German among them
    assert install_language(qapp, "de", german) == "de"
    assert translate("SignInWindow", "Sign in") == "Anmelden"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().monthName(12) == "Dezember"
