"""Talent scheduling benchmark: every public instance, its published optimum, DP and CP-SAT.

For each file in ``../shared/benchmarks/talent`` (the README there lists the optima), the exact
DP must reach the published optimum and prove it; a row is ``failed`` otherwise, or when the
independent evaluator disagrees with the solver. CP-SAT runs with a time limit as a comparison
and never fails a row: it is reported, proven or not.

Run: ``python -m benchmarks.run talent`` (``CPSAT_LIMIT=0`` in the environment skips CP-SAT).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from etoile.config import get_settings
from etoile.problems.talent import read_talent
from etoile.solvers.rehearsal.talent import solve_cpsat, solve_talent
from etoile.validate.talent import check_order, evaluate_order

FOLDER = get_settings().shared_dir / "benchmarks" / "talent"
CPSAT_LIMIT = float(os.environ.get("CPSAT_LIMIT", "10"))

# Published optimal totals (README of the folder), by file name.
OPTIMUM = {
    "rehearsal_smith.dzn": 109,
    "rehearsal_choco.dzn": 53,
    "concert": 111,
    "concert.dzn": 111,
    "tiny": 29,
    "tiny.dzn": 29,
    "tiny2": 9,
    "small": 54,
    "small.dzn": 54,
    "small2": 56,
    "film-10": 352,
    "film-12": 401,
    **{
        f"film{k}{ext}": v
        for k, v in {
            "103": 1031,
            "105": 849,
            "114": 867,
            "116": 541,
            "117": 913,
            "118": 853,
            "119": 790,
        }.items()
        for ext in (".dat", ".dzn")
    },
    "MobStory": 871,
    "MobStory.dzn": 871,
    "csplib_Film1.txt": 871,
    "csplib_Film2.txt": 818,
    "Warwick1201": 222,
    "Shaw2020": 877,
}


def _row(path: Path) -> dict[str, Any]:
    problem = read_talent(path)
    dp = solve_talent(problem)
    cost = evaluate_order(problem, dp.order)
    optimum = OPTIMUM[path.name]
    row: dict[str, Any] = {
        "instance": str(path.relative_to(FOLDER)),
        "scenes": problem.num_scenes,
        "actors": problem.num_actors,
        "published_total": optimum,
        "published_waiting": optimum - problem.fixed_cost,
        "total": dp.total,
        "waiting": dp.waiting,
        "proven": dp.optimal,
        "seconds": round(dp.seconds, 3),
    }
    checked = check_order(problem, dp.order) == [] and cost.total == dp.total
    row["failed"] = not (checked and dp.optimal and dp.total == optimum)
    if CPSAT_LIMIT > 0:
        cp = solve_cpsat(problem, time_limit=CPSAT_LIMIT)
        row |= {
            "cpsat_total": cp.total,
            "cpsat_bound": cp.bound,
            "cpsat_proven": cp.optimal,
            "cpsat_seconds": round(cp.seconds, 2),
        }
    return row


def run() -> list[dict[str, Any]]:
    """Solve every instance of the folder; print a table; return one row per instance."""
    files = sorted(p for p in FOLDER.rglob("*") if p.is_file() and p.suffix != ".md")
    rows = [_row(path) for path in files]
    table = Table(title=f"Talent scheduling (CP-SAT limit {CPSAT_LIMIT:g} s)")
    columns = [
        "instance",
        "scenes",
        "actors",
        "published_total",
        "total",
        "waiting",
        "proven",
        "seconds",
    ]
    if CPSAT_LIMIT > 0:
        columns += ["cpsat_total", "cpsat_bound", "cpsat_proven", "cpsat_seconds"]
    for column in [*columns, "failed"]:
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(row[c]) for c in [*columns, "failed"]))
    Console(width=200).print(table)
    return rows
