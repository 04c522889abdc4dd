"""Casting benchmark: CP-SAT, the greedy sheet and HiGHS on the demo and large presets.

``python -m benchmarks.run casting``. Each (preset, solver) runs in a child process of its own
so that peak memory (max RSS, the child and its own children) belongs to that solver alone.
Every plan is checked by the independent validator and its objective recomputed from the plan.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from typing import Any

PRESETS = {"demo": 60.0, "large": 300.0}
"""Instance -> time limit in seconds (the issue's goals: demo in 60 s, large in 300 s)."""
SOLVERS = ("greedy", "cp-sat", "cp-sat-whole", "highs")
"""``cp-sat`` is the default (run by run on these sizes); ``cp-sat-whole`` the single model."""
WORKERS = 2
SEED = 1


def measure(preset: str, solver: str, time_limit: float) -> dict[str, Any]:
    """Generate, compile, solve and check one (preset, solver); the row of the table."""
    from etoile.demo import generate
    from etoile.problems.casting import compile_casting
    from etoile.solvers.casting.greedy import solve_greedy
    from etoile.solvers.casting.milp import solve_milp
    from etoile.solvers.casting.model import solve_casting
    from etoile.solvers.casting.params import CastingParams
    from etoile.solvers.casting.plan import to_assignments
    from etoile.validate import Severity, validate
    from etoile.validate.casting import casting_objective

    season = generate(preset, SEED)
    started = time.perf_counter()
    problem = compile_casting(season)
    compile_seconds = time.perf_counter() - started
    if solver == "greedy":
        result = solve_greedy(problem)
    elif solver.startswith("cp-sat"):
        method = "whole" if solver == "cp-sat-whole" else "auto"
        # The goals are in wall-clock seconds: the limit is wall time here (wall_factor 1).
        params = CastingParams(
            time_limit=time_limit, workers=WORKERS, seed=SEED, method=method, wall_factor=1.0
        )
        result = solve_casting(problem, season.casting_weights, params)
    else:
        result = solve_milp(problem, season.casting_weights, time_limit, WORKERS, SEED)
    plan = to_assignments(problem, result.cast, None, season.id)
    errors = [v for v in validate(season, plan) if v.severity is Severity.ERROR]
    casting_errors = [v for v in errors if v.rule in _CASTING_RULES]
    recomputed = sum(casting_objective(season, plan).values()) if result.cast else None
    report = result.report
    rss = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    return {
        "preset": preset,
        "solver": solver,
        "status": report.status.value,
        "objective": report.objective if report.objective is not None else recomputed,
        "recomputed": recomputed,
        "bound": report.bound,
        "gap": report.gap,
        "seconds": round(report.seconds, 1),
        "compile_seconds": round(compile_seconds, 1),
        "peak_mb": round(rss / 1024),
        "violations": len(casting_errors),
        "shows": len(problem.shows),
        "slots": len(problem.slots),
        "cast_variables": result.stats.get(
            "cast_variables", sum(len(s.candidates) for s in problem.slots)
        ),
        "first_plan_seconds": (
            result.stats["first_cast_ms"] / 1000 if "first_cast_ms" in result.stats else None
        ),
        "model_variables": result.stats.get("variables"),
        "model_constraints": result.stats.get("constraints"),
        "failed": bool(casting_errors) and report.status.has_plan,
    }


_CASTING_RULES: set[str] = set()


def _child(preset: str, solver: str) -> None:
    from etoile.validate import casting as rules

    _CASTING_RULES.update(v for k, v in vars(rules).items() if k.isupper() and isinstance(v, str))
    print(json.dumps(measure(preset, solver, PRESETS[preset])))


def run() -> list[dict[str, Any]]:
    """Run every (preset, solver) in its own process; print and return the rows."""
    rows = []
    print(
        f"{'preset':7} {'solver':12} {'status':10} {'objective':>10} {'bound':>10} {'gap':>7} "
        f"{'s':>7} {'MB':>6} viol",
        flush=True,
    )
    for preset in PRESETS:
        for solver in SOLVERS:
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.casting", preset, solver],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                row: dict[str, Any] = {
                    "preset": preset,
                    "solver": solver,
                    "status": "error",
                    "error": done.stderr[-2000:],
                    "failed": True,
                }
            else:
                row = json.loads(done.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(_line(row), flush=True)
    return rows


def num(x: float | None) -> str:
    """A figure with thousands separators, or a dash."""
    return "-" if x is None else f"{x:,.0f}"


def _line(row: dict[str, Any]) -> str:
    if row["status"] == "error":
        return f"{row['preset']:7} {row['solver']:12} error: {row['error'].splitlines()[-1:]}"
    gap = "-" if row["gap"] is None else f"{row['gap']:.2%}"
    return (
        f"{row['preset']:7} {row['solver']:12} {row['status']:10} {num(row['objective']):>10} "
        f"{num(row['bound']):>10} {gap:>7} {row['seconds']:>7} {row['peak_mb']:>6} "
        f"{row['violations']}"
    )


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
