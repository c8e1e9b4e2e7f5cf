"""Confirmation boxes, made in one place: opened window-modal, never with a blocking exec()."""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.api.models import AccessToken
from app.ui.shared.formatting import listed, permission_names, relative_time
from app.ui.shared.switchover import has_switched
from app.ui.shared.translation import fill, tr, translate
from app.ui.shared.widgets import error_color, named

SHOWN_BY_NAME = 5  # a longer list of tokens ends with "and 3 more"


def _destructive(button: QPushButton) -> QPushButton:
    """Mark a button whose action cannot be undone, in a red that suits the palette."""
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, error_color())
    button.setPalette(palette)
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    return button


def _box(
    parent: QWidget, *, object_name: str, title: str, text: str, informative: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setAccessibleName(title)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def revoke_confirmation(
    parent: QWidget, tokens: Sequence[AccessToken], *, current_too: bool = False
) -> QMessageBox:
    """Ask before revoking; Cancel is the default, Revoke is marked destructive.

    `current_too`: the merchant came from the token's old secret, so the box says that
    revoking ends the current one too. Its `accepted` signal means the merchant confirmed.
    """
    count = len(tokens)
    if count == 1:
        token = tokens[0]
        title = translate("dialogs", "Revoke token")
        text = fill(
            translate("dialogs", "Revoke the token for \u201c%1\u201d (%2)?"),
            token.username,
            permission_names(token.permissions),
        )
        action = translate("dialogs", "Revoke")
    else:
        title = tr("Revoke %n tokens", "", count)
        text = fill(tr("Revoke %n tokens: %1?", "", count), token_names(tokens))
        action = title
    consequences = tr(
        "API requests using them are rejected at once, so any system still using them stops "
        "working. They stay in your list as revoked and can never be used again.",
        "",
        count,
    )
    box = _box(
        parent,
        object_name="revokeConfirmDialog",
        title=title,
        text=text,
        informative=f"{_current_too()} {consequences}" if current_too else consequences,
    )
    return _destructive_or_cancel(box, action, "confirmRevokeButton", "cancelRevokeButton")


def token_names(tokens: Sequence[AccessToken]) -> str:
    """'“a”, “b” and “c”', or the first five and how many more."""
    names = [
        fill(translate("dialogs", "\u201c%1\u201d"), token.username)
        for token in tokens[:SHOWN_BY_NAME]
    ]
    if len(tokens) > SHOWN_BY_NAME:
        names.append(tr("%n more", "", len(tokens) - SHOWN_BY_NAME))
    return listed(names)


def _current_too() -> str:
    return translate(
        "dialogs",
        "The token you checked is the old one: revoking ends the current token too, which "
        "your developer may be using now. To end only the old one, choose Stop the old "
        "token instead.",
    )


def _destructive_or_cancel(
    box: QMessageBox, action: str, action_name: str, cancel_name: str
) -> QMessageBox:
    """The destructive choice, marked, beside Cancel, which Enter and Escape press."""
    confirm = _destructive(named(QPushButton(action, box), action_name, action))
    box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
    confirm.clicked.connect(box.accept)
    # A text button, as the destructive one is: some desktop styles put an icon on a
    # standard Cancel only, and a pair should have icons on both or neither.
    cancel_text = translate("dialogs", "Cancel")
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    named(cancel, cancel_name, cancel_text)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def stop_old_confirmation(parent: QWidget, token: AccessToken, now: datetime) -> QMessageBox:
    """Ask before the old secret of a rotated token stops working; Cancel is the default."""
    rotation = token.rotation
    assert rotation is not None
    stop = translate("dialogs", "Stop the old token")
    box = _box(
        parent,
        object_name="stopOldConfirmDialog",
        title=stop,
        text=fill(
            translate("dialogs", "Stop the old token of \u201c%1\u201d (ending \u2026%2) now?"),
            token.username,
            rotation.previous_hint,
        ),
        informative=fill(
            translate(
                "dialogs",
                "Anything still using the old token stops working at once; the new token "
                "(ending \u2026%1) keeps working.",
            ),
            token.token_hint,
        )
        + f" {_still_in_use(token, now)}",
    )
    return _destructive_or_cancel(box, stop, "confirmStopOldButton", "keepOldButton")


def _still_in_use(token: AccessToken, now: datetime) -> str:
    rotation = token.rotation
    assert rotation is not None
    if has_switched(token, now):
        return translate(
            "dialogs", "Your developer switched to the new one, so nothing should break."
        )
    if rotation.previous_last_used_at is None:
        return translate("dialogs", "Make sure your developer uses the new one first.")
    used = relative_time(rotation.previous_last_used_at, now)
    return fill(
        translate(
            "dialogs", "The old token was still used %1: make sure your developer switched first."
        ),
        used,
    )


def close_without_copy_confirmation(
    parent: QWidget, *, token_copied: bool, password_copied: bool
) -> QMessageBox:
    """Ask before the only view of a new token closes with the token, its password or both
    never copied."""
    text, informative = _not_copied(token_copied=token_copied, password_copied=password_copied)
    box = _box(
        parent,
        object_name="closeWithoutCopyDialog",
        title=translate("dialogs", "Not copied"),
        text=text,
        informative=informative,
    )
    close_text = translate("dialogs", "Close without copying")
    close = _destructive(named(QPushButton(close_text, box), "confirmCloseButton", close_text))
    box.addButton(close, QMessageBox.ButtonRole.DestructiveRole)
    close.clicked.connect(box.accept)
    back_text = translate("dialogs", "Go back")
    back = named(
        box.addButton(back_text, QMessageBox.ButtonRole.RejectRole), "goBackButton", back_text
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    return box


def _not_copied(*, token_copied: bool, password_copied: bool) -> tuple[str, str]:
    """The question and what it means, for what was not copied."""
    if not token_copied and not password_copied:
        return (
            translate("dialogs", "You have not copied the token and its password. Close anyway?"),
            translate(
                "dialogs",
                "You will not be able to see them again; you would have to revoke the token "
                "and create a new one.",
            ),
        )
    gone = translate(
        "dialogs",
        "You will not be able to see it again; you would have to revoke the token and "
        "create a new one.",
    )
    if not token_copied:
        return translate("dialogs", "You have not copied the token. Close anyway?"), gone
    return translate("dialogs", "You have not copied the password. Close anyway?"), gone


def remove_profile_confirmation(parent: QWidget, name: str) -> QMessageBox:
    """Ask before a profile goes: its remembered sign-in ends, here and on the server."""
    box = _box(
        parent,
        object_name="removeProfileConfirmDialog",
        title=translate("dialogs", "Remove profile"),
        text=fill(
            translate("dialogs", "Remove the profile \u201c%1\u201d from this computer?"), name
        ),
        informative=translate(
            "dialogs",
            "Its remembered sign-in ends, here and on the Shipturtle server; your account "
            "and your tokens stay as they are. To use it again, sign in with your password.",
        ),
    )
    remove = translate("dialogs", "Remove")
    return _destructive_or_cancel(box, remove, "confirmRemoveProfileButton", "keepProfileButton")
