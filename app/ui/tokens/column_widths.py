"""How the token table shares its width between columns, at any window size."""

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ColumnFit:
    """One column's widths: what it shows comfortably, the least it may shrink to, and how it
    changes: columns give up width in order of `gives_first` (lower first), and share spare
    width by `grows`."""

    natural: int
    minimum: int
    gives_first: int
    grows: int


def fit_widths(available: int, columns: Mapping[int, ColumnFit]) -> dict[int, int]:
    """Widths for `columns` that add up to `available`, or to their minimums if that is more.

    Narrow: the columns that matter least give up width first (a long permission list, the
    note), and the username, by which merchants know a token, last. Wide: the spare width is
    shared, so that dates do not sit beside a username column half the screen wide.
    """
    widths = {key: fit.natural for key, fit in columns.items()}
    spare = available - sum(widths.values())
    if spare >= 0:
        for key, extra in share(spare, {key: fit.grows for key, fit in columns.items()}).items():
            widths[key] += extra
        return widths
    deficit = -spare
    for rank in sorted({fit.gives_first for fit in columns.values()}):
        rooms = {
            key: fit.natural - fit.minimum
            for key, fit in columns.items()
            if fit.gives_first == rank and fit.natural > fit.minimum
        }
        taken = share(min(deficit, sum(rooms.values())), rooms)
        for key, amount in taken.items():
            widths[key] -= amount
        deficit -= sum(taken.values())
    return widths


def share(amount: int, weights: Mapping[int, int]) -> dict[int, int]:
    """Split `amount` whole pixels in proportion to `weights`, adding up exactly to it."""
    total = sum(weights.values())
    if total <= 0:
        return {}
    parts = {key: amount * weight // total for key, weight in weights.items()}
    by_remainder = sorted(weights, key=lambda key: -(amount * weights[key] % total))
    for key in by_remainder[: amount - sum(parts.values())]:
        parts[key] += 1
    return parts
