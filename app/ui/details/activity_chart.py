"""A token's requests per day as bars, with the errors marked in red on top of each."""

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from app.api.models import DailyActivity
from app.ui.shared.translation import fill, tr, translate
from app.ui.shared.widgets import error_color, named

_MARGIN = 6
_LABEL_ROWS = 1


def day_label(day: date) -> str:
    """'3 Dec', as the merchant's language writes a day of the month."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def activity_summary(daily: tuple[DailyActivity, ...]) -> str:
    """The chart in one sentence, for screen readers and the tooltip of the whole chart."""
    if not daily:
        return translate("activity_chart", "No activity to show.")
    requests = sum(day.requests for day in daily)
    errors = sum(day.errors for day in daily)
    if not requests:
        return tr("No requests in the last %n days.", "", len(daily))
    locale = QLocale()
    busiest = max(daily, key=lambda day: day.requests)
    days, busiest_day = locale.toString(len(daily)), day_label(busiest.date)
    most = locale.toString(busiest.requests)
    # The count is the requests ("1 request"); the days are the 30 the app asks for.
    if errors:
        summary = tr(
            "%n requests in the last %1 days, %2 of them answered with an error; the busiest "
            "day was %3 with %4.",
            "",
            requests,
        )
        return fill(summary, days, locale.toString(errors), busiest_day, most)
    summary = tr("%n requests in the last %1 days; the busiest day was %2 with %3.", "", requests)
    return fill(summary, days, busiest_day, most)


def _bar_tooltip(day: DailyActivity) -> str:
    if day.errors:
        words = tr("%1: %n requests, %2 with an error", "", day.requests)
        return fill(words, day_label(day.date), QLocale().toString(day.errors))
    return fill(tr("%1: %n requests", "", day.requests), day_label(day.date))


class ActivityChart(QWidget):
    """One bar per day, oldest on the left; hovering a bar tells its day and numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "activityChart", translate("ActivityChart", "Requests per day"))
        self._daily: tuple[DailyActivity, ...] = ()
        self.setMinimumHeight(96)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_daily(self, daily: tuple[DailyActivity, ...]) -> None:
        self._daily = daily
        summary = activity_summary(daily)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 120)

    def _plot_area(self) -> QRect:
        label_height = self.fontMetrics().height() * _LABEL_ROWS + _MARGIN
        return self.rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -label_height)

    def _bar_at(self, x: int) -> int | None:
        area = self._plot_area()
        if not self._daily or not area.left() <= x <= area.right():
            return None
        index = (x - area.left()) * len(self._daily) // max(area.width(), 1)
        return min(index, len(self._daily) - 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        area = self._plot_area()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if self._daily:
            self._paint_bars(painter, area)
            self._paint_labels(painter, area)
        painter.end()

    def _paint_bars(self, painter: QPainter, area: QRect) -> None:
        highest = max((day.requests for day in self._daily), default=0) or 1
        width = area.width() / len(self._daily)
        bar = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, day in enumerate(self._daily):
            left = int(area.left() + index * width + 1)
            right = int(area.left() + (index + 1) * width - 1)
            height = round(area.height() * day.requests / highest)
            failed = round(area.height() * day.errors / highest)
            painter.setBrush(bar)
            painter.drawRect(left, area.bottom() - height, max(right - left, 1), height)
            if day.errors:
                painter.setBrush(error_color())
                top = area.bottom() - height
                painter.drawRect(left, top, max(right - left, 1), max(failed, 2))

    def _paint_labels(self, painter: QPainter, area: QRect) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        baseline = area.bottom() + self.fontMetrics().ascent() + 2
        first, last = day_label(self._daily[0].date), day_label(self._daily[-1].date)
        painter.drawText(QPoint(area.left(), baseline), first)
        right = area.right() - self.fontMetrics().horizontalAdvance(last)
        painter.drawText(QPoint(right, baseline), last)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and (index := self._bar_at(event.pos().x())) is not None:
            QToolTip.showText(event.globalPos(), _bar_tooltip(self._daily[index]), self)
            return True
        return super().event(event)
