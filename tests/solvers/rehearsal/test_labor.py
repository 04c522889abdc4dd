"""Every dancer's labour rules in a part (etoile.solvers.rehearsal.labor.dancer_rules): the
soft rules' overtime variables, by hand on placed calls."""

from __future__ import annotations

from ortools.sat.python import cp_model

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.fixed import Fixed
from etoile.solvers.rehearsal.labor import dancer_rules
from etoile.solvers.rehearsal.variables import make_variables
from part_kit import every_dancer, hand_call, kit_problem, option, part


def _problem(**labor: int) -> RehearsalProblem:
    # Ava: 180 min at 10:00 and 180 min at 14:00 on Tue 8 Dec.
    p = kit_problem()
    changes = {"dancer_labor": every_dancer(p, **labor)} if labor else {}
    return part(
        p,
        hand_call(p, 180, ("ava",), option(p, "2026-12-08", "10:00", "10:00")),
        hand_call(p, 180, ("ava",), option(p, "2026-12-08", "14:00", "14:00")),
        **changes,
    )


def _least_overtime(problem: RehearsalProblem) -> tuple[int, int]:
    """Both calls placed; the least daily and weekly overtime the rules allow."""
    m = cp_model.CpModel()
    v = make_variables(m, problem, [0, 1])
    for cv in v.calls.values():
        m.add(cv.placed == 1)
    over = dancer_rules(m, problem, v, Fixed(problem), "nyc")
    daily, weekly = sum(over.daily), sum(over.weekly)
    m.minimize(daily + weekly)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(m) == cp_model.OPTIMAL
    return int(solver.value(daily)), int(solver.value(weekly))


def test_daily_overtime_counts_class() -> None:
    # 75 class + 180 + 180 = 435 against 360: 75 over; the week's 1,800 is far.
    assert _least_overtime(_problem()) == (75, 0)


def test_weekly_overtime() -> None:
    # Weekly limit 300 (calls only): 360 - 300 = 60 over; daily limit raised to 600: none.
    assert _least_overtime(
        _problem(max_weekly_rehearsal_minutes=300, max_daily_rehearsal_minutes=600)
    ) == (0, 60)
