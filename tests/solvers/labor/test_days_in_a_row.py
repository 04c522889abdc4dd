"""The working days in a row's rehearsal encoding (etoile.solvers.labor.days_in_a_row.in_a_row)
in the part model, on calls made by hand (part_kit.part)."""

from __future__ import annotations

from etoile.domain import SolveStatus
from part_kit import every_dancer, hand_call, kit_problem, option, part, placed, solve_part


def _two_in_a_row(dancer: str, *calls: tuple[int, str, str]) -> tuple[float | None, list[str]]:
    """``dancer``'s calls (minutes, day, start: the only start), with 2 working days in a
    row at most: the objective and where the calls placed start."""
    p = kit_problem()
    made = [hand_call(p, m, (dancer,), option(p, day, at, at)) for m, day, at in calls]
    problem = part(p, *made, dancer_labor=every_dancer(p, max_consecutive_working_days=2))
    result = solve_part(problem)
    assert result.status is SolveStatus.OPTIMAL
    return result.objective, sorted(placed(problem, result).values())


def test_no_more_working_days_in_a_row_than_the_limit() -> None:
    # Bea may work 2 days in a row. Her calls of 120, 90 and 120 min may start only on Mon
    # 23, Tue 24 and Wed 25 Nov at 10:00: three days in a row. One is left out; leaving out
    # Tuesday's 90 min breaks the run (Mon, then Wed) at the least cost, 100 x 90 = 9,000.
    calls = [
        (120, "2026-11-23", "10:00"),
        (90, "2026-11-24", "10:00"),
        (120, "2026-11-25", "10:00"),
    ]
    assert _two_in_a_row("bea", *calls) == (9000, ["2026-11-23 10:00", "2026-11-25 10:00"])


def test_show_days_count_as_working_days() -> None:
    # Ava, 2 days in a row at most, dances on Thu 10 and Sat 12 Dec. A 120-min call on Fri 11
    # would make Thu, Fri, Sat three days in a row: it is left out (12,000). Her 90-min call
    # on Tue 8 Dec (Mon 7 and Wed 9 free) is placed.
    calls = [(120, "2026-12-11", "14:00"), (90, "2026-12-08", "10:00")]
    assert _two_in_a_row("ava", *calls) == (12000, ["2026-12-08 10:00"])
