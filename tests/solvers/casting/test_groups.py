"""The group-by-group casting (``method="groups"``): the role groups, the grouped bound
against proven optima, and the model's valid inequalities against every plan of an instance."""

from __future__ import annotations

from functools import cache

import pytest
from ortools.sat.python import cp_model

from casting_kit import tiny_data, tiny_feasible
from etoile.demo import generate
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.evaluate import evaluate
from etoile.solvers.casting.groups import role_groups
from etoile.solvers.casting.model import solve_casting
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.run_slots import runs_of
from etoile.solvers.casting.subproblem import subproblem
from etoile.solvers.cpsat import CpSatSettings, solve_cp_sat

WHOLE = CastingParams(time_limit=20, workers=1, seed=0, method="whole")
GROUPS = CastingParams(time_limit=10, workers=1, seed=0, method="groups")


@cache
def demo() -> tuple[Season, CastingProblem]:
    season = generate("demo", 0)
    return season, compile_casting(season)


@cache
def small_instances() -> list[tuple[str, list[int]]]:
    """Slots of 2 or 3 consecutive shows of each run of the demo season, at the start, the
    middle and the end of the run (3 shows) and at the start and the end (2 shows): 11 runs x
    5 windows = 55 small instances of real data."""
    _, problem = demo()
    found = []
    for run in runs_of(problem):
        shows = problem.runs[run.production]
        for length, places in ((2, (0, 1)), (3, (0, 0.5, 1))):
            for start in sorted({round(at * (len(shows) - length)) for at in places}):
                keep = set(shows[start : start + length])
                slots = [k for k in run.slots if problem.slots[k].show in keep]
                found.append((f"{run.production}[{start}:{start + length}]", slots))
    return found


def test_role_groups_partition_a_run_and_keep_couples_together() -> None:
    _, problem = demo()
    for run in runs_of(problem):
        groups = role_groups(problem, run)
        slots = sorted(k for g in groups for k in g.slots)
        assert slots == sorted(run.slots)
        for g in groups:
            roles = {problem.slots[k].role for k in g.slots}
            for r in roles:
                partner = problem.roles[r].partner
                if partner is not None and any(problem.slots[k].role == partner for k in run.slots):
                    assert partner in roles
        assert groups[0].lead  # leads first
        kinds = [(not g.lead, not g.solo) for g in groups]
        assert kinds == sorted(kinds)


INSTANCES = 55


def test_there_are_55_small_instances() -> None:
    assert len(small_instances()) == INSTANCES


@pytest.mark.parametrize("i", range(INSTANCES))
def test_the_grouped_bound_never_passes_a_proven_optimum_and_the_groups_reach_it(i: int) -> None:
    season, problem = demo()
    name, slots = small_instances()[i]
    weights = season.casting_weights
    part = subproblem(problem, slots)
    whole = solve_casting(part, weights, WHOLE)
    assert whole.report.status is SolveStatus.OPTIMAL, name
    optimum = sum(evaluate(part, weights, whole.cast).values())
    grouped = solve_casting(part, weights, GROUPS)
    assert grouped.report.bound is not None
    assert grouped.report.bound <= optimum + 1e-6, name
    assert grouped.report.objective == sum(evaluate(part, weights, grouped.cast).values())
    assert grouped.report.objective == optimum, name


def lead_couple_season() -> CastingProblem:
    """The tiny season's Paris Swan Lake with at most 2 leads a week and no rest rule: over
    3 shows in one week no dancer can lead them all, so the inequalities bind."""
    data = tiny_data()
    data["companies"][1]["labor"].update(
        max_leads_per_week=2, min_days_between_leads=0, no_lead_in_both_shows=False
    )
    problem = compile_casting(Season.model_validate(data))
    keep = [
        k
        for k, slot in enumerate(problem.slots)
        if problem.roles[slot.role].production == "par-swan" and problem.roles[slot.role].lead
    ]
    return subproblem(problem, keep)


def every_plan(problem: CastingProblem) -> list[list[tuple[int, int]]]:
    """Every cast that obeys the hard rules (the model without any soft goal, so without the
    inequalities the soft goals add)."""
    model = CastingModel(problem, Season.model_validate(tiny_data()).casting_weights, ())
    model.model.clear_objective()
    found: set[tuple[tuple[int, int], ...]] = set()

    class Collect(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            found.add(tuple(sorted(k for k, x in model.vars.cast.items() if self.value(x))))

    solver = cp_model.CpSolver()
    solver.parameters.enumerate_all_solutions = True
    solver.parameters.num_workers = 1
    assert solver.solve(model.model, Collect()) == cp_model.OPTIMAL
    return [list(cast) for cast in sorted(found)]


def test_the_valid_inequalities_keep_every_plan_of_a_hand_checked_instance() -> None:
    # Hand-checked: 3 shows, Odette and Siegfried two candidates each, at most 2 leads each
    # in the week. A plan uses both dancers of a role (2 + 1), so at least two couples.
    problem = lead_couple_season()
    weights = Season.model_validate(tiny_data()).casting_weights
    plans = every_plan(problem)
    assert len(plans) >= 4
    for cast in plans:
        # With every soft goal (and every inequality), the plan fixed must still be a
        # solution, and the model's objective must be the plan's exact value.
        model = CastingModel(problem, weights)
        for key, x in model.vars.cast.items():
            model.model.add(x == int(key in cast))
        answer = solve_cp_sat(model.model, CpSatSettings(time_limit=5, workers=1))
        assert answer.status is SolveStatus.OPTIMAL, cast
        assert answer.objective == pytest.approx(sum(evaluate(problem, weights, cast).values()))


def test_auto_casts_a_large_season_by_groups_from_60_seconds_and_by_runs_below(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("etoile.solvers.casting.model.RUNS_ABOVE", 10)  # the tiny is "large"
    season = tiny_feasible()
    problem = compile_casting(season)
    solvers = {}
    for budget in (59.0, 60.0):
        params = CastingParams(time_limit=budget, workers=1, seed=0)
        result = solve_casting(problem, season.casting_weights, params)
        assert result.report.status is SolveStatus.OPTIMAL
        solvers[budget] = result.report.solver
    assert solvers == {59.0: "cp-sat (runs)", 60.0: "cp-sat (groups)"}
