"""Small building blocks shared by the windows: names for tests and screen readers, errors.

Nothing here touches the `Qt` namespace: its first use costs about 13 ms, which the
sign-in window would otherwise pay before it can appear.
"""

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.shared.accessibility import announce, describe_error

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give a control the stable object name tests use and the name screen readers say."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def _is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color() -> QColor:
    """A red that stays readable on the light and the dark palette."""
    return QColor("#f28b82" if _is_dark() else "#b3261e")


class FieldError(QLabel):
    """The sentence next to a field that says what is wrong with it; empty when nothing is.

    With `field`, the message is also the field's accessible description (see
    `accessibility.describe_error`), and a new message is announced as an error.
    """

    def __init__(
        self, object_name: str, parent: QWidget | None = None, *, field: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._field = field
        self.setWordWrap(True)
        palette = self.palette()  # a palette, not a style sheet: cheaper, and no style proxy
        palette.setColor(QPalette.ColorRole.WindowText, error_color())
        self.setPalette(palette)
        self.hide()

    @property
    def field(self) -> QWidget | None:
        """The field the message is about, whose description it becomes."""
        return self._field

    def tie_to(self, field: QWidget | None) -> None:
        """Tie the messages from now on to `field`; the field tied so far is clear again."""
        if self._field is not None and self._field is not field:
            describe_error(self._field, None)
        self._field = field

    def show_message(self, message: str | None, *, about: QWidget | None = None) -> None:
        """Show `message` (None hides it); `about` ties it to that field from now on."""
        if about is not None:
            self.tie_to(about)
        changed = (message or "") != self.text()
        self.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))
        if self._field is not None:
            describe_error(self._field, message)
        if message and changed:
            announce(self._field or self, message, assertive=True)


_BASE_MINIMUM_WIDTH = "baseMinimumWidth"  # a window property: see at_least_as_wide_as


def keep_wrapped_text_whole(window: QWidget) -> None:
    """Let a window's minimum height follow what its wrapped labels need at its width.

    Qt sizes a window from its layout's minimum size, which ignores that a wrapped label
    grows taller as it gets narrower; at large text sizes lines were cut off. Call it
    whenever a message appears or changes; `keep_wrapped_text_whole_on_resize` does the rest.
    """
    layout = window.layout()
    if layout is None:
        return
    base = window.property(_BASE_MINIMUM_WIDTH)
    width = window.minimumWidth()
    if isinstance(base, int):  # the rows' needs change with the words and the font
        width = max(base, layout.totalMinimumSize().width())
    height = window.minimumHeight()
    if layout.hasHeightForWidth():  # at the width the window has once the minimum holds
        height = layout.totalHeightForWidth(max(window.width(), width))
    if (width, height) != (window.minimumWidth(), window.minimumHeight()):
        window.setMinimumSize(width, height)


class _WrappedTextWhole(QObject):
    # A resize, or a layout redone (a text or a font changed) without one.
    _EVENTS = frozenset({QEvent.Type.Resize, QEvent.Type.LayoutRequest})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self._EVENTS and isinstance(watched, QWidget):
            keep_wrapped_text_whole(watched)
        return False


def keep_wrapped_text_whole_on_resize(window: QWidget) -> None:
    """Keep `window`'s wrapped text whole each time it is resized or laid out again."""
    window.installEventFilter(_WrappedTextWhole(window))


def buddy_label(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A field's label; its &letter with Alt moves to the field."""
    label = QLabel(text, parent)
    # A field made of parts (a line edit and its buttons) takes Alt+letter only through
    # its focus proxy: Qt's label skips a buddy that cannot have the focus itself.
    label.setBuddy(field.focusProxy() or field)
    return label


def wrapped_label(text: str, parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A window's bold first line, a little larger than the text under it."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    return label


def _expected_frame(window: QWidget) -> tuple[int, int]:
    """The room a window manager's frame will take, before it has framed the window.

    On first show the frame is not known yet, so a window that exactly filled the screen
    had its title bar and bottom edge pushed off it once framed (seen at 200 %).
    """
    from PySide6.QtWidgets import QStyle

    if not window.isWindow() or window.screen().name() == "offscreen":
        return 0, 0
    style = window.style()
    border = style.pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth)
    title = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    return 2 * border, title + 2 * border


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move a window so that all of it is on its screen's available area.

    At 200 % scaling, or with a size remembered from a larger screen, a window would
    otherwise open with its edges, and what is there, out of reach.
    """
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()  # the title bar and borders count too
    extra_width, extra_height = frame.width() - window.width(), frame.height() - window.height()
    near_the_edges = window.width() > area.width() - 64 or window.height() > area.height() - 64
    if (extra_width, extra_height) == (0, 0) and near_the_edges:
        extra_width, extra_height = _expected_frame(window)  # ~12 ms the first time: only here
    width = min(window.width(), area.width() - extra_width)
    height = min(window.height(), area.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        frame = window.frameGeometry()
    left = min(max(frame.left(), area.left()), area.left() + area.width() - frame.width())
    top = min(max(frame.top(), area.top()), area.top() + area.height() - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, area.left()), max(top, area.top()))


class _OnScreen(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            # After the show, once the frame around the window is known.
            QTimer.singleShot(0, self, lambda: fit_to_screen(watched))  # not once it is gone
        return False


def keep_on_screen(window: QWidget) -> None:
    """Fit `window` to its screen now, and again each time it is shown."""
    fit_to_screen(window)
    window.installEventFilter(_OnScreen(window))


def at_least_as_wide_as(window: QWidget, width: int) -> None:
    """A minimum width for a window that never cuts its own rows: an explicit minimum would
    override the layout's, and in a language with longer words, or at a larger text size, a
    row needs more (`keep_wrapped_text_whole` applies it again as the window changes)."""
    window.setProperty(_BASE_MINIMUM_WIDTH, width)
    layout = window.layout()
    needed = layout.totalMinimumSize().width() if layout is not None else 0
    window.setMinimumWidth(max(width, needed))


def saved_geometry(window: QWidget) -> str:
    """Where and how big the window is (base64), for `restore_geometry` next time."""
    return bytes(window.saveGeometry().toBase64().data()).decode()


def restore_geometry(window: QWidget, geometry: str | None) -> None:
    """Put a window where the merchant left it (base64 from saveGeometry), on this screen."""
    from PySide6.QtCore import QByteArray

    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
    fit_to_screen(window)  # a remembered size may be from a larger screen


def raise_windows(*windows: QWidget | None) -> None:
    """Bring windows back from the taskbar, on top of the others; the last gets the focus."""
    from PySide6.QtCore import Qt  # here, not at the top: see this module's docstring

    for window in windows:
        if window is not None:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()
