"""Tiny timing helpers shared by the bench scripts: min / median / max over repeated runs."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], runs: int = 5) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def measure_cmd(cmd: list[str], runs: int = 5, env: dict[str, str] | None = None) -> list[float]:
    return measure(lambda: subprocess.run(cmd, check=True, capture_output=True, env=env), runs)


def report(title: str, rows: dict[str, list[float]], target: float | None = None, unit: str = "s") -> None:
    scale = 1000.0 if unit == "ms" else 1.0
    print(f"\n{title}" + (f"  (target < {target}{unit})" if target else ""))
    print(f"  {'what':<34}{'min':>10}{'median':>10}{'max':>10}")
    for name, times in rows.items():
        t = [x * scale for x in times]
        print(f"  {name:<34}{min(t):>10.3f}{statistics.median(t):>10.3f}{max(t):>10.3f}   {unit}")
