"""The sign-in form: profile, email, password, Remember me, and the server under Advanced."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from app.api.secret import Secret
from app.storage.settings import Profile, Settings
from app.ui.shared.disclosure import Disclosure
from app.ui.shared.show_password import ShowPasswordButton
from app.ui.shared.translation import translate
from app.ui.shared.widgets import buddy_label, named, wrapped_label
from app.ui.sign_in.profile_chooser import ProfileChooser


class SignInForm(QWidget):
    """What the merchant fills in; a chosen profile fills it for them.

    Signals:
        profile_removal_requested(str): forget this profile and its remembered session.
        password_edited(): the merchant typed in the password field.
        grew(): a row appeared or went (Advanced, the keychain's note): the window refits.
    """

    profile_removal_requested = Signal(str)
    password_edited = Signal()
    grew = Signal()

    def __init__(self, settings: Settings, default_server: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._default_server = default_server
        self._keychain_problem: str | None = None
        self._profile = ProfileChooser(settings.profiles, default_server, self)
        self._email = named(QLineEdit(self), "signInEmail", translate("SignInForm", "Email"))
        self._email.setPlaceholderText(translate("SignInForm", "you@yourstore.com"))
        self._password = named(
            QLineEdit(self), "signInPassword", translate("SignInForm", "Password")
        )
        self._show_password = ShowPasswordButton(self._password, "showSignInPasswordButton", self)
        self._remember = named(
            QCheckBox(translate("SignInForm", "Remember me on this computer"), self),
            "signInRemember",
            translate("SignInForm", "Remember me"),
        )
        self._remember_note = wrapped_label("", self, "signInRememberNote")
        self._remember_note.hide()
        self._advanced = Disclosure(translate("SignInForm", "Advanced"), "signInAdvanced", self)
        self._server = named(
            QLineEdit(self), "signInServer", translate("SignInForm", "Server address")
        )
        self._lay_out()
        self._profile.chosen.connect(self._on_profile_chosen)
        self._profile.removal_requested.connect(self.profile_removal_requested)
        self._advanced.expanded_changed.connect(self.grew)
        self._remember.toggled.connect(self._on_remember_toggled)
        self._password.textEdited.connect(self.password_edited)
        self._profile.choose(settings.last_profile)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        profile = translate("SignInForm", "&Profile")
        form.addRow(buddy_label(profile, self._profile, self), self._profile)
        form.addRow(translate("SignInForm", "&Email"), self._email)
        password_row = QHBoxLayout()
        password_row.addWidget(self._password, 1)
        password_row.addWidget(self._show_password)
        password = translate("SignInForm", "Pass&word")
        form.addRow(buddy_label(password, self._password, self), password_row)
        form.addRow("", self._remember)
        form.addRow("", self._remember_note)
        form.addRow("", self._advanced)
        server = translate("SignInForm", "&Server address")
        server_label = buddy_label(server, self._server, self)
        form.addRow(server_label, self._server)
        self._advanced.hold(server_label, self._server)

    # What the merchant entered

    @property
    def email(self) -> str:
        return self._email.text().strip()

    @property
    def password(self) -> Secret:
        return Secret(self._password.text())

    @property
    def server_url(self) -> str:
        return self._server.text().strip() or self._default_server

    @property
    def remember(self) -> bool:
        return self._remember.isChecked()

    # The fields an error is about, or the focus goes to

    @property
    def email_field(self) -> QLineEdit:
        return self._email

    @property
    def password_field(self) -> QLineEdit:
        return self._password

    @property
    def server_field(self) -> QLineEdit:
        return self._server

    def show_server(self) -> None:
        self._advanced.set_expanded(True)

    def set_busy(self, busy: bool) -> None:
        """Nothing to change while a sign-in is under way."""
        self._profile.set_busy(busy)
        for widget in (self._email, self._password, self._show_password, self._remember):
            widget.setEnabled(not busy)
        self._advanced.setEnabled(not busy)
        self._server.setEnabled(not busy)

    def set_keychain_problem(self, problem: str | None) -> None:
        """Why sessions cannot be remembered here; said under Remember me while it is ticked."""
        self._keychain_problem = problem
        self._remember_note.setText(problem or "")
        self._on_remember_toggled(self.remember)

    @Slot(object)
    def _on_profile_chosen(self, profile: Profile) -> None:
        self._email.setText(profile.email)
        self._server.setText(profile.server_url)
        self._remember.setChecked(profile.remember)
        self._password.clear()
        (self._password if profile.email else self._email).setFocus()

    @Slot(bool)
    def _on_remember_toggled(self, remember: bool) -> None:
        self._remember_note.setVisible(remember and self._keychain_problem is not None)
        self._remember.setAccessibleDescription((remember and self._keychain_problem) or "")
        self.grew.emit()
