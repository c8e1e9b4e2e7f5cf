"""Every window in the pseudo-locale: no word left out of the catalogue, none cut off.

The pseudo-locale (tools/i18n.py) turns "Sign in" into "⟦Šîĝñ îñ ~~~⟧": accented, about 40 %
longer, between markers. A text a merchant sees without the markers did not go through the
catalogue (or is the merchant's own data: names, dates, addresses); a text wider than its
room at 800x600 would be cut off in a language with longer words, as German often is.
"""

import re
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as NotLaidOutYet
from pytestqt.qtbot import QtBot

from app.sandbox import RunningSandbox
from app.sandbox.records import PERMISSIONS
from app.ui.controller import AppController
from tests.helpers.event_loop import settle
from tests.ui.helpers import action, click, find, main_window, message_box, shown_window
from tests.ui.test_accessibility import HELP_DIALOGS, SCENES, _help_dialog
from tests.ui.test_merchant_path import start_demo
from tests.ui.test_token_life import row_of
from tools import i18n

SCREEN = (800, 600)
# Key names in shortcuts are Qt's own words (QKeySequence), as a keyboard labels its keys.
KEYS = re.compile(
    r"\b(Ctrl|Shift|Alt|Meta|Del|Ins|Esc|Return|Enter|Tab|Backspace|Space|PgUp|PgDown|Home|End"
    r"|F\d{1,2})\b"
)


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The pseudo-locale's catalogue, loaded before any window is built."""
    translator = QTranslator()
    assert translator.load(str(i18n.make_pseudo(tmp_path)))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@dataclass(frozen=True)
class Text:
    where: str
    text: str


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _texts_of(widget: QWidget) -> Iterator[Text]:
    """What a merchant reads or hears of one widget."""
    where = _name(widget)
    if isinstance(widget, QLabel | QAbstractButton):
        yield Text(where, widget.text())
    elif isinstance(widget, QLineEdit) and not widget.text():
        yield Text(f"{where} placeholder", widget.placeholderText())
    elif isinstance(widget, QComboBox):
        yield from (Text(f"{where} item", widget.itemText(i)) for i in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        yield from (
            Text(f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal)))
            for column in range(model.columnCount())
            if model.headerData(column, Qt.Orientation.Horizontal) is not None
        )
    if widget.isWindow():
        yield Text(f"{where} title", widget.windowTitle())
    yield Text(f"{where} tooltip", widget.toolTip())
    yield Text(f"{where} accessible name", widget.accessibleName())
    yield Text(f"{where} accessible description", widget.accessibleDescription())


def _menu_texts(window: QWidget) -> Iterator[Text]:
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            yield from _entries(menu_action)


def _entries(menu_action: QAction) -> Iterator[Text]:
    """An entry of a menu, and those of its submenus (View > Sort by, Language)."""
    yield Text(f"{menu_action.objectName()} entry", menu_action.text())
    yield Text(f"{menu_action.objectName()} tooltip", menu_action.toolTip())
    menu = menu_action.menu()
    if isinstance(menu, QMenu):
        for entry in menu.actions():
            if not entry.isSeparator():
                yield from _entries(entry)


def _shown(window: QWidget) -> list[QWidget]:
    return [w for w in (window, *window.findChildren(QWidget)) if w.isVisible()]


def all_texts(window: QWidget) -> list[Text]:
    texts = [text for widget in _shown(window) for text in _texts_of(widget)]
    return [*texts, *_menu_texts(window)]


def _data_words(window: QWidget) -> list[str]:
    """The merchant's own data a window may show as it is: tokens, store, dates, addresses."""
    main = main_window()
    words: list[str] = []
    for token in main.model.tokens:
        words += [token.username, token.note or "", token.token_hint, *token.permissions]
        if token.rotation is not None:
            words.append(token.rotation.previous_hint)
    locale = QLocale()
    for month in range(1, 13):
        words += [locale.monthName(month, f) for f in QLocale.FormatType]
    for day in range(1, 8):
        words += [locale.dayName(day, f) for f in QLocale.FormatType]
    for label, description in PERMISSIONS.values():  # the server's words, in its language
        words += [label, description]
    words += ["English"]  # a language by its own name, in every language (View > Language)
    words += ["Shipturtle Tokens", "Shipturtle", "Demo Store", "AM", "PM", "https", "www", "stp"]
    return sorted((word for word in words if word), key=len, reverse=True)


def untranslated(window: QWidget, data: list[str]) -> list[str]:
    """Texts with a letter outside the markers that is not the merchant's own data."""
    found = []
    for item in all_texts(window):
        outside, inner = item.text, f"{i18n.OPEN}[^{i18n.OPEN}{i18n.CLOSE}]*{i18n.CLOSE}"
        while re.search(inner, outside):  # a sentence may hold another: innermost first
            outside = re.sub(inner, "", outside)
        outside = KEYS.sub("", outside)
        for word in data:
            outside = outside.replace(word, "")
        outside = re.sub(r"\S+@\S+|\S+://\S+|[\w-]+\.(com|org|net)\b", "", outside)  # addresses
        if re.search(r"[^\W\d_]{2,}", outside):
            found.append(f"{item.where}: {item.text!r}")
    return sorted(set(found))


def _cut(widget: QWidget, text: str, needed: int, room: int, what: str) -> str:
    return f"{_name(widget)} {text[:40]!r}: needs {needed} px of {what}, has {room}"


def _label_cut(label: QLabel) -> str | None:
    room = label.contentsRect()
    if label.wordWrap():  # as QLabel paints it: wrapped within its room
        room = room.adjusted(label.margin(), label.margin(), -label.margin(), 0)
        flags = Qt.TextFlag.TextWordWrap | label.alignment()
        needed = label.fontMetrics().boundingRect(room, flags, label.text()).height()
        return (
            _cut(label, label.text(), needed, room.height(), "height")
            if (needed > room.height() + 1)
            else None
        )
    if "\n" in label.text() or label.textFormat() == Qt.TextFormat.RichText:
        return None
    shown = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    needed = label.fontMetrics().horizontalAdvance(shown)
    return _cut(label, shown, needed, room.width(), "width") if needed > room.width() + 1 else None


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons whose text is wider (or, wrapped, taller) than their room."""
    found = []
    for widget in _shown(window):
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            found.append(_label_cut(widget))
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
            if needed > widget.width() + 1:
                found.append(_cut(widget, widget.text(), needed, widget.width(), "width"))
    return [problem for problem in found if problem]


def _fit_to_the_screen(window: QWidget) -> None:
    width, height = SCREEN
    window.resize(min(window.width(), width), min(window.height(), height))


def _sign_in(qtbot: QtBot, controller: AppController, sandbox: RunningSandbox) -> QWidget:
    controller.start(demo=False)
    sign_in = shown_window(qtbot, "signInWindow", QWidget)
    click(qtbot, sign_in, "signInAdvanced")
    find(sign_in, QLineEdit, "signInServer").setText(sandbox.url)
    find(sign_in, QLineEdit, "signInEmail").setText("nobody@example.com")
    find(sign_in, QLineEdit, "signInPassword").setText("not-it")
    click(qtbot, sign_in, "signInButton")
    error = find(sign_in, QLabel, "signInError")
    qtbot.waitUntil(error.isVisible, timeout=10000)
    return sign_in


Scene = Callable[[QtBot], QWidget]


def _revoke_box(qtbot: QtBot) -> QWidget:
    main_window().select_token(row_of("warehouse-sync").id)
    action(main_window(), "revokeAction").trigger()
    return message_box(qtbot, "revokeConfirmDialog")


def _not_copied_box(qtbot: QtBot) -> QWidget:
    reveal = SCENES["show once"](qtbot)
    click(qtbot, reveal, "doneButton")  # the password was not copied
    return message_box(qtbot, "closeWithoutCopyDialog")


def _nothing_found(qtbot: QtBot) -> QWidget:
    find(main_window(), QLineEdit, "searchField").setText("no such token")
    return main_window()


def _locked(qtbot: QtBot) -> QWidget:
    SCENES["show once"](qtbot)  # a token not copied waits behind the lock
    action(main_window(), "lockAction").trigger()
    return shown_window(qtbot, "lockWindow", QWidget)


def _unlock_refused(qtbot: QtBot) -> QWidget:
    """The lock window of a real account, after a wrong password."""
    from app.api.errors import InvalidCredentialsError
    from app.ui.lock.lock_window import LockWindow
    from app.ui.shared.error_words import error_sentence

    window = LockWindow("Demo Store", "merchant@example.com", needs_password=True, waiting=2)
    qtbot.addWidget(window)
    window.show()
    window.show_error(error_sentence(InvalidCredentialsError()))
    return window


def _send_link(qtbot: QtBot) -> QWidget:
    """The Send dialog once its link is made (its message copied)."""
    reveal = SCENES["show once"](qtbot)
    click(qtbot, reveal, "sendLinkButton")
    sending = shown_window(qtbot, "sendLinkDialog", QWidget)
    click(qtbot, sending, "makeLinkButton")
    made = find(sending, QAbstractButton, "linkHours1")
    qtbot.waitUntil(lambda: not made.isEnabled(), timeout=10000)  # the link is made
    return sending


def _link_receipt(qtbot: QtBot) -> QWidget:
    """Details with a link sent and opened by the developer."""
    from PySide6.QtGui import QGuiApplication

    from tests.helpers.hand_offs import open_as_developer

    sending = _send_link(qtbot)
    link = next(w for w in QGuiApplication.clipboard().text().split() if "/hand-off/" in w)
    sending.close()
    open_as_developer(link.split("/hand-off/")[0], link)
    action(main_window(), "detailsAction").trigger()  # on the new token, selected
    details = shown_window(qtbot, "detailsPanel", QWidget)
    qtbot.waitUntil(lambda: details.findChild(QLabel, "receipt0") is not None, timeout=10000)
    return details


def _help(action_name: str, dialog_name: str) -> Scene:
    def scene(qtbot: QtBot) -> QWidget:
        return _help_dialog(qtbot, action_name, dialog_name)

    return scene


WALK: dict[str, Scene] = {
    **SCENES,
    **{dialog: _help(a, dialog) for a, dialog in HELP_DIALOGS},
    "revoke confirmation": _revoke_box,
    "closing before a copy": _not_copied_box,
    "nothing found": _nothing_found,
    "locked": _locked,
    "unlock refused": _unlock_refused,
    "send a link": _send_link,
    "a link's receipt": _link_receipt,
}


@pytest.mark.parametrize("scene", WALK)
def test_every_window_speaks_the_catalogue_and_fits(
    pseudo_locale: None, qtbot: QtBot, controller: AppController, scene: str
) -> None:
    start_demo(qtbot, controller)
    window = WALK[scene](qtbot)
    _fit_to_the_screen(window)
    settle(qtbot)
    data = _data_words(window)
    assert untranslated(window, data) == []
    # Once laid out: an answer (the activity, say) may have come in just before.
    with suppress(NotLaidOutYet):
        qtbot.waitUntil(lambda: clipped(window) == [], timeout=3000)
    assert clipped(window) == []


def test_the_sign_in_window_too(
    pseudo_locale: None, qtbot: QtBot, controller: AppController, sandbox: RunningSandbox
) -> None:
    window = _sign_in(qtbot, controller, sandbox)
    settle(qtbot)
    assert untranslated(window, ["nobody@example.com", "Shipturtle"]) == []
    assert clipped(window) == []


def test_the_walk_sees_a_word_left_out_and_a_line_cut_off(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    left_out = QLabel("Saved.", window)
    cut = QLabel(f"{i18n.OPEN}{'word ' * 40}{i18n.CLOSE}", window)
    cut.setWordWrap(True)
    cut.setGeometry(0, 30, 200, 20)
    narrow = QLabel(f"{i18n.OPEN}{'x' * 60}{i18n.CLOSE}", window)
    narrow.setGeometry(0, 60, 50, 20)
    window.show()
    assert untranslated(window, []) == ["QLabel: 'Saved.'"]
    found = clipped(window)
    assert len(found) == 2
    assert "of height" in found[0]  # the wrapped one: lines below its room
    assert "of width" in found[1]  # the one-line one: wider than its room
    assert left_out.isVisible()
