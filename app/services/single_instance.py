"""One running app per user and data folder: a later start brings it to the front and exits."""

import enum
import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
_CONNECT_MS = 1000
ANSWER_MS = 5000  # the running app may be busy for a moment before it reads the request


class Claim(enum.Enum):
    """What a start of the app found."""

    FIRST = "first"  # nobody else runs for this folder: this start is the app, and listens
    HANDED_OVER = "handed over"  # the running app was asked to come to the front, and said yes
    NO_ANSWER = "no answer"  # an app runs for this folder but did not answer in time


def socket_name(data_dir: Path) -> str:
    """The local socket's name for this user and this data folder (a hash: no path in it)."""
    folder = os.path.normcase(str(data_dir.expanduser().resolve()))
    user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
    digest = hashlib.sha256(f"{user}\n{folder}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"shipturtle-tokens-{digest[:24]}"


class SingleInstance(QObject):
    """Listens for later starts of the app, or hands this start over to the running one.

    Signals:
        activation_requested(): another start asked this app to come to the front.
    """

    activation_requested = Signal()

    def __init__(
        self, name: str, answer_ms: int = ANSWER_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._answer_ms = answer_ms
        self._server: QLocalServer | None = None

    def claim(self) -> Claim:
        """Hand over to a running app if there is one; otherwise listen for later starts.

        A socket that refuses the connection is a crash's leftover: only then is it removed.
        When listening fails for another reason this start runs all the same.
        """
        if (found := self._hand_over()) is not None:
            return found
        if self._listen():
            return Claim.FIRST
        if (found := self._hand_over()) is not None:  # another start got there first
            return found
        log.info("Removing a local socket nobody answers on (left by a crash)")
        QLocalServer.removeServer(self._name)
        if not self._listen():
            log.warning("Cannot listen for later starts; they will open a window of their own")
        return Claim.FIRST

    def _hand_over(self) -> Claim | None:
        """Ask the running app to come to the front; None when no app answers the connection."""
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self._name)
            if not socket.waitForConnected(_CONNECT_MS):
                return None
            socket.write(ACTIVATE)
            socket.waitForBytesWritten(_CONNECT_MS)
            answer = bytearray()
            while not answer.endswith(b"\n") and socket.waitForReadyRead(self._answer_ms):
                answer += socket.readAll().data()
            return Claim.HANDED_OVER if bytes(answer) == ANSWER else Claim.NO_ANSWER
        finally:
            socket.abort()
            socket.deleteLater()

    def _listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.info("Cannot listen on the local socket: %s", server.errorString())
            server.deleteLater()
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    @Slot()
    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda socket=socket: self._on_socket_ready_read(socket))

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() < len(ACTIVATE):
            return  # the rest of the request is on its way
        request = socket.read(len(ACTIVATE)).data()
        if request == ACTIVATE:
            socket.write(ANSWER)
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        """Stop listening (the socket file goes with it), so a later start runs on its own."""
        if self._server is not None:
            self._server.close()
            self._server = None
