"""Spanish and German, shipped: every window of the pseudo-locale's walk, in each language,
with every sentence from the catalogue (a translator that notes each sentence it lacks) and
nothing cut off at 800x600."""

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as NotLaidOutYet
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from tests.helpers.event_loop import settle
from tests.ui.test_merchant_path import start_demo
from tests.ui.test_pseudo_locale import WALK, _fit_to_the_screen, clipped
from tools import i18n

LANGUAGES = ("es", "de")
OUR_CONTEXTS = frozenset(
    context.findtext("name") or ""
    for context in ET.parse(i18n.TEMPLATE).getroot().iter("context")  # noqa: S314 (ours)
)


class RecordingTranslator(QTranslator):
    """A language's catalogue that remembers every sentence of ours it was asked for and
    lacked: a window built with one is fully translated when it remembers none."""

    def __init__(self) -> None:
        super().__init__()
        self.missing: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        if context in OUR_CONTEXTS:
            self.missing.add((context, source))
        return None  # a null string: Qt asks the next catalogue, or keeps the source


@pytest.fixture(params=LANGUAGES)
def language(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path
) -> Iterator[RecordingTranslator]:
    """A shipped language loaded before any window is built, its locale the default."""
    code = str(request.param)
    target = next(path for path in i18n.build(tmp_path) if path.stem.endswith(f"_{code}"))
    translator = RecordingTranslator()
    assert translator.load(str(target))
    qt = QTranslator()  # Qt's own words (Cancel, Yes), as the app loads them too
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt.load(QLocale(code), "qtbase", "_", qt_dir)
    before = QLocale()
    QLocale.setDefault(QLocale(code))
    qapp.installTranslator(qt)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    qapp.removeTranslator(qt)
    QLocale.setDefault(before)


@pytest.mark.parametrize("scene", WALK)
def test_every_window_is_translated_and_fits(
    language: RecordingTranslator, qtbot: QtBot, controller: AppController, scene: str
) -> None:
    start_demo(qtbot, controller)
    window = WALK[scene](qtbot)
    _fit_to_the_screen(window)
    settle(qtbot)
    assert sorted(language.missing) == []
    with suppress(NotLaidOutYet):
        qtbot.waitUntil(lambda: clipped(window) == [], timeout=3000)
    assert clipped(window) == []


def test_a_sentence_missing_from_a_catalogue_is_noticed(qapp: QApplication) -> None:
    from app.ui.shared.translation import translate

    translator = RecordingTranslator()
    qapp.installTranslator(translator)
    try:
        translate("DetailsDialog", "A sentence no catalogue has.")
    finally:
        qapp.removeTranslator(translator)
    assert translator.missing == {("DetailsDialog", "A sentence no catalogue has.")}
