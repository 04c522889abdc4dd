"""A pinned replacement that no region can take, proven so on a model of a few places.

Costing a candidate (``etoile replan``'s ranking) repairs the broken places with the candidate
pinned to one of them (:func:`~etoile.solvers.repair.casting.repair_cast`). When the
candidate cannot take the place (their rehearsal load for the production over their time, a
weekly limit already reached ...), every region is tried in turn, up to the whole
production: on the demo season, three CP-SAT models of 195 to 390 places, each built and
proven infeasible, 3 s for one such candidate. The answer is known sooner:

The model of the pinned places alone, with the places that every region holds fixed and
where a pinned dancer dances, and with the hard rules only (no soft goal), is a relaxation of
every region's model: the same places fixed to the same dancers, fewer places free, and every
hard rule of the casting an exact count of a place's dancers or an upper limit on what a
dancer does, over variables that only grow with the cast
(:mod:`etoile.solvers.casting.constraints` and the labour rules' encodings), so fewer
places only loosen them (:func:`~etoile.solvers.casting.subproblem.subproblem`). When CP-SAT
proves it infeasible, every region is, and the repair ends with the "no repair" it would have
reached region by region: the same answer. Anything short of that proof (a solution, a
budget run out) changes nothing: the regions are solved as before. Only the repair's report
differs: its deterministic seconds count the proof instead of the larger regions' solves;
the ranking asks for the proof (``repair_cast(..., prove_pins=True)``), the exchange's
repair, whose report the plan keeps, does not.
"""

from __future__ import annotations

from collections.abc import Callable

from etoile.domain import CastingWeights, SolveStatus
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.result import Cast
from etoile.solvers.casting.subproblem import subproblem
from etoile.solvers.cpsat import solve_cp_sat
from etoile.solvers.repair.regions import fixed_around, regions


def no_region_holds(
    problem: CastingProblem,
    weights: CastingWeights,
    held: dict[int, set[int]],
    broken: list[int],
    frozen: set[int],
    pins: tuple[tuple[int, int], ...],
    params: CastingParams,
    spent: Callable[[float], None] | None = None,
) -> bool:
    """Whether no region of the ``broken`` places can keep the pins of the smallest one,
    proven by :func:`cannot_hold` on those places alone, with the places every region holds
    fixed: those the smallest region holds outside the largest (:mod:`.regions`).

    Parameters
    ----------
    problem, weights
        The casting problem and its weights (as the repair's).
    held
        The dancers of each place, by place (the cast being repaired).
    broken, frozen
        The broken places of one production, and the places that may not change.
    pins
        (place, dancer) pairs the repair must keep; those outside the smallest region are
        left out (dropping a pin only loosens the model).
    params, spent
        As for :func:`cannot_hold`.
    """
    spans = [free for _, free, _ in regions(problem, broken, frozen)]
    smallest, largest = set(spans[0]), set(spans[-1])
    inside = tuple((k, d) for k, d in pins if k in smallest)
    if not inside:
        return False
    fixed = [(k, d) for k, d in fixed_around(problem, held, spans[0]) if k not in largest]
    return cannot_hold(problem, weights, inside, fixed, params, spent)


def cannot_hold(
    problem: CastingProblem,
    weights: CastingWeights,
    pins: tuple[tuple[int, int], ...],
    fixed: Cast,
    params: CastingParams,
    spent: Callable[[float], None] | None = None,
) -> bool:
    """Whether no cast of ``problem`` keeps ``pins`` with ``fixed`` held (proven by CP-SAT).

    Parameters
    ----------
    problem, weights
        The casting problem and its weights (as the repair's).
    pins
        (place, dancer) pairs that must be kept; their places are the model's free places.
    fixed
        (place, dancer) pairs held as they are; only the places where a pinned dancer dances
        are kept, each with all its dancers (a place's count stays exact).
    params
        The settings of the one solve (a third of the budget, as a phase of a repair).
    spent
        Told the deterministic seconds of the solve.

    Returns
    -------
    bool
        True only when CP-SAT proves the model infeasible (or a pinned dancer is not a
        candidate of the place).
    """
    free = {k for k, _ in pins}
    dancers = {d for _, d in pins}
    places = {k for k, d in fixed if d in dancers and k not in free}
    keep = sorted(free | places)
    index = {k: i for i, k in enumerate(keep)}
    held = sorted((k, d) for k, d in fixed if k in places)
    # The hard rules only: no soft goal's variables, whose bounds a sub-problem need not keep.
    built = CastingModel(subproblem(problem, keep, held), weights, terms=())
    model, cast = built.model, built.vars.cast
    for k, d in pins:
        if (index[k], d) not in cast:
            return True  # not a candidate of the place: no region has a variable for it
        model.add(cast[index[k], d] == 1)
    model.clear_objective()  # feasibility only: a proof, and no search for a best cast
    answer = solve_cp_sat(model, params.cp_sat(params.time_limit / 3))
    if spent is not None:
        spent(answer.deterministic_seconds)
    return answer.status is SolveStatus.INFEASIBLE
