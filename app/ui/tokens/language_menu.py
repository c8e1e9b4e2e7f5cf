"""The View menu's Language entries: the system's language, English, or another the app has."""

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.storage.settings import Preferences
from app.ui.shared.translation import fill, translate

# Qt names a language with its main region ("American English", "español de España").
_OWN_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
    "nl": "Nederlands",
    "pt": "Português",
}


def language_name(language: str) -> str:
    """A language by its own name ("Deutsch", "Español"), as its speakers look for it."""
    name = _OWN_NAMES.get(language) or QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


class LanguageMenu(QMenu):
    """One checked choice; a new one is remembered, said, and applies at the next start (the
    windows' words are made once, as they are built)."""

    def __init__(
        self,
        languages: list[str],
        preferences: Preferences,
        say: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(translate("LanguageMenu", "&Language"), parent)
        self.setObjectName("languageMenu")
        self._preferences = preferences
        self._say = say
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._add(translate("LanguageMenu", "System language"), None)
        self.addSeparator()
        for language in ["en", *(name for name in languages if name != "en")]:
            self._add(language_name(language), language)

    def _add(self, text: str, language: str | None) -> None:
        action = QAction(text, self)
        action.setObjectName(f"language_{language or 'system'}")
        action.setCheckable(True)
        action.setChecked(language == self._preferences.settings.language)
        action.triggered.connect(lambda: self._choose(language))
        self._group.addAction(action)
        self.addAction(action)

    def _choose(self, language: str | None) -> None:
        if language == self._preferences.settings.language:
            return
        self._preferences.remember_language(language)
        if language is None:
            self._say(
                translate(
                    "LanguageMenu",
                    "The app will use your system's language the next time it starts.",
                )
            )
        else:
            self._say(
                fill(
                    translate("LanguageMenu", "The app will be in %1 the next time it starts."),
                    language_name(language),
                )
            )
