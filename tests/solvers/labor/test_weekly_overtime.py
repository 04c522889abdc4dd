"""The weekly overtime's rehearsal encoding (etoile.solvers.labor.weekly_overtime.week_overtime)
in the part model, on two calls made by hand (part_kit.part)."""

from __future__ import annotations

from etoile.domain import SolveStatus
from part_kit import every_dancer, hand_call, kit_problem, option, part, placed, solve_part

MON, TUE, NEXT_MON = "2026-11-23", "2026-11-24", "2026-11-30"


def test_calls_over_the_weekly_limit_are_overtime() -> None:
    # Bea may rehearse 300 min a week. Her two 180-min calls may start only on Monday and on
    # Tuesday at 10:00, in one ISO week: 360 - 300 = 60 min of weekly overtime (each day,
    # class 75 + 180 = 255 min, is within the daily 360). Both are placed (a minute left
    # out costs 100), and the objective is the 60 min.
    p = kit_problem()
    labor = every_dancer(p, max_weekly_rehearsal_minutes=300)
    monday = hand_call(p, 180, ("bea",), option(p, MON, "10:00", "10:00"))
    tuesday = hand_call(p, 180, ("bea",), option(p, TUE, "10:00", "10:00"))
    result = solve_part(part(p, monday, tuesday, dancer_labor=labor))
    assert result.status is SolveStatus.OPTIMAL
    assert result.objective == 60
    assert result.terms == {"unplaced_minutes": 0, "daily_overtime": 0, "weekly_overtime": 60}
    # Given the next Monday too (another ISO week), the second call goes there: no overtime.
    later = hand_call(
        p, 180, ("bea",), option(p, TUE, "10:00", "10:00"), option(p, NEXT_MON, "10:00", "10:00")
    )
    problem = part(p, monday, later, dancer_labor=labor)
    result = solve_part(problem)
    assert result.objective == 0
    assert placed(problem, result) == {0: f"{MON} 10:00", 1: f"{NEXT_MON} 10:00"}
