"""Reading one JSON object of an answer, naming the exact field that is missing or wrong."""

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from app.api.errors import InvalidResponseError

_T = TypeVar("_T")


class Fields:
    """Reads one JSON object, naming the exact field when something is missing or wrong."""

    def __init__(self, data: object, path: str = "response") -> None:
        if not isinstance(data, dict):
            raise InvalidResponseError(path, "is not an object")
        self._data: dict[str, Any] = data
        self._path = path

    @property
    def raw(self) -> dict[str, Any]:
        """The object as received, for payloads the app only passes on (sample data)."""
        return self._data

    def _get(self, name: str, kind: type | tuple[type, ...], optional: bool = False) -> Any:
        value = self._data.get(name)
        if value is None and optional and name in self._data:
            return None
        # bool is an int in Python; a flag must not pass for a number or the reverse.
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise InvalidResponseError(f"{self._path}.{name}")
        return value

    def text(self, name: str) -> str:
        return str(self._get(name, str))

    def optional_text(self, name: str) -> str | None:
        value = self._get(name, str, optional=True)
        return None if value is None else str(value)

    def number(self, name: str) -> int:
        """A whole number; true and false are not numbers here."""
        return int(self._get(name, int))

    def flag(self, name: str) -> bool:
        return bool(self._get(name, bool))

    def choice(self, name: str, allowed: frozenset[str]) -> str:
        value = self.text(name)
        if value not in allowed:
            # The value is not quoted: a server may have put anything there, a secret too.
            raise InvalidResponseError(f"{self._path}.{name}", "is unknown")
        return value

    def time(self, name: str) -> datetime:
        return self._parse_time(name, self.text(name))

    def optional_time(self, name: str) -> datetime | None:
        text = self.optional_text(name)
        return None if text is None else self._parse_time(name, text)

    def _parse_time(self, name: str, text: str) -> datetime:
        moment = _parsed(datetime.fromisoformat, text)
        if moment is None:
            raise InvalidResponseError(f"{self._path}.{name}", "is not a time")
        if moment.tzinfo is None:
            raise InvalidResponseError(f"{self._path}.{name}", "has no time zone")
        return moment.astimezone(UTC)

    def day(self, name: str) -> date:
        day = _parsed(date.fromisoformat, self.text(name))
        if day is None:
            raise InvalidResponseError(f"{self._path}.{name}", "is not a date")
        return day

    def texts(self, name: str) -> tuple[str, ...]:
        values = self._get(name, list)
        if not all(isinstance(value, str) for value in values):
            raise InvalidResponseError(f"{self._path}.{name}")
        return tuple(values)

    def record(self, name: str) -> "Fields":
        return Fields(self._get(name, dict), f"{self._path}.{name}")

    def optional_record(self, name: str) -> "Fields | None":
        """An object, or None when it is null or absent (a server from before the field)."""
        if self._data.get(name) is None:
            return None
        return self.record(name)

    def records(self, name: str) -> list["Fields"]:
        values = self._get(name, list)
        return [Fields(value, f"{self._path}.{name}[{i}]") for i, value in enumerate(values)]


def _parsed(parse: Callable[[str], _T], text: str) -> _T | None:
    """`parse(text)`, or None; the error is not kept: its words quote the text, which may
    be a secret that a server put in the wrong field."""
    try:
        return parse(text)
    except ValueError:
        return None
