"""The casting of a large season, solved run by run around a first complete cast.

Every soft goal is a sum over runs (a production's shows): fair share, debuts, distinct casts
and couples, corps changes are per run; draw, unpreferred couples and guests' shows are per
show. The hard rules link two runs only through a dancer who could dance in both within a few
days of each other (:func:`~etoile.solvers.casting.run_slots.window_days`: a week, consecutive
days, rest between leads, travel). So:

1. **A first complete cast** of the whole season: the greedy sheet, then, around each place
   it leaves empty, the shows within the window re-cast by CP-SAT with the rest of the sheet
   kept (wider and wider if needed; the whole season last). Seconds, not minutes.
2. **Each run improved in turn**, in order of first show, with its eligible pairs' share of
   the deterministic budget the first cast and the runs before it left: CP-SAT re-casts the
   run with the nearby shows of the other runs fixed (its *neighbours*); the current cast
   stays complete and obeys every hard rule whatever the search finds in its time; a better
   run cast (by the exact :func:`~etoile.solvers.casting.evaluate.evaluate`) replaces the
   old one. The search is not started from the current cast: CP-SAT then stays next to it.
3. **The bound**: a run's model without neighbours is the run alone, a relaxation of the
   whole, so its bound is a lower bound of the run's share of the objective; a run with
   neighbours gets its bound from a short solve of the run alone. The sum over runs is a
   true lower bound of the season; the plan is optimal only when it reaches it.

A run found infeasible alone proves the season infeasible. ``docs/casting.md`` has the
measurements against the single model of the whole season.

The steps are put together here; the pieces, which the group solver shares, are apart: the
runs and their neighbours in :mod:`~etoile.solvers.casting.run_slots`, the first cast in
:mod:`~etoile.solvers.casting.first_cast`, a sub-solve and the budget in
:mod:`~etoile.solvers.casting.sub_solve`, the final cast and its report in
:mod:`~etoile.solvers.casting.whole_cast`.
"""

from __future__ import annotations

from collections.abc import Iterable

from etoile.domain import CastingWeights, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.first_cast import Opening
from etoile.solvers.casting.params import ProgressFn
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.casting.run_slots import neighbours
from etoile.solvers.casting.sub_solve import Part
from etoile.solvers.casting.whole_cast import cast_value, finish, tell, with_cast

BOUND_SHARE = 0.2
"""Share of a run's budget spent on the bound of the run alone, when it has neighbours."""


def solve_by_runs(
    problem: CastingProblem, weights: CastingWeights, start: Opening, progress: ProgressFn | None
) -> CastingResult:
    """Cast ``problem`` run by run (module docstring) from the first complete cast ``start``,
    within what is left of the deterministic budget.

    Parameters
    ----------
    problem, weights
        The problem and its soft goals' weights.
    start
        The first complete cast (:func:`~etoile.solvers.casting.first_cast.opening`), with the runs,
        the window and the budget left.
    progress
        Hears of the cast's value and the sum of the bounds after each run; None: nobody.

    Returns
    -------
    CastingResult
        The best cast found, its report (the bound is the sum of the runs' bounds alone) and the
        number of runs and the first cast's milliseconds.
    """
    clock, days, runs, cast, notes = start.clock, start.days, start.runs, start.cast, start.notes
    params = clock.params
    value = cast_value(problem, weights, cast)
    tell(progress, value, 0.0, clock)

    bounds: dict[str, float] = {}
    proved = skipped = 0
    for i, run in enumerate(runs):
        # What the first cast and the runs before left, shared by the runs' eligible pairs.
        left = params.time_limit - clock.spent
        share = left * run.pairs / max(1, sum(r.pairs for r in runs[i:]))
        near = neighbours(problem, run, runs, days)
        if near and (settings := clock.params_for(share * BOUND_SHARE)) is not None:
            alone = Part(problem, weights, list(run.slots), [])
            found = clock.charge(alone.solve(settings))
            bounds[run.production] = max(0.0, found.report.bound or 0.0)
            notes += found.report.notes
        settings = clock.params_for(share * (1 - BOUND_SHARE) if near else share)
        if settings is None:
            skipped += 1
            notes.append(f"{run.production}: not improved (the deterministic budget is spent)")
            continue
        part = Part(problem, weights, list(run.slots), _pairs(cast, near))
        result = clock.charge(part.solve(settings))
        if not near:
            bounds[run.production] = max(0.0, result.report.bound or 0.0)
            proved += result.report.status is SolveStatus.OPTIMAL
        if result.report.status.has_plan:
            trial = with_cast(cast, run.slots, result.cast)
            if (tried := cast_value(problem, weights, trial)) <= value:
                cast, value = trial, tried
        notes.append(
            f"{run.production}: {result.report.status.value}"
            + (" with its neighbours fixed" if near else " alone")
            + f", bound {bounds.get(run.production, 0.0):g}"
        )
        notes += result.report.notes
        tell(progress, value, sum(bounds.values()), clock)

    notes.insert(
        0,
        f"solved run by run: {len(runs)} runs ({proved} proved optimal alone, {skipped} not "
        "improved for lack of time); the bound is the sum of each run's bound alone",
    )
    final, report = finish(
        problem, weights, cast, sum(bounds.values()), "cp-sat (runs)", clock, notes
    )
    stats = {"runs": len(runs), "first_cast_ms": round(start.seconds * 1000)}
    return CastingResult(final, report, stats)


def _pairs(cast: dict[int, set[int]], slots: Iterable[int]) -> Cast:
    return [(k, d) for k in slots for d in sorted(cast.get(k, ()))]
