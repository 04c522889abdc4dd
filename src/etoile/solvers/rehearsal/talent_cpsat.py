"""A CP-SAT model of talent scheduling, kept as an independent cross-check of the DP.

Model: each scene is a fixed-size interval in ``[0, D]`` (``D`` the summed durations) under one
no-overlap constraint, so the scenes fill the day without gaps. Each actor's arrival is the min
of the starts of their scenes and their departure the max of the ends; the objective is the sum
of ``cost * (departure - arrival)``. The model works on the original problem, without the DP's
reductions, so that the two methods share as little as possible.
"""

from __future__ import annotations

import math
import time

from ortools.sat.python import cp_model

from etoile.domain import SolveStatus
from etoile.problems.talent import TalentProblem
from etoile.solvers.cpsat import CpSatSettings, solve_cp_sat
from etoile.solvers.rehearsal.talent_result import TalentResult


def _total(problem: TalentProblem, order: list[int]) -> int:
    """Each actor's cost times the time from their first start to their last end."""
    start, at = {}, 0
    for s in order:
        start[s] = at
        at += problem.durations[s]
    total = 0
    for a, cost in enumerate(problem.costs):
        scenes = problem.scenes_of(a)
        if scenes:
            last = max(start[s] + problem.durations[s] for s in scenes)
            total += cost * (last - min(start[s] for s in scenes))
    return total


def build_model(problem: TalentProblem) -> tuple[cp_model.CpModel, list[cp_model.IntVar]]:
    """The CP-SAT model and the start variable of each scene."""
    model = cp_model.CpModel()
    horizon = sum(problem.durations)
    starts = [
        model.new_int_var(0, horizon - d, f"start_{s}") for s, d in enumerate(problem.durations)
    ]
    intervals = [
        model.new_fixed_size_interval_var(starts[s], d, f"scene_{s}")
        for s, d in enumerate(problem.durations)
    ]
    model.add_no_overlap(intervals)
    terms = []
    for a, cost in enumerate(problem.costs):
        scenes = problem.scenes_of(a)
        if not scenes or cost == 0:
            continue
        arrive = model.new_int_var(0, horizon, f"arrive_{a}")
        leave = model.new_int_var(0, horizon, f"leave_{a}")
        model.add_min_equality(arrive, [starts[s] for s in scenes])
        model.add_max_equality(leave, [starts[s] + problem.durations[s] for s in scenes])
        terms.append(cost * (leave - arrive))
    # An order and its reverse cost the same: keep the orders that play scene 0 before scene 1.
    if problem.num_scenes >= 2:
        model.add(starts[0] < starts[1])
    model.add(sum(terms) >= problem.fixed_cost)  # redundant, but a bound the solver sees at once
    model.minimize(sum(terms))
    return model, starts


def solve_cpsat(
    problem: TalentProblem, time_limit: float | None = None, workers: int = 2
) -> TalentResult:
    """Solve with CP-SAT; ``optimal`` only when CP-SAT proved it.

    Parameters
    ----------
    problem
        The scenes, actors and costs.
    time_limit
        Deterministic seconds for the solver (:mod:`etoile.solvers.cpsat`); None for no
        limit.
    workers
        CP-SAT search workers (the machine's cores).
    """
    started = time.perf_counter()
    model, starts = build_model(problem)
    solver = solve_cp_sat(model, CpSatSettings(time_limit=time_limit, workers=workers))
    if solver.has_solution:
        order = sorted(range(problem.num_scenes), key=lambda s: solver.value(starts[s]))
        bound = math.ceil((solver.bound or 0.0) - 1e-6)
    else:  # no solution within the limit: report the given order and the trivial bound
        order, bound = list(range(problem.num_scenes)), problem.fixed_cost
    total = _total(problem, order)
    optimal = solver.status is SolveStatus.OPTIMAL
    return TalentResult(
        order=tuple(order),
        total=total,
        waiting=total - problem.fixed_cost,
        fixed=problem.fixed_cost,
        optimal=optimal,
        bound=total if optimal else min(bound, total),
        seconds=time.perf_counter() - started,
    )
