"""The sign-in window: profile, email, password, server under Advanced, and the demo."""

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.address import host_and_port
from app.api.secret import Secret
from app.storage.settings import Profile, Settings
from app.ui.widgets import FieldError, named

NEW_PROFILE = "New profile"


@dataclass(frozen=True)
class SignInRequest:
    profile: str
    server_url: str
    email: str
    password: Secret
    remember: bool


def profile_name(email: str, server_url: str, default_server: str) -> str:
    """Name a profile after the email, and the server when it is not the usual one."""
    if server_url.rstrip("/") == default_server.rstrip("/"):
        return email
    # The port stays in the name: two local servers are two profiles.
    return f"{email} on {host_and_port(server_url) or server_url}"


class SignInWindow(QDialog):
    """Asks who the merchant is; Enter signs in, errors appear under the form.

    Signals:
        sign_in_requested(SignInRequest): the form was submitted and looks complete.
        demo_requested(): the merchant wants to try the demo store.
    """

    sign_in_requested = Signal(object)
    demo_requested = Signal()
    profile_removal_requested = Signal(str)

    def __init__(
        self, settings: Settings, default_server: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._profiles = {profile.name: profile for profile in settings.profiles}
        self._default_server = default_server
        self.setObjectName("signInWindow")
        self.setWindowTitle("Sign in \u2013 Shipturtle Tokens")
        self._build()
        self._fill_profiles(settings.last_profile)
        self._on_advanced_toggled(False)

    def _build(self) -> None:
        title = QLabel("Sign in to Shipturtle", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel("Manage the API access tokens you share with your developers.", self)
        intro.setWordWrap(True)
        self._profile = named(QComboBox(self), "signInProfile", "Profile")
        self._remove_profile = named(
            QPushButton("Remove", self), "removeProfileButton", "Remove this profile"
        )
        self._remove_profile.setToolTip(
            "Forget this profile on this computer, and the sign-in it remembers"
        )
        self._email = named(QLineEdit(self), "signInEmail", "Email")
        self._email.setPlaceholderText("you@yourstore.com")
        self._password = named(QLineEdit(self), "signInPassword", "Password")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._remember = named(
            QCheckBox("Remember me on this computer", self), "signInRemember", "Remember me"
        )
        self._advanced = named(QPushButton(self), "signInAdvanced", "Advanced")
        self._advanced.setCheckable(True)
        self._advanced.setFlat(True)
        self._server = named(QLineEdit(self), "signInServer", "Server address")
        self._error = FieldError("signInError", self)
        self._notice = QLabel(self)
        self._notice.setObjectName("signInNotice")
        self._notice.setWordWrap(True)
        self._notice.hide()
        self._sign_in = named(QPushButton("Sign in", self), "signInButton", "Sign in")
        self._sign_in.setDefault(True)
        self._demo = named(
            QPushButton("Try the demo \u2013 no account needed", self), "demoButton", "Try the demo"
        )
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)
        self._wait_left = 0
        self._lay_out(title, intro)
        self._connect()

    def _lay_out(self, title: QLabel, intro: QLabel) -> None:
        form = QFormLayout()
        profile_row = QHBoxLayout()
        profile_row.addWidget(self._profile, 1)
        profile_row.addWidget(self._remove_profile)
        profile_label = QLabel("&Profile", self)
        profile_label.setBuddy(self._profile)
        form.addRow(profile_label, profile_row)
        form.addRow("&Email", self._email)
        form.addRow("Pass&word", self._password)
        form.addRow("", self._remember)
        advanced_row = QHBoxLayout()
        advanced_row.addWidget(self._advanced)
        advanced_row.addStretch(1)
        form.addRow("", advanced_row)
        self._server_label = QLabel("&Server address", self)
        self._server_label.setBuddy(self._server)
        form.addRow(self._server_label, self._server)
        buttons = QHBoxLayout()
        buttons.addWidget(self._demo)
        buttons.addStretch(1)
        buttons.addWidget(self._sign_in)
        layout = QVBoxLayout(self)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(self._notice)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def _connect(self) -> None:
        self._profile.currentIndexChanged.connect(self._on_profile_changed)
        self._remove_profile.clicked.connect(self._on_remove_profile_clicked)
        self._advanced.toggled.connect(self._on_advanced_toggled)
        self._sign_in.clicked.connect(self._on_sign_in_clicked)
        self._demo.clicked.connect(self.demo_requested)

    def _fill_profiles(self, last: str | None) -> None:
        self._profile.addItems([*self._profiles, NEW_PROFILE])
        if last in self._profiles:
            self._profile.setCurrentText(last)
        self._on_profile_changed()

    # What the merchant entered

    @property
    def email(self) -> str:
        return self._email.text().strip()

    @property
    def server_url(self) -> str:
        return self._server.text().strip() or self._default_server

    @property
    def remember(self) -> bool:
        return self._remember.isChecked()

    # Reactions

    @Slot()
    def _on_profile_changed(self) -> None:
        profile = self._profiles.get(self._profile.currentText())
        self._remove_profile.setEnabled(profile is not None)
        if profile is None:
            profile = Profile(NEW_PROFILE, self._default_server)
        self._email.setText(profile.email)
        self._server.setText(profile.server_url)
        self._remember.setChecked(profile.remember)
        self._password.clear()
        (self._password if profile.email else self._email).setFocus()

    @Slot()
    def _on_remove_profile_clicked(self) -> None:
        name = self._profile.currentText()
        if self._profiles.pop(name, None) is None:
            return
        self._profile.removeItem(self._profile.currentIndex())
        self.profile_removal_requested.emit(name)

    @Slot(bool)
    def _on_advanced_toggled(self, shown: bool) -> None:
        self._advanced.setText(("\u25be " if shown else "\u25b8 ") + "Advanced")
        self._server.setVisible(shown)
        self._server_label.setVisible(shown)

    @Slot()
    def _on_sign_in_clicked(self) -> None:
        if "@" not in self.email:
            self.show_error("Enter the email you use to sign in to Shipturtle.")
            self._email.setFocus()
            return
        if not self._password.text():
            self.show_error("Enter your password.")
            self._password.setFocus()
            return
        self.show_error(None)
        self.sign_in_requested.emit(
            SignInRequest(
                profile=profile_name(self.email, self.server_url, self._default_server),
                server_url=self.server_url,
                email=self.email,
                password=Secret(self._password.text()),
                remember=self.remember,
            )
        )

    # What the app tells the merchant

    def set_busy(self, busy: bool, text: str = "Signing in\u2026") -> None:
        """While busy nothing can be pressed twice; the button says what is happening."""
        for widget in (self._profile, self._email, self._password, self._remember, self._server):
            widget.setEnabled(not busy)
        self._sign_in.setEnabled(not busy)
        self._demo.setEnabled(not busy)
        self._sign_in.setText(text if busy else "Sign in")

    def wait_before_retry(self, seconds: int) -> None:
        """Too many attempts: count the wait down; Sign in comes back when it is over."""
        self._wait_left = seconds
        self._sign_in.setEnabled(False)
        self._on_wait_timer_timeout()
        self._wait_timer.start()

    @Slot()
    def _on_wait_timer_timeout(self) -> None:
        if self._wait_left <= 0:
            self._wait_timer.stop()
            self._sign_in.setEnabled(True)
            self.show_error("You can try again now.")
            return
        unit = "second" if self._wait_left == 1 else "seconds"
        self.show_error(f"Too many attempts. Wait {self._wait_left} {unit} and try again.")
        self._wait_left -= 1

    def show_error(self, message: str | None, *, concerns_server: bool = False) -> None:
        """Say what went wrong; show the server field when the fix may be there."""
        self._error.show_message(message)
        if concerns_server and not self._advanced.isChecked():
            self._advanced.setChecked(True)

    def focus_field_to_fix(self, *, concerns_server: bool) -> None:
        """After a failed sign-in: the server address, or the password, ready to retype."""
        field = self._server if concerns_server else self._password
        field.setFocus()
        field.selectAll()

    def show_notice(self, message: str) -> None:
        self._notice.setText(message)
        self._notice.show()
