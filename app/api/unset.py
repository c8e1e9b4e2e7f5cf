"""UNSET: a field left out of a change, as opposed to one set to None (a module of its own,
so that the token service can name it without loading every model at start-up)."""

from enum import Enum
from typing import Final


class Unset(Enum):
    """The type of `UNSET`."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET
