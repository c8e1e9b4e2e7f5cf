"""The expiry field: dates as this computer's region writes them, no past day to choose."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit
from pytestqt.qtbot import QtBot

from app.ui.shared.expiry_field import ExpiryField
from tests.ui.helpers import find

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def field(qtbot: QtBot) -> ExpiryField:
    expiry = ExpiryField(lambda: NOW)
    qtbot.addWidget(expiry)
    find(expiry, QComboBox, "expiryChoice").setCurrentIndex(4)  # On a date…
    return expiry


@pytest.mark.parametrize(
    ("name", "shown"),
    [("en_US", "12/28/2026"), ("de_DE", "28.12.2026"), ("C", "28 Dec 2026")],
)
def test_dates_follow_the_region(qtbot: QtBot, locale: None, name: str, shown: str) -> None:
    QLocale.setDefault(QLocale(name))
    expiry = field(qtbot)
    date = find(expiry, QDateEdit, "expiryDate")
    date.setDate(QDate(2026, 12, 28))
    assert date.text() == shown  # the whole year, and never "28 12 2026"
    assert date.calendarWidget().locale().name() == QLocale(name).name()


def test_past_days_cannot_be_chosen(qtbot: QtBot) -> None:
    expiry = field(qtbot)
    date = find(expiry, QDateEdit, "expiryDate")
    today = QDate(2026, 11, 28)  # the field's clock, not this computer's
    calendar = date.calendarWidget()
    assert calendar.minimumDate() == today.addDays(1)  # earlier days are greyed
    calendar.setSelectedDate(today.addDays(-3))
    assert calendar.selectedDate() >= today.addDays(1)
    date.setDate(today.addDays(-3))
    assert date.date() == today.addDays(1)
    chosen = expiry.expires_at
    assert chosen is not None
    assert chosen > NOW


@pytest.mark.parametrize(
    ("name", "shown"),
    [("en_US", "12/28/2026 "), ("de_DE", "28.12.2026 "), ("C", "28 Dec 2026 ")],
)
def test_table_dates_follow_the_region_too(locale: None, name: str, shown: str) -> None:
    from app.ui.shared.formatting import short_local_time

    QLocale.setDefault(QLocale(name))
    assert short_local_time(datetime(2026, 12, 28, 12, 0).astimezone()).startswith(shown)


def test_one_long_style_for_details_and_tooltips_in_the_regions_words(locale: None) -> None:
    from app.ui.shared.formatting import local_time

    moment = datetime(2026, 12, 3, 16, 4, 38).astimezone()
    QLocale.setDefault(QLocale("de_DE"))
    assert "Dezember 2026 16:04" in local_time(moment)  # no seconds, no "UTC"
    QLocale.setDefault(QLocale("en_US"))
    assert local_time(moment).startswith("Thursday, December 3, 2026")
