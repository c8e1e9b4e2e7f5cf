"""The sign-in window's profile row: the remembered profiles, and a way to remove one."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from app.storage.settings import Profile
from app.ui.shared.translation import translate
from app.ui.shared.widgets import named


class ProfileChooser(QWidget):
    """Chooses a remembered profile, or a new one; removes a remembered one.

    Signals:
        chosen(Profile): the profile to fill the form with (a blank one for a new profile).
        removal_requested(str): forget this profile and its remembered session.
    """

    chosen = Signal(object)
    removal_requested = Signal(str)

    def __init__(
        self, profiles: tuple[Profile, ...], default_server: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._profiles = {profile.name: profile for profile in profiles}
        self._default_server = default_server
        self._names = named(
            QComboBox(self), "signInProfile", translate("ProfileChooser", "Profile")
        )
        self._names.addItems([*self._profiles, translate("ProfileChooser", "New profile")])
        self._remove = named(
            QPushButton(translate("ProfileChooser", "Remove"), self),
            "removeProfileButton",
            translate("ProfileChooser", "Remove this profile"),
        )
        self._remove.setToolTip(
            translate(
                "ProfileChooser",
                "Forget this profile on this computer, and the sign-in it remembers",
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._names, 1)
        row.addWidget(self._remove)
        self.setFocusProxy(self._names)
        self._names.currentIndexChanged.connect(self._on_names_changed)
        self._remove.clicked.connect(self._on_remove_clicked)

    def choose(self, name: str | None) -> None:
        """Choose this profile if it is remembered, and fill the form with it either way."""
        if name in self._profiles:
            self._names.setCurrentText(name)
        self._on_names_changed()

    def set_busy(self, busy: bool) -> None:
        self._names.setEnabled(not busy)
        self._remove.setEnabled(not busy and self._names.currentText() in self._profiles)

    @Slot()
    def _on_names_changed(self) -> None:
        profile = self._profiles.get(self._names.currentText())
        self._remove.setEnabled(profile is not None)
        self.chosen.emit(profile or Profile("", self._default_server))  # a blank form

    @Slot()
    def _on_remove_clicked(self) -> None:
        """Ask first: removing signs this profile out, here and on the server."""
        name = self._names.currentText()
        if name not in self._profiles:
            return
        from app.ui.shared.dialogs import remove_profile_confirmation

        box = remove_profile_confirmation(self, name)
        box.accepted.connect(lambda: self._remove_profile(name))
        box.open()

    def _remove_profile(self, name: str) -> None:
        if self._profiles.pop(name, None) is not None:
            self._names.removeItem(self._names.findText(name))
            self.removal_requested.emit(name)
