"""What is placed around a part (etoile.solvers.rehearsal.fixed): ``Fixed`` indexes each
placement by dancer, day and week, and forgets it again."""

from __future__ import annotations

import datetime as dt

from etoile.problems.rehearsal import RehearsalProblem
from etoile.solvers.rehearsal.fixed import Fixed, Placement
from part_kit import hand_call, kit_problem, option, part

TUE = dt.date(2026, 12, 8)
MON = dt.date(2026, 12, 7)  # the Monday of Tue 8 Dec


def _problem() -> tuple[RehearsalProblem, int, int]:
    # Call 0: 120 min for Ava and Bea at 10:00 on Tue 8 Dec; call 1: 90 min for Bea at 14:00.
    p = kit_problem()
    made = part(
        p,
        hand_call(p, 120, ("ava", "bea"), option(p, "2026-12-08", "10:00", "10:00")),
        hand_call(p, 90, ("bea",), option(p, "2026-12-08", "14:00", "14:00")),
    )
    return made, made.calls[0].options[0].lo, made.calls[1].options[0].lo


def test_placements_count_by_dancer_day_and_week() -> None:
    p, ten, two = _problem()
    ava, bea = p.dancers.index("ava"), p.dancers.index("bea")
    fixed = Fixed(p)
    fixed.add(Placement(0, TUE, ten, 0, 0))
    fixed.add(Placement(1, TUE, two, 0, 0))
    # Ava 120; Bea 120 + 90 = 210, from 10:00 to 14:00 + 90 min. Weeks start on Monday 7.
    assert (fixed.day_minutes[ava, TUE], fixed.day_minutes[bea, TUE]) == (120, 210)
    assert fixed.day_span[ava, TUE] == (ten, ten + 120)
    assert fixed.day_span[bea, TUE] == (ten, two + 90)
    assert (fixed.week_minutes[ava, MON], fixed.week_minutes[bea, MON]) == (120, 210)
    assert fixed.staff_week[0, MON] == 210
    assert fixed.room_day[0, TUE] == [(ten, ten + 120), (two, two + 90)]


def test_remove_forgets_a_placement_and_shrinks_the_day() -> None:
    p, ten, two = _problem()
    ava, bea = p.dancers.index("ava"), p.dancers.index("bea")
    fixed = Fixed(p)
    fixed.add(Placement(0, TUE, ten, 0, 0))
    fixed.add(Placement(1, TUE, two, 0, 0))
    fixed.remove(0)
    # Bea keeps the 90 min at 14:00; Ava has no call left that day: no span at all.
    assert fixed.day_span[bea, TUE] == (two, two + 90)
    assert (fixed.day_minutes[bea, TUE], fixed.week_minutes[bea, MON]) == (90, 90)
    assert (ava, TUE) not in fixed.day_span
    assert fixed.staff_week[0, MON] == 90
    assert list(fixed.placements) == [1]


def test_remove_all_keeps_the_blocks_and_the_other_placements() -> None:
    # Cal busy 9:00-10:00 on Tue 8 with a call from outside the problem (60 min), studio 0
    # closed 17:00-18:00; call 0 removed, call 1 kept.
    p, ten, two = _problem()
    cal, bea = p.dancers.index("cal"), p.dancers.index("bea")
    fixed = Fixed(p)
    fixed.block_dancer(cal, TUE, ten - 60, ten)
    fixed.block_room(0, TUE, two + 180, two + 240)
    fixed.add(Placement(0, TUE, ten, 0, 0))
    fixed.add(Placement(1, TUE, two, 0, 0))
    fixed.remove_all({0})
    assert list(fixed.placements) == [1]
    assert fixed.day_minutes[cal, TUE] == 60
    assert fixed.day_minutes[bea, TUE] == 90
    assert fixed.room_day[0, TUE] == [(two + 180, two + 240), (two, two + 90)]
