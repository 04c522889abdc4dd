"""Rehearsal benchmark: the demo season's calendar (``python -m benchmarks.run rehearsals``).

The demo season (seed 0, the one ``make demo`` plans) is cast as ``etoile demo`` casts it
(CP-SAT run by run, ``CAST_SECONDS``), then its calendar is solved and checked by the
independent validator: the row counts the calls placed and the errors of every rule (the
casting's, whose "Rehearsal load over the dancer's time" keeps the calendar possible, and
the rehearsal rules, split into readiness: hours short or missing stage calls, and every other
hard rule). The benchmark fails on any error.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

OUT = Path("bench-out")
TIME_LIMIT = 60.0
WORKERS = 2
SEED = 0
CAST_SECONDS = 120.0
READINESS = {"Rehearsal hours short before opening", "Stage or dress rehearsal missing"}


def run() -> list[dict[str, Any]]:
    """Cast, rehearse, validate; print and return the row."""
    from etoile.demo import generate
    from etoile.services.casting import cast_season
    from etoile.services.rehearsal import RehearsalParams, rehearse_season
    from etoile.solvers.casting.params import CastingParams
    from etoile.validate import Severity, rehearsal, rehearsal_labor, validate

    names = {
        v
        for m in (rehearsal, rehearsal_labor)
        for k, v in vars(m).items()
        if k.isupper() and isinstance(v, str)
    }
    season = generate("demo", SEED)
    cast = cast_season(season, None, CastingParams(time_limit=CAST_SECONDS, workers=WORKERS))
    started = time.perf_counter()
    params = RehearsalParams(time_limit=TIME_LIMIT, workers=WORKERS, seed=SEED)
    plan = rehearse_season(season, cast, params)
    seconds = time.perf_counter() - started
    report = plan.reports["rehearsals"]
    (OUT / "rehearsals-plan.json").write_text(plan.model_dump_json(by_alias=True), encoding="utf-8")
    every = validate(season, plan)
    found = [v for v in every if v.rule in names]
    errors = [v for v in found if v.severity is Severity.ERROR]
    hard = [v for v in errors if v.rule not in READINESS]
    others = [v for v in every if v.severity is Severity.ERROR and v.rule not in names]
    placed = sum((c.end - c.start).total_seconds() / 3600 for c in plan.rehearsals)
    row = {
        "instance": f"demo seed {SEED} (CP-SAT cast, {CAST_SECONDS:g} s)",
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
        "casting_errors": len(others),
        "warnings": len(found) - len(errors),
        "failed": bool(errors or others),
    }
    print(
        f"{row['instance']}: {row['status']}, {row['calls']} calls ({row['hours_placed']} h), "
        f"overtime {row['overtime_min']} min, bound {row['bound']}, {row['seconds']} s; "
        f"readiness errors {row['readiness_errors']}, other hard errors {row['hard_errors']}, "
        f"casting errors {row['casting_errors']}, "
        f"warnings {row['warnings']}\n  {'; '.join(row['notes'])}"
    )
    for v in errors + [v for v in every if v.severity is Severity.ERROR and v.rule not in names]:
        print(f"  {v.rule}: {v.message}")
    return [row]
