"""Judging a password's strength while the merchant types: debounced, off the GUI thread."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Slot

from app.api.errors import ApiError
from app.api.password_strength import Strength, password_strength
from app.api.secret import Secret
from app.services.runner import BackgroundRunner

DEBOUNCE_MS = 250
_OnJudged = Callable[[Strength | None], None]


class PasswordStrengthCheck(QObject):
    """Scores the latest password typed, once typing pauses; older answers are dropped.

    zxcvbn takes up to about 200 ms on a 128-character password and is imported on first
    use, so it runs on a worker thread of its own, never in the way of the API calls.
    """

    def __init__(
        self,
        runner: BackgroundRunner | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner or BackgroundRunner(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pending: tuple[Secret, tuple[str, ...], _OnJudged] | None = None
        self._generation = 0

    def judge(self, password: Secret, user_inputs: Sequence[str], on_judged: _OnJudged) -> None:
        """Call `on_judged` with the strength once typing pauses, unless asked again first;
        with None if it cannot be judged (the server still judges it)."""
        self._generation += 1
        self._pending = (password, tuple(user_inputs), on_judged)
        self._timer.start()

    def cancel(self) -> None:
        self._generation += 1
        self._pending = None
        self._timer.stop()

    def shutdown(self) -> None:
        self.cancel()
        self._runner.shutdown()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._pending is None:
            return
        password, inputs, on_judged = self._pending
        self._pending = None
        generation = self._generation

        def on_success(strength: Strength) -> None:
            if generation == self._generation:  # the merchant has not typed since
                on_judged(strength)

        def on_failure(_error: ApiError) -> None:
            if generation == self._generation:
                on_judged(None)

        self._runner.run(
            lambda: password_strength(password.reveal(), inputs), on_success, on_failure, self
        )
