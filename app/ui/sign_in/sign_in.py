"""The sign-in window: its form, what went wrong, Sign in or Retry, and the demo."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.errors import RateLimitedError
from app.storage.settings import Settings
from app.ui.shared.accessibility import set_button_text
from app.ui.shared.countdown import Countdown
from app.ui.shared.error_words import error_sentence
from app.ui.shared.translation import translate
from app.ui.shared.widgets import (
    FieldError,
    at_least_as_wide_as,
    fit_to_screen,
    heading_label,
    keep_on_screen,
    keep_wrapped_text_whole,
    keep_wrapped_text_whole_on_resize,
    named,
    wrapped_label,
)
from app.ui.sign_in.sign_in_form import SignInForm
from app.ui.sign_in.sign_in_request import SignInRequest, profile_name

WIDTH = 460  # at least; more when a row needs it


class SignInWindow(QDialog):
    """Asks who the merchant is; Enter signs in, errors appear under the form.

    Signals:
        sign_in_requested(SignInRequest): the form was submitted and looks complete.
        retry_requested(): try the remembered session again (see `offer_retry`).
        demo_requested(): the merchant wants to try the demo store.
        profile_removal_requested(str): forget this profile and its remembered session.
    """

    sign_in_requested = Signal(object)
    retry_requested = Signal()
    demo_requested = Signal()
    profile_removal_requested = Signal(str)

    def __init__(
        self, settings: Settings, default_server: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._default_server = default_server
        self.setObjectName("signInWindow")
        # Qt adds " — Shipturtle Tokens", as to every window
        self.setWindowTitle(translate("SignInWindow", "Sign in"))
        self._build(settings)
        keep_on_screen(self)
        keep_wrapped_text_whole_on_resize(self)

    def _build(self, settings: Settings) -> None:
        title = heading_label(translate("SignInWindow", "Sign in to Shipturtle"), self)
        intro = wrapped_label(
            translate(
                "SignInWindow", "Manage the API access tokens you share with your developers."
            ),
            self,
        )
        self._form = SignInForm(settings, self._default_server, self)
        self._error = FieldError("signInError", self)
        self._notice = wrapped_label("", self, "signInNotice")
        self._notice.hide()
        sign_in = translate("SignInWindow", "Sign in")
        self._sign_in = named(QPushButton(sign_in, self), "signInButton", sign_in)
        self._sign_in.setDefault(True)
        retry = translate("SignInWindow", "Retry")
        self._retry = named(QPushButton(retry, self), "signInRetryButton", retry)
        self._retry.hide()
        self._demo = named(
            QPushButton(translate("SignInWindow", "Try the demo \u2013 no account needed"), self),
            "demoButton",
            translate("SignInWindow", "Try the demo"),
        )
        self._busy = False
        self._wait = Countdown(self)
        self._lay_out(title, intro)
        self._connect()

    def _lay_out(self, title: QLabel, intro: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self._demo)
        buttons.addStretch(1)
        buttons.addWidget(self._retry)
        buttons.addWidget(self._sign_in)
        layout = QVBoxLayout(self)
        for widget in (title, intro, self._form, self._error, self._notice):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        at_least_as_wide_as(self, WIDTH)

    def _connect(self) -> None:
        self._form.profile_removal_requested.connect(self.profile_removal_requested)
        self._form.grew.connect(self._fit)
        self._form.password_edited.connect(self._on_password_edited)
        self._sign_in.clicked.connect(self._on_sign_in_clicked)
        self._retry.clicked.connect(self._on_retry_clicked)
        self._demo.clicked.connect(self.demo_requested)
        for before, after in ((self._form.server_field, self._demo), (self._demo, self._retry)):
            self.setTabOrder(before, after)  # as they sit: the demo on the left
        self.setTabOrder(self._retry, self._sign_in)
        self._wait.ticked.connect(self._on_wait_ticked)
        self._wait.finished.connect(self._on_wait_finished)

    # What the merchant entered

    @property
    def email(self) -> str:
        return self._form.email

    @property
    def server_url(self) -> str:
        return self._form.server_url

    @property
    def remember(self) -> bool:
        return self._form.remember

    # Reactions

    @Slot()
    def _on_password_edited(self) -> None:
        self._sign_in.setDefault(True)  # a typed password is for Sign in, not for Retry

    @Slot()
    def _on_sign_in_clicked(self) -> None:
        if self._busy:
            return  # pressed again while signing in: once is enough
        form = self._form
        if "@" not in self.email:
            missing = translate("SignInWindow", "Enter the email you use to sign in to Shipturtle.")
            self._show_error_on(form.email_field, missing)
            form.email_field.setFocus()
            return
        if not form.password:
            missing = translate("SignInWindow", "Enter your password.")
            self._show_error_on(form.password_field, missing)
            form.password_field.setFocus()
            return
        self.show_error(None)
        self.offer_retry(False)
        self.sign_in_requested.emit(
            SignInRequest(
                profile=profile_name(self.email, self.server_url, self._default_server),
                server_url=self.server_url,
                email=self.email,
                password=form.password,
                remember=self.remember,
            )
        )

    @Slot()
    def _on_retry_clicked(self) -> None:
        if not self._busy:
            self.retry_requested.emit()

    # What the app tells the merchant

    def set_busy(self, busy: bool) -> None:
        """While busy nothing can be pressed twice; the pressed button keeps the focus and
        says, to the eye and to screen readers, what is happening."""
        pressed = self._retry if self._retry.isVisible() else self._sign_in
        if busy:
            pressed.setFocus()  # before the field that had it is disabled and passes it on
        self._busy = busy
        for widget in (self._demo, self._retry, self._sign_in):
            widget.setEnabled(not busy or widget is pressed)
        self._form.set_busy(busy)
        if busy:
            set_button_text(pressed, translate("SignInWindow", "Signing in\u2026"))
        elif pressed is self._retry:
            set_button_text(pressed, translate("SignInWindow", "Retry"))
        else:
            set_button_text(pressed, translate("SignInWindow", "Sign in"))

    def set_keychain_problem(self, problem: str | None) -> None:
        """Why sessions cannot be remembered here; said under Remember me while it is ticked."""
        self._form.set_keychain_problem(problem)

    def offer_retry(self, offered: bool) -> None:
        """Offer to try the remembered session again; Enter then means Retry."""
        self._retry.setVisible(offered)
        (self._retry if offered else self._sign_in).setDefault(True)
        if offered:
            self._retry.setFocus()

    def wait_before_retry(self, seconds: int) -> None:
        """Too many attempts: count the wait down; Sign in comes back when it is over."""
        self._sign_in.setEnabled(False)
        self._wait.start(seconds)

    @Slot(int)
    def _on_wait_ticked(self, left: int) -> None:
        message = error_sentence(RateLimitedError(left))
        if self._error.isVisible():  # saying why: only the number changes, heard once
            self._error.setText(message)
        else:
            self.show_error(message)

    @Slot()
    def _on_wait_finished(self) -> None:
        self._sign_in.setEnabled(True)
        self.show_error(translate("SignInWindow", "You can try again now."))

    def show_error(self, message: str | None, *, concerns_server: bool = False) -> None:
        """Say what went wrong, tied to the field to fix; open Advanced when it is the server."""
        if concerns_server:
            self._form.show_server()
        field = self._form.server_field if concerns_server else self._form.password_field
        self._show_error_on(field, message)

    def show_reason(self, message: str | None, *, retry: bool) -> None:
        """Why a remembered session could not be used; with Retry when trying again may help."""
        self.offer_retry(retry)
        self._show_error_on(self._retry if retry else self._form.password_field, message)
        if not retry:
            self._form.password_field.setFocus()

    def _show_error_on(self, field: QWidget, message: str | None) -> None:
        self._error.tie_to(field)
        self._error.show_message(message)
        self._fit()

    def focus_field_to_fix(self, *, concerns_server: bool) -> None:
        """After a failed sign-in: the server address, or the password, ready to retype."""
        field = self._form.server_field if concerns_server else self._form.password_field
        field.setFocus()
        field.selectAll()

    def show_notice(self, message: str) -> None:
        self._notice.setText(message)
        self._notice.show()
        self._fit()

    # Size

    @Slot()
    def _fit(self) -> None:
        """Grow to show every line (an error, the server field), and stay on the screen."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        keep_wrapped_text_whole(self)  # wider too when a row needs it (the server's label)
        if self.isVisible():
            fit_to_screen(self)
