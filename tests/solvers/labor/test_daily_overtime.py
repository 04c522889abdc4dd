"""The daily overtime's rehearsal encoding (etoile.solvers.labor.daily_overtime.day_overtime)
in the part model, on two calls made by hand (part_kit.part)."""

from __future__ import annotations

from etoile.domain import SolveStatus
from part_kit import hand_call, kit_problem, option, part, placed, solve_part

MON, TUE = "2026-11-23", "2026-11-24"


def test_class_and_calls_over_the_daily_limit_are_overtime() -> None:
    # Bea's two 180-min calls may start only on Monday at 10:00 and at 14:00: class 75 +
    # 180 + 180 = 435 min against her daily 360, so 75 min of overtime. Both are placed (a
    # minute left out costs 100), and the objective is the 75 min of daily overtime.
    p = kit_problem()
    problem = part(
        p,
        hand_call(p, 180, ("bea",), option(p, MON, "10:00", "10:00")),
        hand_call(p, 180, ("bea",), option(p, MON, "14:00", "14:00")),
    )
    result = solve_part(problem)
    assert result.status is SolveStatus.OPTIMAL
    assert result.objective == 75
    assert result.terms == {"unplaced_minutes": 0, "daily_overtime": 75, "weekly_overtime": 0}
    # Given Tuesday morning too, the second call goes there: 75 + 180 = 255 <= 360 each day.
    problem = part(
        p,
        hand_call(p, 180, ("bea",), option(p, MON, "10:00", "10:00")),
        hand_call(
            p, 180, ("bea",), option(p, MON, "14:00", "14:00"), option(p, TUE, "10:00", "10:00")
        ),
    )
    result = solve_part(problem)
    assert result.objective == 0
    assert placed(problem, result) == {0: f"{MON} 10:00", 1: f"{TUE} 10:00"}
