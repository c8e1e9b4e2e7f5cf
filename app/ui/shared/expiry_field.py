"""When a new token expires: never, in 30, 60 or 90 days, or on a chosen date."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from app.ui.shared.formatting import date_format
from app.ui.shared.translation import tr, translate
from app.ui.shared.widgets import named

_CUSTOM = -1
EXPIRY_DAYS: tuple[int | None, ...] = (None, 30, 60, 90, _CUSTOM)


def _choice_words(days: int | None) -> str:
    if days is None:
        return translate("ExpiryField", "Never")
    if days == _CUSTOM:
        return translate("ExpiryField", "On a date\u2026")
    return tr("In %n days", "", days)


Clock = Callable[[], datetime]


def _local_day(moment: datetime) -> QDate:
    local = moment.astimezone()
    return QDate(local.year, local.month, local.day)


class ExpiryField(QWidget):
    """A choice of lifetimes; the date field shows only for "On a date…".

    Signals:
        changed(): another choice or another date.
    """

    changed = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._choice = named(QComboBox(self), "expiryChoice", translate("ExpiryField", "Expires"))
        for days in EXPIRY_DAYS:
            self._choice.addItem(_choice_words(days))
        self._date = self._date_edit(_local_day(clock()))
        self.setFocusProxy(self._choice)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._choice)
        row.addWidget(self._date)
        row.addStretch(1)
        self._choice.currentIndexChanged.connect(self._on_choice_changed)
        self._date.dateChanged.connect(self.changed)
        self._on_choice_changed()

    def _date_edit(self, today: QDate) -> QDateEdit:
        date = named(QDateEdit(self), "expiryDate", translate("ExpiryField", "Expiry date"))
        locale = QLocale()  # the system's, unless the app chose another
        date.setLocale(locale)
        date.setDisplayFormat(date_format(locale))
        date.setCalendarPopup(True)
        date.calendarWidget().setLocale(locale)  # month names, first day of the week
        # Days before tomorrow are greyed in the calendar and cannot be chosen.
        date.setDateRange(today.addDays(1), today.addDays(365))
        date.setDate(today.addDays(30))
        return date

    @property
    def expires_at(self) -> datetime | None:
        days = EXPIRY_DAYS[self._choice.currentIndex()]
        if days is None:
            return None
        if days == _CUSTOM:
            day = self._date.date()
            end_of_day = datetime(day.year(), day.month(), day.day(), 23, 59, 59)
            return end_of_day.astimezone(UTC)  # the chosen day, in the merchant's time zone
        return (self._clock() + timedelta(days=days)).replace(microsecond=0)

    def set_expiry(self, expires_at: datetime | None) -> None:
        """Show an existing expiry: Never, or that day."""
        if expires_at is None:
            self._choice.setCurrentIndex(0)
            return
        day = _local_day(expires_at)
        self._date.setMinimumDate(min(self._date.minimumDate(), day))  # the day it has
        self._date.setDate(day)
        self._choice.setCurrentIndex(len(EXPIRY_DAYS) - 1)

    def set_locked(self, locked: bool) -> None:
        self._choice.setEnabled(not locked)
        self._date.setEnabled(not locked)

    def _on_choice_changed(self) -> None:
        self._date.setVisible(EXPIRY_DAYS[self._choice.currentIndex()] == _CUSTOM)
        self.changed.emit()
