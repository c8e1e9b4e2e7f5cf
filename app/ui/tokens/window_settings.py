"""What the main window keeps in the settings: where it was, its columns, its language."""

from app.storage.settings import Preferences
from app.ui.shared.widgets import restore_geometry
from app.ui.tokens.language_menu import LanguageMenu
from app.ui.tokens.main_window import MainWindow


def keep_in_settings(window: MainWindow, preferences: Preferences, languages: list[str]) -> None:
    """Put the window as the merchant left it, and remember what they change."""
    restore_geometry(window, preferences.settings.window_geometry)
    window.show_token_columns(list(preferences.settings.token_columns))
    window.columns_changed.connect(preferences.remember_token_columns)
    window.add_to_view_menu(LanguageMenu(languages, preferences, window.show_status, window))
