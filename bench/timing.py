"""Median-of-rounds timing and a description of the machine the figures came from."""

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Timing:
    median: float  # seconds per call
    rounds: list[float]
    loads: list[float] = field(default_factory=list)  # 1-minute load average after each round


def per_call(fn: Callable[[], object], *, calls: int, rounds: int = 7, warmup: int = 20) -> Timing:
    """Seconds per call: the median over `rounds` rounds of `calls` calls each."""
    for _ in range(warmup):
        fn()
    results = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        results.append((time.perf_counter() - start) / calls)
    return Timing(statistics.median(results), results)


def interleaved(
    contenders: dict[str, Callable[[], object]], *, calls: int, rounds: int = 7, warmup: int = 20
) -> dict[str, Timing]:
    """Per-call medians for several functions, their rounds interleaved so that noise from the
    shared machine lands on all of them alike."""
    for fn in contenders.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    loads: list[float] = []
    for _ in range(rounds):
        for name, fn in contenders.items():
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - start) / calls)
        loads.append(os.getloadavg()[0])
    return {name: Timing(statistics.median(s), s, loads) for name, s in samples.items()}


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]} ({platform.python_implementation()})"
    )
