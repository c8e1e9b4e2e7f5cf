"""What screen readers are told beyond names: announcements, and errors tied to their field."""

import functools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.ui.shared.translation import fill, translate


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `message` once, as coming from `widget`.

    For what changes without the focus moving: a confirmation ("Copied"), a failed request.
    Assertive interrupts what is being read; keep it for errors.
    """
    # Here, not at the top: loading Qt's accessibility types costs ~3 ms that the sign-in
    # window would otherwise pay before it can appear.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
    window = widget.window()
    if window.isVisible():
        _notice_in(window).tell(message)
    else:  # said as the window opens (a warning a dialog opens with)
        _SayWhenShown(window, message)


class _SayWhenShown(QObject):
    """Tells a window's notice once the window has appeared, then goes."""

    def __init__(self, window: QWidget, message: str) -> None:
        super().__init__(window)
        self._window = window
        self._message = message
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._tell)  # after the window's own events
        return False

    def _tell(self) -> None:
        _notice_in(self._window).tell(self._message)
        self.deleteLater()


class _SpokenNotice(QLabel):
    """What screen readers older than Qt's announcements hear (Debian 12's Orca 43 among
    them): a notification object, one pixel of nothing on screen, that shows again with
    each message as its name. Orca speaks a notification as it appears."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        _install_notice_factory()
        self.setObjectName("spokenNotice")
        self.setGeometry(0, 0, 1, 1)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def tell(self, message: str) -> None:
        self.hide()
        self.setAccessibleName(message)
        self.show()  # "showing", with the message: what Orca 43 presents
        self.lower()


def _notice_in(window: QWidget) -> _SpokenNotice:
    found = window.findChild(
        _SpokenNotice, "spokenNotice", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if isinstance(found, _SpokenNotice) else _SpokenNotice(window)


@functools.cache
def _install_notice_factory() -> None:
    """Once: a notice is a notification to screen readers, not a label."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    def interface(_class_name: str, target: QObject) -> QAccessibleWidget | None:
        if isinstance(target, _SpokenNotice):
            return QAccessibleWidget(target, QAccessible.Role.Notification)
        return None

    QAccessible.installFactory(interface)


def describe_error(field: QWidget, message: str | None) -> None:
    """Tie an error to the field it is about, so the field's description says it.

    Qt widgets offer no way to set the accessible "invalid" state without replacing their
    whole accessible interface, so, as KDE's Kleopatra does, the description says "Error:".
    """
    field.setAccessibleDescription(error_described(message) if message else "")


def error_described(message: str) -> str:
    """An error as a field's description says it: 'Error: ' before it, as KDE's apps do."""
    return fill(translate("accessibility", "Error: %1"), message)


def set_button_text(button: QAbstractButton, text: str) -> None:
    """Change what a button says, for the eye and the screen reader alike.

    A button named once keeps that name while its text changes ("Rotate" while it shows
    "Rotating..."), so a screen reader would go on saying the old word.
    """
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))
