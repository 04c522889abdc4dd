"""The casting solved in stages (experimental, not wired into ``cast_season``).

The solo roles first, then the ensembles around them.

The monolithic model of the demo season has ~185k variables, and its bound stays weak: most of
them are ensemble places (24 swans), which matter only for the weekly limits and the corps'
stability. Every soft goal but ``corps_change`` lives on the solo roles (count 1: leads,
solos), so the search is split:

A. **Solo roles** (``count == 1``), every hard rule restricted to them, all soft goals but
   ``corps_change``, and the ensembles' demand *reserved* as capacity (constraints implied by
   the whole problem: in each show, enough of an ensemble's candidates stay free of solo
   roles). Model A is a relaxation of the whole problem, so its bound is a lower bound of the
   whole objective's solo part.
B. **Ensembles alone** (no solo role), minimising ``corps_change``: also a relaxation, so its
   bound is a lower bound of ``corps_change``. Its cast seeds stage C.
C. **Ensembles around the fixed solo cast**: every hard rule of the whole problem, the solo
   places fixed to A's cast, minimising ``corps_change`` and guests' shows.

Since the objective is the sum of the solo goals, ``corps_change`` and ``guest_show`` (a
guest's shows are at least their solo shows), ``bound(A) + bound(B)`` is a true lower bound
of the whole objective. The plan is optimal only when its objective reaches that bound.
The objective reported is the plan's exact value (:func:`exact_objective`); the service then
recomputes it from the plan with the independent ``etoile.validate`` ``casting_objective``.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import replace

from etoile.domain import CastingWeights, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.model import Cast, CastingModel, CastingResult
from etoile.solvers.casting.objective import TERMS, exact_terms
from etoile.solvers.casting.params import CastingParams, ProgressFn
from etoile.solvers.result import make_report

SHARES = {"solo": 0.55, "ensemble_bound": 0.15, "ensemble": 0.30}
"""Each stage's share of the time limit (deterministic time and wall clock alike)."""


def subproblem(
    problem: CastingProblem, keep: list[int], fixed: Cast | None = None
) -> CastingProblem:
    """``problem`` with only the slots ``keep`` (in order); slots with a ``fixed`` cast get
    exactly that cast as their candidates."""
    index = {k: i for i, k in enumerate(keep)}
    chosen: dict[int, list[int]] = defaultdict(list)
    for k, d in fixed or []:
        chosen[k].append(d)
    slots = tuple(
        replace(problem.slots[k], candidates=tuple(sorted(chosen[k])))
        if k in chosen
        else problem.slots[k]
        for k in keep
    )
    return replace(
        problem,
        slots=slots,
        exclusions={index[k]: why for k, why in problem.exclusions.items() if k in index},
        pins=tuple((index[k], d) for k, d in problem.pins if k in index),
    )


def _solo_slots(problem: CastingProblem) -> tuple[list[int], list[int]]:
    solo = [k for k, s in enumerate(problem.slots) if s.count == 1]
    ensemble = [k for k, s in enumerate(problem.slots) if s.count > 1]
    return solo, ensemble


def reserve_ensembles(model: CastingModel, problem: CastingProblem, solo: list[int]) -> int:
    """Implied constraints of the whole problem on the solo model: ensembles stay castable.

    In each show, a dancer in a solo role cannot also dance an ensemble role (unless the pair
    is doubled, then the role is left out: the constraint only under-counts). So at most
    ``|candidates| - count`` of an ensemble's candidates may take solo roles, and likewise for
    the union of the show's ensembles. Returns the number of constraints added.
    """
    doubled_roles = {a for a, _ in problem.doubled}
    solo_set = set(solo)
    by_show: dict[int, list[int]] = defaultdict(list)
    for k, slot in enumerate(problem.slots):
        if k not in solo_set and slot.role not in doubled_roles:
            by_show[slot.show].append(k)
    works = model.vars.works
    added = 0
    for s, ks in sorted(by_show.items()):
        groups = [[k] for k in ks] + ([ks] if len(ks) > 1 else [])
        for group in groups:
            pool = sorted({d for k in group for d in problem.slots[k].candidates})
            busy = [works[d, s] for d in pool if (d, s) in works]
            spare = len(pool) - sum(problem.slots[k].count for k in group)
            if len(busy) > spare:
                model.model.add(sum(busy) <= spare)
                added += 1
    return added


def exact_objective(
    problem: CastingProblem, weights: CastingWeights, cast: Cast, solo_terms: dict[str, float]
) -> dict[str, float]:
    """Every term of the objective for ``cast``: the solo model's exactly defined terms, and
    the terms whose helpers are one-sided (or span both stages) computed from the cast."""
    terms = {n: v for n, v in solo_terms.items() if n in TERMS}
    terms.update(exact_terms(problem, weights, cast))
    guests = {
        (d, problem.slots[k].show)
        for k, d in cast
        if problem.dancers[d].company != problem.shows[problem.slots[k].show].company
    }
    terms["guest_show"] = float(weights.guest_show * len(guests))
    return {n: terms.get(n, 0.0) for n in TERMS}


def solve_staged(
    problem: CastingProblem,
    weights: CastingWeights,
    params: CastingParams | None = None,
    progress: ProgressFn | None = None,
    hint: Cast | None = None,
) -> CastingResult:
    """Solve in stages A, B and C (module docstring) within ``params.time_limit`` overall."""
    params = params or CastingParams()
    started = time.perf_counter()
    solo, ensemble = _solo_slots(problem)
    notes: list[str] = []
    stats: dict[str, int] = {}

    def budget(share: float) -> CastingParams:
        left = params.time_limit - (time.perf_counter() - started)
        wanted = max(1.0, params.time_limit * share)
        return replace(params, time_limit=max(0.5, min(wanted, left)), wall_factor=1.0)

    # A: solo roles, ensembles reserved.
    a_problem = subproblem(problem, solo)
    a_model = CastingModel(a_problem, weights)
    stats["reserve_constraints"] = reserve_ensembles(a_model, problem, solo)
    solo_set = set(solo)
    a_index = {k: i for i, k in enumerate(solo)}
    if not hint and params.greedy_start:
        from etoile.solvers.casting.greedy import solve_greedy  # greedy imports the model

        hint = solve_greedy(problem).cast  # a partial sheet is still a good start
    if hint:
        a_model.hint([(a_index[k], d) for k, d in hint if k in solo_set])
    a = a_model.solve(budget(SHARES["solo"]), progress)
    stats.update({f"solo_{n}": v for n, v in a.stats.items()})
    if not a.report.status.has_plan:
        return _stop(a, "solo roles", started, params, stats)
    solo_cast = [(solo[i], d) for i, d in a.cast]

    # B: ensembles alone, for a bound on corps_change and a starting cast.
    b_problem = subproblem(problem, ensemble)
    b_model = CastingModel(b_problem, weights, terms=("corps_change",))
    if hint:
        e_index = {k: i for i, k in enumerate(ensemble)}
        b_model.hint([(e_index[k], d) for k, d in hint if k in e_index])
    b = b_model.solve(budget(SHARES["ensemble_bound"]))
    stats.update({f"ensemble_{n}": v for n, v in b.stats.items()})
    if b.report.status is SolveStatus.INFEASIBLE:
        return _stop(b, "ensemble roles", started, params, stats)

    # C: ensembles around the fixed solo cast.
    c_problem = subproblem(problem, list(range(len(problem.slots))), solo_cast)
    c_model = CastingModel(c_problem, weights, terms=("corps_change", "guest_show"))
    if b.report.status.has_plan:
        c_model.hint(solo_cast + [(ensemble[i], d) for i, d in b.cast])
    c = c_model.solve(budget(1.0))
    if not c.report.status.has_plan:
        notes.append(
            "the ensembles could not be cast around the solo cast in time"
            if c.report.status is not SolveStatus.INFEASIBLE
            else "the solo cast leaves the ensembles short (the stages are not exact)"
        )
        return _stop(c, "ensembles around the solo cast", started, params, stats, notes)

    cast = sorted(c.cast)
    terms = exact_objective(problem, weights, cast, a.report.terms)
    objective = sum(terms.values())
    bound_a = a.report.bound if a.report.bound is not None else 0.0
    bound_b = b.report.bound if b.report.bound is not None else 0.0
    bound = bound_a + max(0.0, bound_b)
    proved = objective <= bound + 1e-6
    notes.append(
        f"staged: solo roles {a.report.status.value} ({a.report.objective:g}, bound "
        f"{bound_a:g}); ensembles alone bound {bound_b:g}; ensembles around the solo cast "
        f"{c.report.status.value}"
    )
    report = make_report(
        "cp-sat (staged)",
        SolveStatus.OPTIMAL if proved else SolveStatus.FEASIBLE,
        objective=objective,
        bound=bound,
        seconds=time.perf_counter() - started,
        terms=terms,
        seed=params.seed,
        workers=params.workers,
        notes=notes,
    )
    return CastingResult(cast, report, stats)


def _stop(
    part: CastingResult,
    stage: str,
    started: float,
    params: CastingParams,
    stats: dict[str, int],
    notes: list[str] | None = None,
) -> CastingResult:
    """No plan: say which stage stopped, honestly (a stage's infeasibility is not a proof for
    the whole season unless the stage is a relaxation, which A and B are; C is not)."""
    status = part.report.status
    if stage.startswith("ensembles around") and status is SolveStatus.INFEASIBLE:
        status = SolveStatus.UNKNOWN
    report = make_report(
        "cp-sat (staged)",
        status,
        objective=None,
        bound=None,
        seconds=time.perf_counter() - started,
        seed=params.seed,
        workers=params.workers,
        notes=[*(notes or []), f"stopped at stage: {stage} ({part.report.status.value})"],
    )
    return CastingResult([], report, stats)
