"""Calling the token service as the windows do: handlers that record what each call reported."""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pytestqt.qtbot import QtBot

from app.api.errors import ApiError


@dataclass
class Outcome:
    """What one call reported, through the handlers it was given."""

    values: list[Any] = field(default_factory=list)
    failures: list[ApiError] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)

    def succeeded(self, value: Any = None) -> None:
        self.threads.append(threading.current_thread())
        self.values.append(value)

    def failed(self, error: ApiError) -> None:
        self.threads.append(threading.current_thread())
        self.failures.append(error)

    @property
    def reported(self) -> bool:
        return bool(self.values or self.failures)


def call(qtbot: QtBot, method: Callable[..., None], *args: Any, **kwargs: Any) -> Outcome:
    """Call a service method with handlers that record, and wait until one of them ran."""
    outcome = Outcome()
    method(*args, on_success=outcome.succeeded, on_failure=outcome.failed, **kwargs)
    qtbot.waitUntil(lambda: outcome.reported, timeout=10000)
    assert outcome.threads == [threading.main_thread()]  # handlers run on the GUI thread
    return outcome


def value(qtbot: QtBot, method: Callable[..., None], *args: Any, **kwargs: Any) -> Any:
    outcome = call(qtbot, method, *args, **kwargs)
    assert outcome.failures == [], outcome.failures
    return outcome.values[0]


def failure(qtbot: QtBot, method: Callable[..., None], *args: Any, **kwargs: Any) -> ApiError:
    outcome = call(qtbot, method, *args, **kwargs)
    assert outcome.values == [], outcome.values
    return outcome.failures[0]
