"""The app's words in the merchant's language: Qt's translators, and placeholders filled."""

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOGUE = "shipturtle"  # resources/i18n/shipturtle_<language>.qm
_PLACEHOLDER = re.compile(r"%(\d)")


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The sentence in the language loaded (English when none is), with %n put in for `n`.

    Call it with literal strings, as `translate("Context", "Whole sentence with %1.")`:
    `pyside6-lupdate` finds the sentences to translate by reading these calls.
    """
    return QCoreApplication.translate(context, source, disambiguation, n)


def tr(source: str, disambiguation: str, n: int) -> str:
    """A sentence with a count, in the plural form the language wants for `n` (put in for %n).

    Call it with literal strings, as `tr("%n tokens were revoked.", "", count)`, and only in
    module-level functions: `pyside6-lupdate` knows a count only in a call named `tr`, and
    outside a class it files the sentence under the empty context this function looks in.
    The English is written in the plural; English's catalogue gives the singular.
    """
    return QCoreApplication.translate("", source, disambiguation or None, n)


def fill(text: str, *values: object) -> str:
    """Put the values in for %1, %2, ... in one pass, as Qt's QString.arg does: a value that
    itself holds "%2" (a username, say) is left as it is. Unknown placeholders stay."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)


def shipped_languages(directory: Path) -> list[str]:
    """The languages the app has words for besides English, by name ("de", "es")."""
    prefix = f"{CATALOGUE}_"
    names = (path.stem.removeprefix(prefix) for path in directory.glob(f"{prefix}*.qm"))
    return sorted(name for name in names if name != "en")


def install_english(app: QCoreApplication, directory: Path) -> bool:
    """English's own catalogue: the singular of each sentence with a count (the code has the
    plural), under every other language, which falls back to it."""
    english = QTranslator(app)
    if not english.load(f"{CATALOGUE}_en", str(directory)):
        log.warning("English's catalogue is missing from %s: run make", directory)
        return False
    return app.installTranslator(english)


def install_language(app: QCoreApplication, language: str | None, directory: Path) -> str | None:
    """Load the app's and Qt's own words for `language` (None: the system's languages, in
    the order the merchant prefers them), and make dates and numbers follow them. Returns
    the language loaded; None: English, the words in the code (with the region's formats)."""
    locale = QLocale(language) if language else QLocale.system()
    install_english(app, directory)
    ours = QTranslator(app)
    loaded = ours.load(locale, CATALOGUE, "_", str(directory))
    if not loaded or ours.language().startswith("en"):
        if not loaded:
            log.info("No translation for %s; the app speaks English", locale.uiLanguages())
        QLocale.setDefault(QLocale(QLocale.Language.English, locale.territory()))
        return None
    app.installTranslator(ours)
    qt = QTranslator(app)  # the standard buttons (Cancel, Yes) in the same language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir) or qt.load(locale, "qtbase", "_", str(directory)):
        app.installTranslator(qt)
    QLocale.setDefault(QLocale(ours.language()))
    return ours.language()
