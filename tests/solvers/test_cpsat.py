"""The one CP-SAT set-up (:mod:`etoile.solvers.cpsat`): every model goes through it, on a
deterministic budget, and its answer maps to our statuses with wall and deterministic time apart.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest
from ortools.sat.python import cp_model

from casting_kit import tiny_feasible
from etoile.domain import SolveStatus
from etoile.problems.casting import compile_casting
from etoile.problems.rehearsal import compile_rehearsal
from etoile.problems.talent import TalentProblem
from etoile.services.casting import CastingParams, cast_season
from etoile.services.plan import PlanParams, plan_season
from etoile.solvers.casting.explain import relaxed
from etoile.solvers.cpsat import (
    WALL_FACTOR,
    WALL_FLOOR,
    CpSatSettings,
    Progress,
    parameters,
    solve_cp_sat,
    status_of,
)
from etoile.solvers.rehearsal.fixed import Fixed
from etoile.solvers.rehearsal.model import PartModel
from etoile.solvers.rehearsal.params import RehearsalParams
from etoile.solvers.rehearsal.talent_cpsat import solve_cpsat
from exchange_kit import swap_season
from rehearsal_kit import kit_plan, kit_season

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "etoile"
WRAPPER = PACKAGE / "solvers" / "cpsat.py"

SOLVER_NAMES = {"CpSolver", "CpSolverSolutionCallback"}
"""What only the wrapper may name: the solver and its callback."""
PARAMETER_NAMES = {
    "max_time_in_seconds",
    "max_deterministic_time",
    "interleave_search",
    "num_workers",
    "num_search_workers",
    "random_seed",
}
"""CP-SAT parameters only the wrapper may set."""


def _names(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in SOLVER_NAMES | PARAMETER_NAMES:
            found.append((node.lineno, node.attr))
        elif isinstance(node, ast.Name) and node.id in SOLVER_NAMES:
            found.append((node.lineno, node.id))
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, a.name) for a in node.names if a.name in SOLVER_NAMES]
    return found


def test_only_the_wrapper_builds_a_cp_sat_solver_or_sets_its_parameters() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line} {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != WRAPPER
        for line, name in _names(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []
    assert {name for _, name in _names(ast.parse(WRAPPER.read_text(encoding="utf-8")))} >= {
        "CpSolver",
        "max_deterministic_time",
        "interleave_search",
    }


def _caller() -> str:
    """The module of Étoile that asked the wrapper for this solve."""
    for frame in inspect.stack()[2:]:
        module = frame.frame.f_globals.get("__name__", "")
        if module.startswith("etoile.") and module != "etoile.solvers.cpsat":
            return str(module)
    return "?"


def test_every_model_solves_on_a_deterministic_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every CP-SAT solve of casting, exchange, frontier, repair, rehearsals, the explanation and
    # the talent cross-check is interleaved and stopped by deterministic time, with the wall
    # clock a generous cap: max(WALL_FLOOR, WALL_FACTOR x budget).
    seen: list[tuple[str, float, float, bool, int]] = []
    solve = cp_model.CpSolver.solve

    def spy(
        self: cp_model.CpSolver,
        model: cp_model.CpModel,
        callback: cp_model.CpSolverSolutionCallback | None = None,
    ) -> cp_model.CpSolverStatus:
        p = self.parameters
        seen.append(
            (
                _caller(),
                p.max_deterministic_time,
                p.max_time_in_seconds,
                p.interleave_search,
                p.num_workers,
            )
        )
        return solve(self, model, callback)

    monkeypatch.setattr(cp_model.CpSolver, "solve", spy)
    plan_season(swap_season(fee_usd=0), PlanParams(exchange_time_limit=1, casting_time_limit=2))
    cast_season(tiny_feasible(), None, CastingParams(time_limit=2, method="runs"))
    problem = compile_rehearsal(kit_season(), kit_plan())
    calls = [c.index for c in problem.calls]
    PartModel(problem, calls, Fixed(problem), problem.needs[0].house).solve(RehearsalParams(), 1.5)
    relaxed(tiny_feasible(), None, compile_casting(tiny_feasible()), 1.0)
    solve_cpsat(TalentProblem((1, 2, 1), (1, 1), ((True, False, True), (False, True, True))), 1.0)
    assert {w for c, *_, w in seen if c == "etoile.solvers.exchange.model"} == {1, 2}
    assert {c for c, *_ in seen} == {
        "etoile.solvers.casting.cpsat_model",
        "etoile.solvers.casting.explain",
        "etoile.solvers.exchange.model",
        "etoile.solvers.exchange.frontier",
        "etoile.solvers.repair.casting",
        "etoile.solvers.rehearsal.model",
        "etoile.solvers.rehearsal.talent_cpsat",
    }
    for caller, budget, wall, interleaved, workers in seen:
        # The deal's many close solves (the frontier's points, the sensitivity's ends) run on
        # one worker (ExchangeParams.quick); every other solve on the two asked for.
        assert interleaved, caller
        if caller.endswith("frontier"):
            assert workers == 1, caller
        elif caller.endswith("exchange.model"):
            assert workers in (1, 2), caller
        else:
            assert workers == 2, caller
        assert 0 < budget < 1e9, caller
        assert wall == max(WALL_FLOOR, WALL_FACTOR * budget), caller


def _hard_model() -> tuple[cp_model.CpModel, list[cp_model.IntVar]]:
    """Split 40 items so that four weighings each come as close as possible to half: CP-SAT
    finds a split at once but does not prove the best in a few hundredths of a second."""
    model = cp_model.CpModel()
    xs = [model.new_bool_var(f"x{i}") for i in range(40)]
    misses = []
    for j in range(4):
        w = [(31 * i * i + 17 * i * (j + 3) + 7 * j + 5) % 99 + 1 for i in range(40)]
        miss = model.new_int_var(-sum(w), sum(w), f"miss{j}")
        size = model.new_int_var(0, sum(w), f"size{j}")
        model.add(sum(wi * x for wi, x in zip(w, xs, strict=True)) - sum(w) // 2 == miss)
        model.add_abs_equality(size, miss)
        misses.append(size)
    model.minimize(sum(misses))
    return model, xs


def test_a_solve_stopped_by_its_budget_is_the_same_twice_and_reports_both_clocks() -> None:
    model, xs = _hard_model()
    heard: list[Progress] = []
    settings = CpSatSettings(time_limit=0.02, workers=2, seed=3)
    first = solve_cp_sat(model, settings, heard.append)
    second = solve_cp_sat(model, settings)
    assert first.status is SolveStatus.FEASIBLE
    assert first.objective is not None and first.bound is not None
    assert first.bound < first.objective  # minimising: not proved
    assert first.deterministic_seconds >= 0.95 * 0.02
    assert first.stopped_by_wall is False and first.notes == []
    # The same work, the same answer, whatever the wall clock did meanwhile.
    assert second.deterministic_seconds == first.deterministic_seconds
    assert [second.value(x) for x in xs] == [first.value(x) for x in xs]
    assert (second.objective, second.bound) == (first.objective, first.bound)
    assert heard and heard[-1].objective == first.objective
    assert all(p.deterministic_seconds <= first.deterministic_seconds for p in heard)
    report = first.report(terms={"value": first.objective})
    assert report.status is SolveStatus.FEASIBLE
    assert report.deterministic_seconds == round(first.deterministic_seconds, 3)
    assert report.seconds == round(first.wall_seconds, 3)
    assert (report.seed, report.workers) == (3, 2)
    assert report.gap == pytest.approx(abs(first.objective - first.bound) / first.objective)


def test_a_proved_answer_is_optimal_or_infeasible() -> None:
    model = cp_model.CpModel()
    x = model.new_int_var(0, 10, "x")
    model.add(x >= 3)
    model.minimize(x)
    answer = solve_cp_sat(model, CpSatSettings(time_limit=5.0))
    assert (answer.status, answer.value(x), answer.objective) == (SolveStatus.OPTIMAL, 3, 3.0)
    assert answer.report().gap == 0.0
    model.add(x <= 2)
    none = solve_cp_sat(model, CpSatSettings(time_limit=5.0))
    assert (none.status, none.objective, none.bound) == (SolveStatus.INFEASIBLE, None, None)


def test_status_codes_map_to_our_statuses() -> None:
    assert status_of(cp_model.OPTIMAL, timed_out=True) is SolveStatus.OPTIMAL
    assert status_of(cp_model.FEASIBLE, timed_out=True) is SolveStatus.FEASIBLE
    assert status_of(cp_model.INFEASIBLE, timed_out=False) is SolveStatus.INFEASIBLE
    assert status_of(cp_model.MODEL_INVALID, timed_out=False) is SolveStatus.MODEL_INVALID
    assert status_of(cp_model.UNKNOWN, timed_out=True) is SolveStatus.TIMED_OUT
    assert status_of(cp_model.UNKNOWN, timed_out=False) is SolveStatus.UNKNOWN


def test_the_wall_cap_is_generous_and_only_free_search_stops_on_the_wall_clock() -> None:
    assert CpSatSettings(time_limit=1.0).wall_cap == WALL_FLOOR
    assert CpSatSettings(time_limit=60.0).wall_cap == 60.0 * WALL_FACTOR
    assert CpSatSettings(time_limit=60.0, wall_factor=2.0).wall_cap == 120.0
    assert CpSatSettings(time_limit=60.0, deterministic=False).wall_cap == 60.0
    assert CpSatSettings(time_limit=None).wall_cap is None


def test_a_first_plan_search_stops_at_the_same_solution_every_time() -> None:
    # stop_after_first_solution stops at whichever worker finds a solution first (another
    # solution, other work, from run to run); a search without an objective stops at its
    # first solution on its own, at the same point every time.
    model, xs = _hard_model()
    model.clear_objective()
    settings = CpSatSettings(time_limit=5.0, workers=2, first_plan=True)
    solver = cp_model.CpSolver()
    parameters(solver, settings)
    assert solver.parameters.stop_after_first_solution is False
    assert solver.parameters.interleave_batch_size == 2
    answers = [solve_cp_sat(model, settings) for _ in range(3)]
    assert {a.status for a in answers} == {SolveStatus.OPTIMAL}
    assert len({(a.deterministic_seconds, tuple(a.value(x) for x in xs)) for a in answers}) == 1
