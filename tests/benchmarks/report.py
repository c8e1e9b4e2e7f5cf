"""Timing helpers and the table every benchmark prints."""

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
    """Print the figures against their targets; return whether all are within target."""
    print(f"\n{title}")
    print(f"{'measure':<52} {'value':>10} {'target':>10}  result")
    print("-" * 84)
    for figure in figures:
        bound = ">=" if figure.at_least else "<="
        target = "-" if figure.target is None else f"{bound} {figure.target:.4g}"
        result = "baseline" if figure.target is None else ("ok" if figure.ok else "MISSED")
        value = f"{figure.value:.2f} {figure.unit}"
        print(f"{figure.name:<52} {value:>10} {target:>10}  {result}")
    return all(figure.ok for figure in figures)
