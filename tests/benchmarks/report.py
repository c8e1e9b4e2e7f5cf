"""Timing helpers and the table every benchmark prints.

A target is a ratio to a bare baseline measured in the same run wherever there is one
(`Figure.against`), so that the same code passes or misses alike on a fast or a slow
machine; only limits of human perception (a GUI stall) stay absolute.
"""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float | None  # a bound; None for a baseline shown for comparison
    at_least: bool = False  # the target is a lower bound (a throughput), not an upper one
    baseline: float | None = None  # the bare baseline measured in the same run
    ratio: float | None = None  # the target as a multiple of `baseline`

    @classmethod
    def against(
        cls,
        name: str,
        value: float,
        unit: str,
        baseline: float,
        ratio: float,
        *,
        at_least: bool = False,
    ) -> "Figure":
        """A figure whose target is `ratio` times a baseline from the same run."""
        return cls(name, value, unit, baseline * ratio, at_least, baseline, ratio)

    @property
    def ok(self) -> bool:
        if self.target is None:
            return True
        return self.value >= self.target if self.at_least else self.value <= self.target


def median_ms(action: Callable[[], object], runs: int, warmup: int = 20) -> tuple[float, float]:
    """Median and 95th percentile of `action` in milliseconds."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def print_table(title: str, figures: list[Figure]) -> bool:
    """Print the figures against their targets; return whether all are within target.

    A figure with a baseline shows its value as a multiple of it (`x base`) and its target
    as a ratio; an absolute target is shown in the figure's unit.
    """
    print(f"\n{title}")
    print(f"{'measure':<56} {'value':>11} {'x base':>7} {'target':>10}  result")
    print("-" * 96)
    for figure in figures:
        bound = ">=" if figure.at_least else "<="
        times = "-"
        if figure.target is None:
            target = "-"
        elif figure.ratio is not None and figure.baseline:
            times = f"{figure.value / figure.baseline:.2f}x"
            target = f"{bound} {figure.ratio:g}x"
        else:
            target = f"{bound} {figure.target:.4g} {figure.unit}"
        result = "baseline" if figure.target is None else ("ok" if figure.ok else "MISSED")
        value = f"{figure.value:.2f} {figure.unit}"
        print(f"{figure.name:<56} {value:>11} {times:>7} {target:>10}  {result}")
    return all(figure.ok for figure in figures)
