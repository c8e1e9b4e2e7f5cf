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

    def hide_behind_lock(self) -> None:
        """Hidden, the secrets out of every widget (kept in `Secret`s), copying off."""

    def show_again(self) -> None:
        """Unlocked: shown as before the lock."""


class SessionScope(QObject):
    """The one owner of a session's lifetime: the flows hand it each window they open for
    the session (details, create, rotate, check, show-once, confirmations), and signing out
    or the session ending closes them all and clears a secret the app copied.

    Locking closes them too, but for a show-once screen whose secrets were not copied yet:
    that one is kept hidden behind the lock (a secret that cannot be shown again is never
    thrown away), as is one whose answer arrives while locked; unlocking shows them again.
    """

    def __init__(self, clipboard: SecretClipboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._windows: list[QWidget] = []
        self._behind_lock: list[QWidget] = []
        self._locked = False

    @property
    def locked(self) -> bool:
        return self._locked

    def adopt(self, window: QWidget) -> None:
        """`window` belongs to the current session; it is forgotten once destroyed."""
        self._windows.append(window)
        window.destroyed.connect(lambda: self._forget(window))

    def present(self, window: QDialog) -> None:
        """Adopt `window` and open it; while locked, a show-once screen waits behind the lock
        and anything else is not opened at all."""
        self.adopt(window)
        if not self._locked:
            window.open()
        elif isinstance(window, HoldsSecrets):
            self._keep_behind_lock(window)
        else:
            self._close(window)

    def _forget(self, window: QWidget) -> None:
        for windows in (self._windows, self._behind_lock):
            if window in windows:
                windows.remove(window)

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
        self._locked = False
        for window in [*reversed(self._open()), *self._behind_lock]:  # confirmations first
            self._close(window)
        self._windows.clear()
        self._behind_lock.clear()
        self._clipboard.clear_now()

    def lock(self) -> None:
        """Close the session's windows but keep show-once screens not copied yet, hidden and
        their secrets out of every widget; clear a copied secret."""
        self._locked = True
        for window in reversed(self._open()):  # confirmations before what they confirm
            if isinstance(window, HoldsSecrets) and not window.copied:
                self._keep_behind_lock(window)
            else:
                self._close(window)
        self._clipboard.clear_now()

    def unlock(self) -> None:
        """Signed in again: the show-once screens kept behind the lock come back."""
        self._locked = False
        kept, self._behind_lock = self._behind_lock, []
        for window in kept:
            assert isinstance(window, HoldsSecrets)
            window.show_again()

    @property
    def behind_lock(self) -> int:
        """How many show-once screens wait behind the lock."""
        return len(self._behind_lock)

    def _keep_behind_lock(self, window: HoldsSecrets) -> None:
        window.hide_behind_lock()
        assert isinstance(window, QWidget)
        if window not in self._behind_lock:
            self._behind_lock.append(window)

    @staticmethod
    def _close(window: QWidget) -> None:
        if isinstance(window, HoldsSecrets):
            window.discard()
        elif isinstance(window, QDialog):
            window.reject()  # its flow hears `rejected`, as after Cancel
        else:
            window.close()
