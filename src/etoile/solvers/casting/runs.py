"""The casting of a large season, solved run by run around a first complete cast.

Every soft goal is a sum over runs (a production's shows): fair share, debuts, distinct casts
and couples, corps changes are per run; draw, unpreferred couples and guests' shows are per
show. The hard rules link two runs only through a dancer who could dance in both within a few
days of each other (:func:`window_days`: a week, consecutive days, rest between leads,
travel). So:

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
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from etoile.domain import CastingWeights, SolveReport, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.evaluate import evaluate
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.params import CastingParams, Progress, ProgressFn
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.casting.subproblem import subproblem
from etoile.solvers.result import make_report

WHOLE_RUN = 100_000
"""A reach in days that takes in a whole run."""

BOUND_SHARE = 0.2
"""Share of a run's budget spent on the bound of the run alone, when it has neighbours."""

MIN_SOLVE = 0.5
"""The least deterministic seconds a sub-solve gets; with less left, it is skipped."""


@dataclass(frozen=True)
class Run:
    """One production's slots, its days and its candidates."""

    production: str
    slots: tuple[int, ...]
    first: dt.date
    last: dt.date
    dancers: frozenset[int]
    pairs: int


def runs_of(problem: CastingProblem) -> list[Run]:
    """The runs of ``problem`` in order of their first show."""
    found: list[Run] = []
    for production, shows in problem.runs.items():
        keep = set(shows)
        slots = tuple(k for k, s in enumerate(problem.slots) if s.show in keep)
        if not slots:
            continue
        days = [problem.shows[s].day for s in shows]
        dancers = frozenset(d for k in slots for d in problem.slots[k].candidates)
        pairs = sum(len(problem.slots[k].candidates) for k in slots)
        found.append(Run(production, slots, min(days), max(days), dancers, pairs))
    return sorted(found, key=lambda r: (r.first, r.production))


def window_days(problem: CastingProblem) -> int:
    """Days within which two shows of one dancer constrain each other.

    A week (the weekly limits), a run of consecutive working days, the free days between two
    leads, and the travel and rest between cities; whichever is longest for any dancer.
    """
    longest = 7
    for d in problem.dancers:
        longest = max(
            longest,
            d.max_consecutive_days + 1,
            d.min_days_between_leads + 1,
            d.rest_days_after_travel + 2,
        )
    return longest


def neighbours(problem: CastingProblem, run: Run, others: list[Run], days: int) -> list[int]:
    """Slots of ``others`` within ``days`` of ``run`` that share a candidate with it."""
    start = run.first - dt.timedelta(days=days)
    end = run.last + dt.timedelta(days=days)
    found = []
    for other in others:
        if other is run or not run.dancers & other.dancers:
            continue
        if other.last < start or other.first > end:
            continue
        for k in other.slots:
            slot = problem.slots[k]
            day = problem.shows[slot.show].day
            if start <= day <= end and run.dancers.intersection(slot.candidates):
                found.append(k)
    return found


class Budget:
    """The deterministic budget ``params.time_limit`` shared out.

    The sub-solves' deterministic seconds are counted; each sub-solve asks for a share of
    what is left (the first cast's repairs all of it, each run its eligible pairs' share of
    the runs still to improve) and gets it, at least :data:`MIN_SOLVE`, never more than what
    is left; with less than :data:`MIN_SOLVE` left, it is skipped. Nothing here reads the wall
    clock but the report's wall seconds and the progress: the same season, seed and workers
    give the same plan on an idle or a loaded machine.
    """

    def __init__(self, params: CastingParams) -> None:
        self.params = params
        self.started = time.perf_counter()
        self.spent = 0.0

    def elapsed(self) -> float:
        """Wall seconds since the start (for the report and progress only)."""
        return time.perf_counter() - self.started

    def params_for(self, seconds: float) -> CastingParams | None:
        """Settings for a sub-solve of ``seconds`` of deterministic time, or None when the
        budget is spent."""
        left = self.params.time_limit - self.spent
        if left < MIN_SOLVE:
            return None
        return replace(self.params, time_limit=min(max(MIN_SOLVE, seconds), left))

    def charge(self, result: CastingResult) -> CastingResult:
        """Count ``result``'s deterministic seconds against the budget; returns it."""
        self.spent += result.report.deterministic_seconds or 0.0
        return result


def solve_by_runs(
    problem: CastingProblem,
    weights: CastingWeights,
    params: CastingParams | None = None,
    progress: ProgressFn | None = None,
    hint: Cast | None = None,
) -> CastingResult:
    """Cast ``problem`` run by run (module docstring) within the deterministic budget
    ``params.time_limit``."""
    params = params or CastingParams()
    clock = Budget(params)
    days = window_days(problem)
    runs = runs_of(problem)
    cast, report = first_cast(problem, weights, hint, days, clock)
    if cast is None:
        return no_plan(params, clock, report)
    first_seconds = clock.elapsed()
    notes = [
        f"first complete cast in {clock.spent:.2f} deterministic s of CP-SAT ({report.solver})",
        *report.notes,
    ]
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
    stats = {"runs": len(runs), "first_cast_ms": round(first_seconds * 1000)}
    return CastingResult(final, report, stats)


def no_plan(params: CastingParams, clock: Budget, report: SolveReport) -> CastingResult:
    """The result when no complete first cast was found (``report`` says why)."""
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
    part = Part(problem, weights, sorted(region), [(k, d) for k, d in sheet if k in near])
    return clock.charge(part.first(sheet, settings))


class Part:
    """Some slots of a problem solved with others fixed; casts in whole-problem indices."""

    def __init__(
        self, problem: CastingProblem, weights: CastingWeights, free: list[int], fixed: Cast
    ) -> None:
        self.keep = sorted({*free, *(k for k, _ in fixed)})
        self.index = {k: i for i, k in enumerate(self.keep)}
        self.free = set(free)
        self.fixed = [(self.index[k], d) for k, d in fixed]
        self.model = CastingModel(subproblem(problem, self.keep, fixed), weights)

    def solve(self, params: CastingParams) -> CastingResult:
        """Search for the best cast of the free slots.

        Without a hint: measured on the demo season, CP-SAT started from the current cast
        stays next to it (nyc-swan-lake, 5 s: no change from 926), and from scratch finds
        far better (469); the caller keeps the current cast when the search finds no better.
        """
        self.model.model.clear_hints()
        return self._whole(self.model.solve(params))

    def first(self, start: Cast, params: CastingParams) -> CastingResult:
        """Any complete cast, from ``start`` (possibly partial), ignoring the soft goals."""
        self.model.hint([(self.index[k], d) for k, d in start if k in self.free] + self.fixed)
        return self._whole(self.model.first_plan(params))

    def _whole(self, result: CastingResult) -> CastingResult:
        cast = [(self.keep[i], d) for i, d in result.cast if self.keep[i] in self.free]
        return CastingResult(cast, result.report, result.stats)


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


def _pairs(cast: dict[int, set[int]], slots: Iterable[int]) -> Cast:
    return [(k, d) for k in slots for d in sorted(cast.get(k, ()))]


def cast_value(
    problem: CastingProblem, weights: CastingWeights, cast: dict[int, set[int]]
) -> float:
    """The objective of ``cast`` (slot -> dancers), exactly."""
    pairs = [(k, d) for k, ds in cast.items() for d in ds]
    return sum(evaluate(problem, weights, pairs).values())


def with_cast(cast: dict[int, set[int]], slots: Iterable[int], found: Cast) -> dict[int, set[int]]:
    """``cast`` with ``slots`` cast as ``found`` instead (``cast`` itself unchanged)."""
    trial = {**cast, **{k: set() for k in slots}}
    for k, d in found:
        trial[k].add(d)
    return trial


def finish(
    problem: CastingProblem,
    weights: CastingWeights,
    cast: dict[int, set[int]],
    bound: float,
    solver: str,
    clock: Budget,
    notes: list[str],
) -> tuple[Cast, SolveReport]:
    """The final cast and its report: the objective and terms recomputed exactly, optimal
    only when the cast reaches ``bound``."""
    final = sorted((k, d) for k, ds in cast.items() for d in ds)
    terms = evaluate(problem, weights, final)
    objective = sum(terms.values())
    status = SolveStatus.OPTIMAL if objective <= bound + 1e-6 else SolveStatus.FEASIBLE
    report = make_report(
        solver,
        status,
        objective=objective,
        bound=bound,
        seconds=clock.elapsed(),
        deterministic_seconds=clock.spent,
        terms=terms,
        seed=clock.params.seed,
        workers=clock.params.workers,
        notes=notes,
    )
    return final, report


def tell(progress: ProgressFn | None, value: float, bound: float, clock: Budget) -> None:
    if progress is not None:
        progress(Progress(value, bound, clock.elapsed(), 0, clock.spent))
