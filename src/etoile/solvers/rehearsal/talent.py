"""Talent scheduling, solved exactly: order the calls of a day so that dancers wait least.

:func:`solve_talent` reduces the problem (:mod:`.talent_reduce`), finds a good order with a beam
search and local search (:mod:`.talent_heuristic`), then proves or improves it with a bounded
dynamic program over the sets of scenes already played (:mod:`.talent_search`). It reports the
total and the waiting cost, and claims optimality only when the search finished.
:func:`solve_cpsat` is an independent CP-SAT model of the same problem (:mod:`.talent_cpsat`).
"""

from __future__ import annotations

import time

from etoile.problems.talent import TalentProblem
from etoile.solvers.rehearsal.talent_cpsat import solve_cpsat
from etoile.solvers.rehearsal.talent_heuristic import initial_order
from etoile.solvers.rehearsal.talent_reduce import reduce_problem
from etoile.solvers.rehearsal.talent_result import TalentResult
from etoile.solvers.rehearsal.talent_search import layered_search
from etoile.solvers.rehearsal.talent_tables import Tables

__all__ = ["MAX_SCENES", "TalentResult", "solve_cpsat", "solve_talent"]

MAX_SCENES = 62
"""Sets of scenes are ``int64`` bitmasks (far beyond what the search can finish in practice)."""


def solve_talent(problem: TalentProblem, time_limit: float | None = None) -> TalentResult:
    """Find an order of the scenes that minimises the total cost, and prove it optimal.

    Parameters
    ----------
    problem
        The scenes, actors and costs.
    time_limit
        Seconds; None for no limit. When it runs out, the best order found so far is returned
        with ``optimal=False`` and the best lower bound proved.

    Returns
    -------
    TalentResult
        The order, its total and waiting costs, the proven bound and the time spent.

    Raises
    ------
    ValueError
        With more than :data:`MAX_SCENES` scenes left after the reductions.
    """
    started = time.perf_counter()
    deadline = None if time_limit is None else started + time_limit
    reduced = reduce_problem(problem)
    if reduced.num_scenes > MAX_SCENES:
        raise ValueError(
            f"{reduced.num_scenes} distinct scenes after reduction; at most {MAX_SCENES} fit "
            "the 64-bit masks of the dynamic program"
        )
    tables = Tables(reduced)
    order, value = initial_order(tables, deadline)
    outcome = layered_search(tables, upper=value, deadline=deadline)
    if outcome.order is not None:
        order, value = outcome.order, outcome.value
    fixed = problem.fixed_cost
    total = value + reduced.constant
    return TalentResult(
        order=tuple(reduced.expand(order)),
        total=total,
        waiting=total - fixed,
        fixed=fixed,
        optimal=outcome.complete,
        bound=outcome.bound + reduced.constant if not outcome.complete else total,
        seconds=time.perf_counter() - started,
    )
