"""Prints, one JSON line each, the AT-SPI events a screen reader gets (run with the system
Python, which has pyatspi): what Orca 43 would be told, as the bus carries it."""

import json
import sys

import pyatspi  # type: ignore[import-not-found]  # the system Python's

EVENTS = (
    "object:text-changed",
    "object:state-changed:focused",
    "object:state-changed:showing",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:announcement",
    "object:children-changed",
    "window:activate",
)


def _said(event: object) -> None:
    source = event.source  # type: ignore[attr-defined]
    try:
        role, name = source.getRoleName(), source.name
        description = source.description
    except Exception:  # the object went away before it could be asked
        role = name = description = ""
    line = {
        "type": event.type,  # type: ignore[attr-defined]
        "detail1": event.detail1,  # type: ignore[attr-defined]
        "data": str(event.any_data),  # type: ignore[attr-defined]
        "role": role,
        "name": name,
        "description": description,
    }
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def main() -> None:
    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(_said, kind)
    sys.stdout.write(json.dumps({"type": "listening"}) + "\n")
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
