"""The first complete cast of a season: the greedy sheet, repaired by CP-SAT where it is short.

Around each place the sheet leaves empty, the shows within the window are cast again by CP-SAT
with the rest of the sheet kept, wider and wider if needed (the whole run, then the whole
season last): seconds, not minutes. The run-by-run and group solvers start from this cast
(:func:`opening`), and say why when there is none (:func:`no_plan`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from etoile.domain import CastingWeights, SolveReport, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.casting.run_slots import Run, runs_of, window_days
from etoile.solvers.casting.sub_solve import Budget, Part
from etoile.solvers.result import make_report

WHOLE_RUN = 100_000
"""A reach in days that takes in a whole run."""


def no_plan(params: CastingParams, clock: Budget, report: SolveReport) -> CastingResult:
    """The result when no complete first cast was found (``report`` says why).

    Parameters
    ----------
    params
        The casting's settings, for the budget named in the note.
    clock
        What the search spent, wall and deterministic.
    report
        The last repair's report, whose status and notes are kept (after a note on the budget,
        unless it is infeasible).

    Returns
    -------
    CastingResult
        No cast; the report's seconds are the whole search's.
    """
    said = (
        []
        if report.status is SolveStatus.INFEASIBLE
        else [
            f"no complete first cast within the deterministic budget ({params.time_limit:g} s; "
            f"{clock.spent:.2f} s spent)"
        ]
    )
    update = {
        "seconds": round(clock.elapsed(), 3),
        "deterministic_seconds": round(clock.spent, 3),
        "notes": [*said, *report.notes],
    }
    return CastingResult([], report.model_copy(update=update))


@dataclass
class Opening:
    """Where the run-by-run and group solvers start from: the budget, the window, the runs
    and the first complete cast (slot -> dancers), with the notes of the report so far and
    the wall seconds the first cast took."""

    clock: Budget
    days: int
    runs: list[Run]
    cast: dict[int, set[int]]
    notes: list[str]
    seconds: float


def opening(
    problem: CastingProblem, weights: CastingWeights, params: CastingParams, hint: Cast | None
) -> Opening | CastingResult:
    """The first complete cast of ``problem`` (from ``hint`` when given) within the budget
    ``params.time_limit``, or the result that says why there is none (:func:`no_plan`).

    Parameters
    ----------
    problem, weights
        What to cast, and the weights the repairs' solves minimise.
    params
        The whole budget and the solver's settings; the clock starts here.
    hint
        A complete or partial cast to start from instead of the greedy sheet.

    Returns
    -------
    Opening or CastingResult
        The opening, or, without a complete cast, the result to return as it is.
    """
    clock = Budget(params)
    days = window_days(problem)
    runs = runs_of(problem)
    cast, report = first_cast(problem, weights, hint, days, clock)
    if cast is None:
        return no_plan(params, clock, report)
    seconds = clock.elapsed()
    notes = [
        f"first complete cast in {clock.spent:.2f} deterministic s of CP-SAT ({report.solver})",
        *report.notes,
    ]
    return Opening(clock, days, runs, cast, notes, seconds)


def first_cast(
    problem: CastingProblem,
    weights: CastingWeights,
    start: Cast | None,
    days: int,
    clock: Budget,
) -> tuple[dict[int, set[int]] | None, SolveReport]:
    """A complete cast, fast: ``start`` or the greedy sheet, repaired where it is short.

    For each run with places left empty, the run's shows within ``days`` of them (then twice
    that, then the whole run, then the whole season) are cast again by CP-SAT, with the
    sheet's cast of every other show nearby kept. Returns the cast by slot (None when there
    is none) and the report of the last repair.

    Parameters
    ----------
    problem
        The compiled problem.
    weights
        The soft goals' weights, for each repair's solve.
    start
        A cast to start from (a previous plan); None: the greedy sheet, preferring known roles.
    days
        The first reach around a place left empty
        (:func:`~etoile.solvers.casting.run_slots.window_days`).
    clock
        The budget the repairs are charged to.
    """
    sheet = list(start) if start else list(solve_greedy(problem, prefer_known=True).cast)
    report = make_report("greedy", SolveStatus.FEASIBLE, objective=None, bound=None, seconds=0)
    for run in runs_of(problem):
        short = _short(problem, sheet, run.slots)
        for reach in (days, 2 * days, WHOLE_RUN, None):
            if not short:
                break
            region = _around(problem, short, reach, run.slots)
            result = _recast(problem, weights, sheet, region, days, clock)
            report = result.report.model_copy(update={"solver": "greedy + cp-sat repair"})
            if result.report.status.has_plan:
                sheet = [(k, d) for k, d in sheet if k not in region] + result.cast
                short = []
            elif result.report.status is not SolveStatus.INFEASIBLE or reach is None:
                return None, report  # out of time, or the whole season is infeasible
    cast: dict[int, set[int]] = defaultdict(set)
    for k, d in sheet:
        cast[k].add(d)
    return dict(cast), report


def _short(problem: CastingProblem, sheet: Cast, slots: Iterable[int]) -> list[int]:
    wanted = set(slots)
    filled: dict[int, int] = defaultdict(int)
    for k, _ in sheet:
        filled[k] += 1
    return [k for k in sorted(wanted) if filled[k] < problem.slots[k].count]


def _recast(
    problem: CastingProblem,
    weights: CastingWeights,
    sheet: Cast,
    region: set[int],
    days: int,
    clock: Budget,
) -> CastingResult:
    """Any complete cast of ``region``, the sheet's cast of the shows near it kept (places
    still short elsewhere are left out: they are repaired in their turn); within what is left
    of the budget."""
    settings = clock.params_for(clock.params.time_limit)
    if settings is None:
        report = make_report("cp-sat", SolveStatus.TIMED_OUT, objective=None, bound=None, seconds=0)
        return CastingResult([], report)
    when = [problem.shows[problem.slots[k].show].day for k in region]
    low, high = min(when) - dt.timedelta(days=days), max(when) + dt.timedelta(days=days)
    full = set(range(len(problem.slots))) - set(_short(problem, sheet, range(len(problem.slots))))
    near = {k for k in full - region if low <= problem.shows[problem.slots[k].show].day <= high}
    # The rehearsal load spans a whole production: keep the rest of the region's runs too.
    touched = {problem.shows[problem.slots[k].show].production for k in region}
    near |= {k for k in full - region if problem.shows[problem.slots[k].show].production in touched}
    # Any complete cast: the model without the soft goals' variables and rows (on the demo
    # season 4.8 deterministic seconds for the first cast instead of 16.5 with them).
    part = Part(problem, weights, sorted(region), [(k, d) for k, d in sheet if k in near], ())
    return clock.charge(part.first(sheet, settings))


def _around(
    problem: CastingProblem, short: list[int], reach: int | None, slots: Iterable[int]
) -> set[int]:
    """Of ``slots``, those whose show is within ``reach`` days of a show of ``short``; every
    slot of the problem when ``reach`` is None."""
    if reach is None:
        return set(range(len(problem.slots)))
    days = sorted({problem.shows[problem.slots[k].show].day for k in short})
    near = dt.timedelta(days=reach)
    return {
        k
        for k in slots
        if any(abs(problem.shows[problem.slots[k].show].day - d) <= near for d in days)
    }
