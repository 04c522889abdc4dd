"""Benchmark: how long ``etoile.demo.generate`` takes for each preset, and its peak memory.

``python -m benchmarks.run generate``. For each preset, with seed 0: the best wall time of a
few generations (the machine is shared, so the best is the least noisy), the time to write
the season as YAML and as JSON (what ``etoile generate -o`` adds), and the peak Python memory
of one generation traced with ``tracemalloc`` (a separate run, since tracing slows it down).
The goal for ``large`` is well under 30 s for ``etoile generate``; it measures, never fails.
"""

from __future__ import annotations

import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from etoile.demo import PRESETS, generate
from etoile.domain import Season
from etoile.seasonfile import dump_season

REPEATS = {"tiny": 5, "demo": 3, "large": 2}


def _best(preset: str, repeats: int) -> tuple[float, Season]:
    best, season = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        season = generate(preset, 0)
        best = min(best, time.perf_counter() - started)
    assert season is not None
    return best, season


def _write(season: Season, suffix: str) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"season{suffix}"
        started = time.perf_counter()
        dump_season(season, path)
        return time.perf_counter() - started, path.stat().st_size


def _peak_mib(preset: str) -> float:
    tracemalloc.start()
    try:
        generate(preset, 0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def measure(preset: str) -> dict[str, Any]:
    """One row: the preset's sizes, generation and writing times, and peak memory."""
    seconds, season = _best(preset, REPEATS[preset])
    yaml_seconds, yaml_bytes = _write(season, ".yaml")
    json_seconds, _ = _write(season, ".json")
    return {
        "preset": preset,
        "seed": 0,
        "houses": len(season.companies),
        "dancers": sum(len(c.dancers) for c in season.companies),
        "performances": sum(len(c.performances) for c in season.companies),
        "generate_s": round(seconds, 3),
        "write_yaml_s": round(yaml_seconds, 3),
        "write_json_s": round(json_seconds, 3),
        "yaml_kib": round(yaml_bytes / 1024),
        "peak_mib": round(_peak_mib(preset), 1),
    }


def run() -> list[dict[str, Any]]:
    """Measure every preset, print a table and return the rows."""
    rows = [measure(preset) for preset in PRESETS]
    columns = list(rows[0])
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
    print("  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows:
        print("  ".join(str(row[c]).rjust(w) for c, w in zip(columns, widths, strict=True)))
    return rows


if __name__ == "__main__":
    run()
