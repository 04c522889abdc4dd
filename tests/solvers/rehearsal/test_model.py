"""The part model of the calendar (etoile.solvers.rehearsal.model): calls placed in their
windows, one room at a time, overtime and unplaced minutes as its terms."""

from __future__ import annotations

from etoile.domain import SolveStatus
from part_kit import hand_call, kit_problem, option, part, placed, solve_part


def test_two_calls_that_fit_are_placed_where_they_may() -> None:
    # Ava 120 min at 10:00 or 10:30 on Tue 8 Dec; Bea 90 min at 14:00. Ava: class 75 + 120 =
    # 195 <= 360; nothing over: objective 0.
    p = kit_problem()
    problem = part(
        p,
        hand_call(p, 120, ("ava",), option(p, "2026-12-08", "10:00", "10:30")),
        hand_call(p, 90, ("bea",), option(p, "2026-12-08", "14:00", "14:00")),
    )
    result = solve_part(problem)
    assert result.status is SolveStatus.OPTIMAL
    assert result.objective == 0
    where = placed(problem, result)
    assert where[0] in ("2026-12-08 10:00", "2026-12-08 10:30")
    assert where[1] == "2026-12-08 14:00"
    assert result.terms == {"unplaced_minutes": 0.0, "daily_overtime": 0.0, "weekly_overtime": 0.0}


def test_one_studio_one_call_at_a_time() -> None:
    # Two 120-min calls (Ava, Bea), both only at 10:00 on Tue 8 in the studio with the one
    # ballet master: one is left out, 100 x 120 = 12,000.
    p = kit_problem()
    at_ten = option(p, "2026-12-08", "10:00", "10:00")
    problem = part(
        p,
        hand_call(p, 120, ("ava",), at_ten),
        hand_call(p, 120, ("bea",), at_ten),
    )
    result = solve_part(problem)
    assert result.status is SolveStatus.OPTIMAL
    assert (result.objective, result.terms["unplaced_minutes"]) == (12000, 120.0)
    assert len(result.placements) == 1


def test_overtime_is_paid_rather_than_a_call_left_out() -> None:
    # Ava: 180 min at 10:00 and 180 min at 14:00 on Tue 8: 75 + 360 = 435, 75 over the daily
    # 360. Leaving a call out would cost 100 x 180 = 18,000: both placed, 75.
    p = kit_problem()
    problem = part(
        p,
        hand_call(p, 180, ("ava",), option(p, "2026-12-08", "10:00", "10:00")),
        hand_call(p, 180, ("ava",), option(p, "2026-12-08", "14:00", "14:00")),
    )
    result = solve_part(problem)
    assert result.status is SolveStatus.OPTIMAL
    assert (result.objective, result.terms["daily_overtime"]) == (75, 75.0)
    assert len(result.placements) == 2
