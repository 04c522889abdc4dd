"""The weekly rest's rehearsal encoding (etoile.solvers.labor.weekly_rest.weekly_rest) in the
part model, on a week of calls made by hand (part_kit.part)."""

from __future__ import annotations

import datetime as dt

from etoile.domain import SolveStatus
from part_kit import every_dancer, hand_call, kit_problem, option, part, placed, solve_part

WEEK = [dt.date(2026, 11, 23) + dt.timedelta(days=i) for i in range(7)]
"""Mon 23 to Sun 29 Nov 2026: an ISO week without a show."""


def _week_of_calls(minutes: list[int], rest_hours: float) -> tuple[float | None, list[str]]:
    """Bea's call of ``minutes[i]`` on day ``i`` of the week at 10:00 (its only start), under
    a weekly rest of ``rest_hours`` and 7 working days in a row allowed: the objective and
    the days of the calls placed."""
    p = kit_problem()
    calls = [
        hand_call(p, m, ("bea",), option(p, day.isoformat(), "10:00", "10:00"))
        for m, day in zip(minutes, WEEK, strict=False)
    ]
    labor = every_dancer(p, max_consecutive_working_days=7, weekly_rest_hours=rest_hours)
    problem = part(p, *calls, dancer_labor=labor)
    result = solve_part(problem)
    assert result.status is SolveStatus.OPTIMAL
    return result.objective, [when[:10] for when in placed(problem, result).values()]


def test_a_week_with_calls_keeps_a_weekly_rest() -> None:
    # Calls every day of the week, 120 min each but 90 on Thursday. Worst case around a free
    # day inside the week: the day before ends with the afternoon service (17:00) and the day
    # after starts with class (10:00 - 75 min = 08:45): 17:00 Wed to 08:45 Fri is 39 h 45
    # min >= 38 h. So one free day is enough: the cheapest, Thursday, 100 x 90 = 9,000.
    minutes = [120, 120, 120, 90, 120, 120, 120]
    objective, days = _week_of_calls(minutes, 38)
    assert objective == 9000
    assert days == [d.isoformat() for d in WEEK if d.weekday() != 3]
    # A rest of 40 h is longer than 39 h 45 min: a free Thursday is no longer enough. A free
    # Monday is (a day without work counts whole: 00:00 Sun 22 to 08:45 Tue is 56 h 45 min),
    # and so is a free Sunday (17:00 Sat to the end of Mon 30, a day without work: 55 h);
    # Sunday's call is made longer (150 min), so Monday's 120 min go: 12,000.
    objective, days = _week_of_calls([120, 120, 120, 90, 120, 120, 150], 40)
    assert objective == 12000
    assert days == [d.isoformat() for d in WEEK[1:]]


def test_a_week_that_cannot_give_the_rest_has_no_call() -> None:
    # A weekly rest of 200 h is longer than any run of 1-3 free days can give in a week (at
    # most three free days between two days without work, each counted whole: 5 x 24 =
    # 120 h), so the part gives the dancer no call that week. Bea's one 60-min call on Monday
    # is left out, 6,000.
    objective, days = _week_of_calls([60], 200)
    assert (objective, days) == (6000, [])
