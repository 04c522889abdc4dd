"""The casting solver's entry point: :func:`solve_casting` chooses how to solve a problem.

The CP-SAT model itself is :class:`~etoile.solvers.casting.cpsat_model.CastingModel`; every
way of solving answers with one solver-neutral
:class:`~etoile.solvers.casting.result.CastingResult` (both are re-exported here). This module
picks the way: the whole model (started from the greedy sheet), house group by house group
(:mod:`.split`) or run by run (:mod:`.runs`).
"""

from __future__ import annotations

from etoile.domain import CastingWeights
from etoile.problems.casting import CastingProblem
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.first_cast import opening
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.groups import solve_by_groups
from etoile.solvers.casting.params import GROUPS_FROM, RUNS_ABOVE, CastingParams, ProgressFn
from etoile.solvers.casting.result import Cast, CastingResult
from etoile.solvers.casting.runs import solve_by_runs
from etoile.solvers.casting.split import parts, solve_parts

__all__ = ["Cast", "CastingModel", "CastingResult", "solve_casting"]


def solve_casting(
    problem: CastingProblem,
    weights: CastingWeights,
    params: CastingParams | None = None,
    progress: ProgressFn | None = None,
    hint: Cast | None = None,
) -> CastingResult:
    """Build the CP-SAT model of ``problem`` and solve it.

    Houses that no guest links are independent problems: they are solved one after the other
    (:mod:`.split`), exactly, within the same overall deterministic budget. A large season is
    solved role group by role group (:mod:`.groups`) or, on a short budget, run by run
    (:mod:`.runs`; see ``CastingParams.method``).

    Parameters
    ----------
    problem
        The compiled problem (:func:`~etoile.problems.casting.compile_casting`).
    weights
        The soft goals' weights.
    params
        Budget, workers, seed and method; the defaults of :class:`CastingParams` when None.
    progress
        Hears of every improving solution; solved by runs or groups, of the value and bound after
        each sub-solve.
    hint
        A cast to start from (a published plan's); without it, the greedy sheet when
        ``params.greedy_start``.

    Returns
    -------
    CastingResult
        The cast, empty when there is no plan, and a report that says optimal only when it is
        proved.
    """
    params = params or CastingParams()
    pairs = sum(len(s.candidates) for s in problem.slots)
    large = params.method == "auto" and pairs > RUNS_ABOVE
    by_groups = params.method == "groups" or (large and params.time_limit >= GROUPS_FROM)
    if by_groups or params.method == "runs" or large:
        start = opening(problem, weights, params, hint)
        if isinstance(start, CastingResult):
            return start  # no complete first cast
        improve = solve_by_groups if by_groups else solve_by_runs
        return improve(problem, weights, start, progress)
    groups = parts(problem)
    if len(groups) > 1:
        return solve_parts(problem, weights, groups, params, progress, hint)
    model = CastingModel(problem, weights)
    if not hint and params.greedy_start:
        sheet = solve_greedy(problem)
        hint = sheet.cast if sheet.report.status.has_plan else None
    if hint:
        model.hint(hint)
    return model.solve(params, progress)
