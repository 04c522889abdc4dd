"""The show-day cap's rehearsal encoding (etoile.solvers.labor.show_day.show_day_cap) in the
part model, on two calls made by hand (part_kit.part)."""

from __future__ import annotations

from etoile.domain import SolveStatus
from part_kit import hand_call, kit_problem, option, part, placed, solve_part


def test_a_show_day_holds_at_most_its_cap_of_calls() -> None:
    # Ava dances on Thu 10 Dec at 19:30; on a show day she may rehearse 120 min at most. Her
    # calls of 90 and 60 min may start only that afternoon (14:00-17:00, 180 min: both fit
    # in it one after the other), so 90 + 60 = 150 > 120: one is left out, the shorter,
    # 100 x 60 = 6,000. The same two calls on Wed 9 Dec, a day without a show, are both
    # placed (objective 0: class 75 + 150 min is within her daily 360).
    p = kit_problem()
    for day, objective, calls in (("2026-12-10", 6000, [0]), ("2026-12-09", 0, [0, 1])):
        problem = part(
            p,
            hand_call(p, 90, ("ava",), option(p, day, "14:00", "15:30")),
            hand_call(p, 60, ("ava",), option(p, day, "14:00", "16:00")),
        )
        result = solve_part(problem)
        assert result.status is SolveStatus.OPTIMAL
        assert (result.objective, sorted(placed(problem, result))) == (objective, calls)
