"""The create dialog: username, password, a checkbox per permission, expiry and a note."""

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.api.errors import ApiError
from app.api.idempotency import new_idempotency_key
from app.api.models import NewToken, Permission
from app.api.secret import Secret
from app.services.password_check import PasswordStrengthCheck
from app.ui.create.create_rules import (
    FIELDS,
    FormValues,
    Problem,
    field_names,
    form_problems,
    refused_fields,
)
from app.ui.create.password_field import PasswordField
from app.ui.create.permission_choice import PermissionChoice
from app.ui.shared.accessibility import set_button_text
from app.ui.shared.error_words import error_sentence
from app.ui.shared.expiry_field import Clock, ExpiryField
from app.ui.shared.form_feedback import FormFeedback, reserve_lines
from app.ui.shared.scrolling import scrolling_body
from app.ui.shared.translation import translate
from app.ui.shared.widgets import (
    FieldError,
    at_least_as_wide_as,
    buddy_label,
    keep_on_screen,
    named,
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CreateTokenDialog(QDialog):
    """Collects a new token's details; Create stays disabled until the form is valid.

    The line beside Create always names the first thing, top to bottom, that still keeps
    it greyed; a field's own message shows once the merchant has left that field.

    Signals:
        submitted(NewToken, str): the request and its idempotency key, which stays the
            same for every retry of an unchanged form.
    """

    submitted = Signal(object, str)

    def __init__(
        self,
        permissions: Sequence[Permission],
        strength_check: PasswordStrengthCheck,
        store_name: str = "",
        clock: Clock = _utc_now,
        parent: QWidget | None = None,
        strength_checked: bool = True,  # the server refuses weak passwords: Create waits
    ) -> None:
        super().__init__(parent)
        self._strength_check = strength_check
        self._strength_checked = strength_checked
        self._store_name = store_name
        self.setObjectName("createTokenDialog")
        keep_on_screen(self)  # at 200 % its size can exceed a small screen
        title = translate("CreateTokenDialog", "Create access token")
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self._clock = clock
        self._permissions = list(permissions)
        self._refused: dict[str, str] = {}  # what the server said of a field, until it changes
        self._key = new_idempotency_key()
        self._busy = False
        self._build()
        self._on_form_edited()
        self._open_showing_everything()

    def _open_showing_everything(self) -> None:
        """As large as all of the form needs, each description on one line; the screen may
        then make it smaller (keep_on_screen), and the form scrolls. Qt would stop at 2/3."""
        longest = max((p.description for p in self._permissions), key=len, default="")
        width = max(self.sizeHint().width(), self.fontMetrics().horizontalAdvance(longest) + 96)
        self.resize(width, self.sizeHint().height())

    # Building

    def _build(self) -> None:
        self._username = named(
            QLineEdit(self), "usernameField", translate("CreateTokenDialog", "Username")
        )
        self._username.setPlaceholderText(translate("CreateTokenDialog", "for example: mobile-app"))
        self._password = PasswordField(
            self._strength_check, lambda: self.username, self._store_name, self
        )
        self._choice = PermissionChoice(self._permissions, self)
        self._expiry = ExpiryField(self._clock, self)
        self._note = named(QLineEdit(self), "noteField", translate("CreateTokenDialog", "Note"))
        self._note.setPlaceholderText(
            translate("CreateTokenDialog", "Optional: who this is for, so you recognise it later")
        )
        self._buttons = QDialogButtonBox(self)
        self._create = named(
            self._buttons.addButton(
                translate("CreateTokenDialog", "Create"), QDialogButtonBox.ButtonRole.AcceptRole
            ),
            "createButton",
            translate("CreateTokenDialog", "Create token"),
        )
        cancel = translate("CreateTokenDialog", "Cancel")
        self._cancel = named(
            self._buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole),  # no icon
            "cancelButton",
            cancel,
        )
        self._create.setDefault(True)
        self._cancel.setAutoDefault(False)  # Enter never cancels; Escape does
        fields = (self._username, self._password, self._choice, self._expiry, self._note)
        names = field_names()
        self._feedback = FormFeedback(
            {name: (field, names[name]) for name, field in zip(FIELDS, fields, strict=True)}, self
        )
        self._form_error = FieldError("createError", self, field=self._create)
        reserve_lines(self._form_error, 2)
        self._blocker = QLabel(self)  # read as its text, and as Create's description
        self._blocker.setObjectName("createBlocker")
        self._blocker.setWordWrap(True)
        reserve_lines(self._blocker, 2)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        who = QFormLayout()
        username = buddy_label(translate("CreateTokenDialog", "&Username"), self._username, self)
        who.addRow(username, self._with_error("username"))
        self._password.place_message(self._feedback.error("password"))
        password = buddy_label(translate("CreateTokenDialog", "&Password"), self._password, self)
        who.addRow(password, self._password)
        when = QFormLayout()
        expires = buddy_label(translate("CreateTokenDialog", "E&xpires"), self._expiry, self)
        when.addRow(expires, self._with_error("expires_at"))
        note = buddy_label(translate("CreateTokenDialog", "&Note"), self._note, self)
        when.addRow(note, self._with_error("note"))
        intro = QLabel(
            translate(
                "CreateTokenDialog",
                "Your developer signs in with the access token, this username and this "
                "password; you will see all three on the next screen, ready to pass on. Give "
                "them only the access they need.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self._choice.add_below(self._feedback.error("permissions"))
        bottom = QHBoxLayout()
        bottom.addWidget(self._blocker, 1)
        bottom.addWidget(self._buttons)
        layout = QVBoxLayout(self)
        # The form scrolls where the screen is too small for it; the buttons always show.
        layout.addWidget(scrolling_body(self, intro, who, self._choice, when, self._form_error))
        layout.addLayout(bottom)
        at_least_as_wide_as(self, 520)

    def _with_error(self, name: str) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self._feedback.field(name))
        column.addWidget(self._feedback.error(name))
        return column

    def _connect(self) -> None:
        self._username.textEdited.connect(lambda: self._on_field_edited("username"))
        self._password.edited.connect(lambda: self._on_field_edited("password"))
        self._password.judged.connect(self._on_password_judged)
        self._note.textEdited.connect(lambda: self._on_field_edited("note"))
        self._choice.toggled.connect(lambda: self._on_field_edited("permissions"))
        self._expiry.changed.connect(lambda: self._on_field_edited("expires_at"))
        self._feedback.left.connect(self._on_feedback_left)
        self._create.clicked.connect(self._on_create_clicked)
        self._cancel.clicked.connect(self.reject)

    # What the merchant entered

    @property
    def username(self) -> str:
        return self._username.text().strip()

    @property
    def permission_keys(self) -> tuple[str, ...]:
        return self._choice.keys

    @property
    def expires_at(self) -> datetime | None:
        return self._expiry.expires_at

    @property
    def password(self) -> Secret:
        return self._password.secret

    @property
    def new_token(self) -> NewToken:
        return NewToken(
            username=self.username,
            password=self._password.secret,
            permissions=self.permission_keys,
            expires_at=self.expires_at,
            note=self._note.text().strip() or None,
        )

    @property
    def idempotency_key(self) -> str:
        return self._key

    def _problems(self) -> dict[str, Problem]:
        """What is wrong with the form now, by field in form order; empty when it can be sent."""
        return form_problems(
            FormValues(
                username=self.username,
                password=self._password.text,
                permission_keys=self.permission_keys,
                known_permissions=[p.key for p in self._permissions],
                expires_at=self.expires_at,
                note=self._note.text().strip(),
                now=self._clock(),
                refused=self._refused,
                strength=self._password.strength if self._strength_checked else None,
                judging=self._password.judging and self._strength_checked,
            )
        )

    # Reactions

    def _on_field_edited(self, name: str) -> None:
        self._refused.pop(name, None)
        self._key = new_idempotency_key()  # a different request deserves a different key
        self._form_error.show_message(None)  # it was about the form as it was
        if name == "username":
            self._password.judge()  # a password like the username is weaker
        self._on_form_edited()

    @Slot(str)
    def _on_feedback_left(self, _name: str) -> None:
        self._on_form_edited()

    @Slot()
    def _on_password_judged(self) -> None:
        self._on_form_edited()  # Create waits for a verdict the server would accept

    def _on_form_edited(self) -> None:
        problems = self._problems()
        self._feedback.show({name: problem.message for name, problem in problems.items()})
        first = next(iter(problems.values()), None)
        self._blocker.setText(first.blocker if first and not self._busy else "")
        # Enabled while busy too, so that it keeps the focus; pressing it then does nothing.
        self._create.setEnabled(self._busy or not problems)
        if not self._form_error.text():
            self._create.setAccessibleDescription(self._blocker.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self._create.isEnabled():
            self._show_every_problem()  # Enter on an unfinished form says what is missing
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._password.stop_judging()
        super().done(result)

    @Slot()
    def _on_create_clicked(self) -> None:
        if self._busy:
            return
        if self._problems():
            self._show_every_problem()
            return
        self.set_busy(True)
        self.submitted.emit(self.new_token, self._key)

    def _show_every_problem(self) -> None:
        self._feedback.touch_all()
        self._on_form_edited()
        wrong = [name for name, problem in self._problems().items() if problem.message]
        self._feedback.focus_first(wrong)  # not the password while its strength is judged

    # What the app tells the merchant

    def set_busy(self, busy: bool) -> None:
        """While the server works, the form is locked; Create keeps the focus, Cancel works."""
        if busy:
            self._create.setFocus(Qt.FocusReason.OtherFocusReason)  # before its field locks
        self._busy = busy
        for widget in (self._username, self._note):
            widget.setEnabled(not busy)
        self._password.set_locked(busy)
        self._expiry.set_locked(busy)
        self._choice.set_locked(busy)
        if busy:
            set_button_text(self._create, translate("CreateTokenDialog", "Creating\u2026"))
        else:
            self._create.setText(translate("CreateTokenDialog", "Create"))
            self._create.setAccessibleName(translate("CreateTokenDialog", "Create token"))
        self._on_form_edited()

    def show_server_error(self, error: ApiError) -> None:
        """Put the server's field messages next to their fields, anything else below."""
        self.set_busy(False)
        self._refused = refused_fields(error)
        self._feedback.touch(*self._refused)
        self._form_error.show_message(None if self._refused else error_sentence(error))
        self._on_form_edited()
        self._feedback.focus_first(list(self._refused))
