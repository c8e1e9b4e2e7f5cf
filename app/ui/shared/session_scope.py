"""What belongs to one signed-in session and ends with it: its windows and a copied secret."""

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.services.clipboard import SecretClipboard


@runtime_checkable
class HoldsSecrets(Protocol):
    """A window showing secrets once (the show-once screen): closed without asking when the
    session ends; asked about first when the merchant signs out."""

    @property
    def copied(self) -> bool: ...

    def discard(self) -> None: ...

    def confirm_discard(self, then: Callable[[], None]) -> None: ...


class SessionScope(QObject):
    """The one owner of a session's lifetime: the flows hand it each window they open for
    the session (details, create, rotate, check, show-once, confirmations), and signing out
    or the session ending closes them all and clears a secret the app copied.
    """

    def __init__(self, clipboard: SecretClipboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._windows: list[QWidget] = []

    def adopt(self, window: QWidget) -> None:
        """`window` belongs to the current session; it is forgotten once destroyed."""
        self._windows.append(window)
        window.destroyed.connect(lambda: self._forget(window))

    def _forget(self, window: QWidget) -> None:
        if window in self._windows:
            self._windows.remove(window)

    def _open(self) -> list[QWidget]:
        return [w for w in self._windows if w.isVisible()]

    def unsaved(self) -> list[QWidget]:
        """Open windows whose secrets were never copied: closing them loses the secrets."""
        return [w for w in self._open() if isinstance(w, HoldsSecrets) and not w.copied]

    def after_asking(self, then: Callable[[], None]) -> None:
        """Run `then` (signing out), once the merchant agreed to lose secrets not copied."""
        unsaved = self.unsaved()
        if not unsaved:
            then()
            return
        window = unsaved[0]
        assert isinstance(window, HoldsSecrets)
        window.raise_()
        window.confirm_discard(lambda: self.after_asking(then))

    def end(self) -> None:
        """Close every window of the session (secrets forgotten) and clear a copied secret."""
        for window in reversed(self._open()):  # confirmations before what they confirm
            if isinstance(window, HoldsSecrets):
                window.discard()
            elif isinstance(window, QDialog):
                window.reject()  # its flow hears `rejected`, as after Cancel
            else:
                window.close()
        self._windows.clear()
        self._clipboard.clear_now()
