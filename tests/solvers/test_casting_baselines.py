"""The greedy sheet and the HiGHS MILP: valid plans, compared with CP-SAT."""

from __future__ import annotations

from casting_kit import tiny_feasible
from etoile.domain import SolveStatus
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.milp import solve_milp
from etoile.solvers.casting.plan import to_assignments
from etoile.validate import Severity, validate
from etoile.validate.casting import casting_objective


def test_greedy_fills_the_tiny_sheet_validly() -> None:
    s = tiny_feasible()
    problem = compile_casting(s)
    result = solve_greedy(problem)
    plan = to_assignments(problem, result.cast, None, s.id)
    assert result.report.status is SolveStatus.FEASIBLE
    assert [v for v in validate(s, plan) if v.severity is Severity.ERROR] == []
    # One dancer per solo role and the same corps: the optimum of 0 here too (every run
    # with the casts it needs, no more).
    assert sum(casting_objective(s, plan).values()) == 0.0


def test_highs_solves_the_same_model_to_the_same_optimum() -> None:
    s = tiny_feasible()
    problem = compile_casting(s)
    result = solve_milp(problem, s.casting_weights, time_limit=20)
    plan = to_assignments(problem, result.cast, None, s.id)
    assert result.report.status is SolveStatus.OPTIMAL
    assert result.report.objective == 0.0
    assert [v for v in validate(s, plan) if v.severity is Severity.ERROR] == []
    assert casting_objective(s, plan) == result.report.terms
