"""Rehearsal benchmark: the demo season's calendar (``python -m benchmarks.run rehearsals``).

The demo season is cast by the greedy sheet (seconds, where CP-SAT casting takes minutes) at
``learning_hours_per_week = 20`` (at the default 6 h the demo cannot be cast; see
``benchmarks/casting.py``). The calendar is then solved and checked by the independent
validator: the row counts the calls placed, the hours that could not be, and the errors of the
rehearsal rules, split into readiness (hours short, missing stage calls: an incomplete
calendar, explained in the report) and every other hard rule (which must be 0).
"""

from __future__ import annotations

import time
from typing import Any

TIME_LIMIT = 60.0
WORKERS = 2
SEED = 1
READINESS = {"Rehearsal hours short before opening", "Stage or dress rehearsal missing"}


def run() -> list[dict[str, Any]]:
    """Cast, rehearse, validate; print and return the row."""
    from etoile.demo import generate
    from etoile.problems.casting import compile_casting
    from etoile.services.rehearsal import RehearsalParams, rehearse_season
    from etoile.solvers.casting.greedy import solve_greedy
    from etoile.solvers.casting.plan import to_assignments
    from etoile.validate import Severity, rehearsal, rehearsal_labour, validate

    names = {
        v
        for m in (rehearsal, rehearsal_labour)
        for k, v in vars(m).items()
        if k.isupper() and isinstance(v, str)
    }
    season = generate("demo", SEED)
    weights = season.casting_weights.model_copy(update={"learning_hours_per_week": 20.0})
    season = season.model_copy(update={"casting_weights": weights})
    problem = compile_casting(season)
    cast = to_assignments(problem, solve_greedy(problem).cast, None, season.id)
    started = time.perf_counter()
    params = RehearsalParams(time_limit=TIME_LIMIT, workers=WORKERS, seed=SEED)
    plan = rehearse_season(season, cast, params)
    seconds = time.perf_counter() - started
    report = plan.reports["rehearsals"]
    found = [v for v in validate(season, plan) if v.rule in names]
    errors = [v for v in found if v.severity is Severity.ERROR]
    hard = [v for v in errors if v.rule not in READINESS]
    placed = sum((c.end - c.start).total_seconds() / 3600 for c in plan.rehearsals)
    row = {
        "instance": "demo (greedy cast, pace 20)",
        "status": report.status.value,
        "calls": len(plan.rehearsals),
        "hours_placed": round(placed, 1),
        "notes": report.notes[:2],
        "overtime_min": report.objective,
        "bound": report.bound,
        "gap": report.gap,
        "seconds": round(seconds, 1),
        "readiness_errors": len(errors) - len(hard),
        "hard_errors": len(hard),
        "warnings": len(found) - len(errors),
        "failed": bool(hard),
    }
    print(
        f"{row['instance']}: {row['status']}, {row['calls']} calls ({row['hours_placed']} h), "
        f"overtime {row['overtime_min']} min, bound {row['bound']}, {row['seconds']} s; "
        f"readiness errors {row['readiness_errors']}, other hard errors {row['hard_errors']}, "
        f"warnings {row['warnings']}\n  {'; '.join(row['notes'])}"
    )
    return [row]
