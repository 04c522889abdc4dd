"""The soft goals of a part (etoile.solvers.rehearsal.objective): unplaced minutes weigh 100
times a minute of overtime."""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.solvers.rehearsal.dancer_work import Overtime
from etoile.solvers.rehearsal.objective import UNPLACED_WEIGHT, make_objective
from etoile.solvers.rehearsal.variables import make_variables
from part_kit import hand_call, kit_problem, option, part


def _solve(placed: tuple[int, int], daily: int, weekly: int) -> tuple[int, int, int, int]:
    # Calls of 120 and 90 min (Ava, Tue 8 Dec 10:00 and 14:00), placed or not as given; one
    # daily and one weekly overtime variable fixed to ``daily`` and ``weekly``.
    p = kit_problem()
    p = part(
        p,
        hand_call(p, 120, ("ava",), option(p, "2026-12-08", "10:00", "10:00")),
        hand_call(p, 90, ("ava",), option(p, "2026-12-08", "14:00", "14:00")),
    )
    m = cp_model.CpModel()
    v = make_variables(m, p, [0, 1])
    for c, value in enumerate(placed):
        m.add(v.calls[c].placed == value)
    over = Overtime([m.new_constant(daily)], [m.new_constant(weekly)])
    terms = make_objective(m, p, v, over)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(m) == cp_model.OPTIMAL
    return (
        round(solver.objective_value),
        solver.value(terms.unplaced),
        solver.value(terms.daily_overtime),
        solver.value(terms.weekly_overtime),
    )


def test_everything_placed_costs_only_the_overtime() -> None:
    # 0 unplaced; 15 + 30 minutes of overtime: 45.
    assert _solve((1, 1), 15, 30) == (45, 0, 15, 30)


def test_an_unplaced_call_weighs_a_hundred_a_minute() -> None:
    # The 90-min call unplaced: 100 x 90 = 9,000, plus 15 of daily overtime: 9,015.
    assert UNPLACED_WEIGHT == 100
    assert _solve((1, 0), 15, 0) == (9015, 90, 15, 0)


def test_nothing_placed() -> None:
    # 120 + 90 = 210 unplaced minutes: 21,000.
    assert _solve((0, 0), 0, 0) == (21000, 210, 0, 0)
