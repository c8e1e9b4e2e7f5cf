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
    return sorted(
        path.stem.removeprefix(prefix) for path in directory.glob(f"{prefix}*.qm") if path.is_file()
    )


def install_language(app: QCoreApplication, language: str | None, directory: Path) -> str | None:
    """Load the app's and Qt's own words for `language` (None: the system's languages, in
    the order the merchant prefers them), and make dates and numbers follow them. Returns
    the language loaded; None: English, the words in the code (with the region's formats)."""
    locale = QLocale(language) if language else QLocale.system()
    ours = QTranslator(app)
    if not ours.load(locale, CATALOGUE, "_", str(directory)):
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
