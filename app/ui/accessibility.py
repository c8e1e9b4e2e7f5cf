"""What screen readers are told beyond names: announcements, and errors tied to their field."""

from PySide6.QtWidgets import QAbstractButton, QWidget


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


def describe_error(field: QWidget, message: str | None) -> None:
    """Tie an error to the field it is about, so the field's description says it.

    Qt widgets offer no way to set the accessible "invalid" state without replacing their
    whole accessible interface, so, as KDE's Kleopatra does, the description says "Error:".
    """
    field.setAccessibleDescription(f"Error: {message}" if message else "")


def set_button_text(button: QAbstractButton, text: str) -> None:
    """Change what a button says, for the eye and the screen reader alike.

    A button named once keeps that name while its text changes ("Rotate" while it shows
    "Rotating..."), so a screen reader would go on saying the old word.
    """
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))
