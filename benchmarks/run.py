"""Run the benchmarks: ``python -m benchmarks.run [NAME ...]`` (``make bench`` runs them all).

Each benchmark is a module of this package with a ``run()`` function that prints its own table
and returns its rows. Benchmarks measure; they never fail because the machine is slow. They do
fail (exit 1) when a plan they produce breaks a rule of the independent validator, or when a
solver misses a known optimum it is required to reach.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

BENCHMARKS = ("generate", "forecast", "talent", "casting", "rehearsals", "repair", "plan", "web")
OUT = Path("bench-out")


def main(argv: list[str]) -> int:
    """Run the named benchmarks (all when none are named); write their rows as JSON."""
    names = argv or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    OUT.mkdir(exist_ok=True)
    failed = False
    for name in names:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        rows = module.run()
        elapsed = time.perf_counter() - started
        (OUT / f"{name}.json").write_text(json.dumps(rows, indent=2, default=str) + "\n")
        failed |= any(row.get("failed") for row in rows if isinstance(row, dict))
        print(f"({name}: {elapsed:.1f} s; rows in {OUT / (name + '.json')})", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
