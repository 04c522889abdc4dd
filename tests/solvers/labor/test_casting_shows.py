"""The labour rules' grouping helpers (etoile.solvers.labor.casting_shows): ``group`` by a
key, ``lead_shows`` in order of start, and ``worked`` as an at-least literal."""

from __future__ import annotations

from ortools.sat.python import cp_model

from casting_kit import company, dancer, role, season, show
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.variables import make_variables
from etoile.solvers.labor.casting_shows import group, lead_shows, worked

LEAD = "nyc-bal.lead"
SOLO = "nyc-bal.solo"


def test_group_keeps_the_order_given_within_each_key() -> None:
    # Shows 5, 1, 4, 2 grouped by parity: odd [5, 1], even [4, 2] (order as given, not sorted).
    assert dict(group([5, 1, 4, 2], lambda s: s % 2)) == {1: [5, 1], 0: [4, 2]}


def test_group_of_nothing_is_empty() -> None:
    assert dict(group([], lambda s: s)) == {}


def test_lead_shows_lists_only_leads_by_start() -> None:
    # Shows given out of order: Thu 3 Dec before Tue 1 Dec. Ann knows the lead and the solo,
    # Bea only the solo and is a soloist, so she may not dance the principal lead.
    problem = compile_casting(
        season(
            company(
                "nyc",
                [
                    dancer("ann", known=(LEAD, SOLO)),
                    dancer("bea", rank="soloist", known=(SOLO,)),
                ],
                [role(LEAD, lead=True), role(SOLO, tiers=("principal", "soloist"))],
                [show("p3", "2026-12-03T19:30"), show("p1", "2026-12-01T19:30")],
            )
        )
    )
    v = make_variables(cp_model.CpModel(), problem)
    found = lead_shows(problem, v)
    ann, bea = ([d.id for d in problem.dancers].index(x) for x in ("ann", "bea"))
    assert [problem.shows[s].id for s in found[ann]] == ["p1", "p3"]
    assert bea not in found


def _solve_min(m: cp_model.CpModel, expr: cp_model.LinearExprT) -> int:
    m.minimize(expr)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(m) == cp_model.OPTIMAL
    return int(solver.objective_value)


def test_worked_of_one_literal_is_that_literal() -> None:
    m = cp_model.CpModel()
    x = m.new_bool_var("x")
    assert worked(m, [x], "w") is x


def test_worked_is_at_least_each_literal() -> None:
    # x = 0, y = 1: the new literal must be >= 1 even when minimised.
    m = cp_model.CpModel()
    x, y = m.new_bool_var("x"), m.new_bool_var("y")
    m.add(x == 0)
    m.add(y == 1)
    w = worked(m, [x, y], "w")
    assert w is not x and w is not y
    assert _solve_min(m, w) == 1


def test_worked_is_bounded_from_below_only() -> None:
    # x = y = 0: nothing forces the literal down; maximising it reaches 1.
    m = cp_model.CpModel()
    x, y = m.new_bool_var("x"), m.new_bool_var("y")
    m.add(x + y == 0)
    w = worked(m, [x, y], "w")
    # min(-w) = -1, reached with w = 1.
    assert _solve_min(m, -w) == -1
