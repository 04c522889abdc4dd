"""Each hard rule of rooms, staff, dancers and order of the rehearsal part model
(etoile.solvers.rehearsal.constraints), on a part of a few calls made by hand
(part_kit.part).

Each part is built so that, without the rule, the model would place every call: the calls of
the case share only what the rule is about (a room, a leader, a dancer or a need), and each
has its own leader, room or need otherwise. With the rule, a call is left out. A minute left
out costs 100 (objective.UNPLACED_WEIGHT) and these parts have no overtime (class 75 min and
a dancer's calls of a day, at most 240 min, stay within the daily 360), so the objective is
100 times the minutes left out. The days are in the week of Mon 23 Nov 2026, which has no
show; the kit's morning service runs 10:00-13:00 (180 min).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from etoile.domain import SolveStatus
from etoile.problems.rehearsal import Leader, RehearsalProblem
from etoile.solvers.rehearsal.fixed import Fixed
from etoile.solvers.rehearsal.model import PartResult
from part_kit import hand_call, kit_problem, option, part, placed, solve_part

MON, TUE = "2026-11-23", "2026-11-24"
STUDIO, STAGE = 0, 1
STAGE_NEED, DRESS_NEED = 2, 3


def _leaders(problem: RehearsalProblem, **first: Any) -> list[Leader]:
    """The kit's ballet master (with ``first`` changed) and a second one, staff 1."""
    bm = problem.staff[0]
    return [replace(bm, **first), replace(bm, id="nyc-bm-2", name="Second Ballet Master")]


def _solved(problem: RehearsalProblem, fixed: Fixed | None = None) -> PartResult:
    result = solve_part(problem, fixed)
    assert result.status is SolveStatus.OPTIMAL
    return result


def test_a_room_holds_one_call_at_a_time() -> None:
    # one_call_per_room. Ava's 120-min call and Bea's 90-min call, each with its own leader,
    # may start only in Monday's morning service in the studio: 120 + 90 = 210 > 180 min, so
    # one of them is left out, the shorter: 100 x 90 = 9,000. With Bea's call on the stage
    # instead, both are placed (objective 0).
    p = kit_problem()
    ava = hand_call(p, 120, ("ava",), option(p, MON, "10:00", "11:00"), staff=(0,))
    bea = hand_call(p, 90, ("bea",), option(p, MON, "10:00", "11:30"), staff=(1,))
    shared = part(p, ava, bea, staff=_leaders(p))
    result = _solved(shared)
    assert (result.objective, list(placed(shared, result))) == (9000, [0])
    apart = part(p, ava, replace(bea, rooms=(STAGE,)), staff=_leaders(p))
    assert _solved(apart).objective == 0


def test_a_closed_room_takes_no_call() -> None:
    # one_call_per_room, with the room's fixed time. The studio is closed on Monday from
    # 10:00 to 11:30; Ava's 120-min call may start there from 10:00 to 11:00 only, and every
    # such start (10:00, 10:30, 11:00) runs into the closure: it is left out, 100 x 120 =
    # 12,000. Closed only until 11:00, the call starts at 11:00.
    p = kit_problem()
    monday = option(p, MON, "10:00", "11:00")
    problem = part(p, hand_call(p, 120, ("ava",), monday))
    ten = monday.lo
    for closed_until, objective, where in (
        (ten + 90, 12000, {}),
        (ten + 60, 0, {0: f"{MON} 11:00"}),
    ):
        fixed = Fixed(problem)
        fixed.block_room(STUDIO, monday.day, ten, closed_until)
        result = _solved(problem, fixed)
        assert (result.objective, placed(problem, result)) == (objective, where)


def test_a_leader_leads_one_call_at_a_time() -> None:
    # one_call_per_leader, no overlap. Ava's 120-min call in the studio and Bea's 90-min call
    # on the stage, both led by the one ballet master, may start only in Monday's morning
    # service: 120 + 90 > 180 min, the shorter is left out, 9,000. With the second leader
    # for Bea's call, both are placed (objective 0).
    p = kit_problem()
    ava = hand_call(p, 120, ("ava",), option(p, MON, "10:00", "11:00"))
    bea = hand_call(p, 90, ("bea",), option(p, MON, "10:00", "11:30"), rooms=(STAGE,))
    one = part(p, ava, bea, staff=_leaders(p))
    result = _solved(one)
    assert (result.objective, list(placed(one, result))) == (9000, [0])
    assert _solved(part(p, ava, replace(bea, staff=(1,)), staff=_leaders(p))).objective == 0


def test_a_leader_leads_no_call_on_a_day_off() -> None:
    # one_call_per_leader, days off. The ballet master does not work on Monday: Ava's
    # 120-min Monday call is left out (12,000); Bea's 90-min Tuesday call is placed.
    p = kit_problem()
    monday = option(p, MON, "10:00", "11:00")
    problem = part(
        p,
        hand_call(p, 120, ("ava",), monday),
        hand_call(p, 90, ("bea",), option(p, TUE, "10:00", "11:30")),
        staff=[replace(p.staff[0], unavailable=frozenset({monday.day}))],
    )
    result = _solved(problem)
    assert (result.objective, list(placed(problem, result))) == (12000, [1])


def test_a_leader_leads_within_their_weekly_hours() -> None:
    # one_call_per_leader, weekly hours. The ballet master works 3 h (180 min) a week; Ava's
    # 120-min call on Monday and Bea's 90-min call on Tuesday, both his, make 210 min in one
    # ISO week: the shorter is left out, 9,000.
    p = kit_problem()
    problem = part(
        p,
        hand_call(p, 120, ("ava",), option(p, MON, "10:00", "11:00")),
        hand_call(p, 90, ("bea",), option(p, TUE, "10:00", "11:30")),
        staff=[replace(p.staff[0], weekly_minutes=180)],
    )
    result = _solved(problem)
    assert (result.objective, list(placed(problem, result))) == (9000, [0])


def test_a_dancer_is_in_one_call_at_a_time() -> None:
    # one_call_per_dancer. Bea's 120-min call in the studio and her 90-min call on the stage,
    # each with its own leader, may start only in Monday's morning service: 120 + 90 > 180
    # min, the shorter is left out, 9,000. With Cal in the second call, both are placed.
    p = kit_problem()
    first = hand_call(p, 120, ("bea",), option(p, MON, "10:00", "11:00"))
    second = hand_call(
        p, 90, ("bea",), option(p, MON, "10:00", "11:30"), rooms=(STAGE,), staff=(1,)
    )
    both = part(p, first, second, staff=_leaders(p))
    result = _solved(both)
    assert (result.objective, list(placed(both, result))) == (9000, [0])
    cal = part(p, first, replace(second, dancers=(p.dancers.index("cal"),)), staff=_leaders(p))
    assert _solved(cal).objective == 0


def test_a_dancer_busy_outside_the_part_takes_no_call_then() -> None:
    # one_call_per_dancer, with the dancer's fixed time. Bea had a call on Monday from 10:00
    # to 12:00 that is not the part's; her 120-min call may start from 10:00 to 11:00 only:
    # every start runs into it, so it is left out, 12,000 (placed, her day would be class 75
    # + 120 + 120 = 315 min, within the daily 360: no overtime either way).
    p = kit_problem()
    monday = option(p, MON, "10:00", "11:00")
    problem = part(p, hand_call(p, 120, ("bea",), monday))
    fixed = Fixed(problem)
    fixed.block_dancer(p.dancers.index("bea"), monday.day, monday.lo, monday.lo + 120)
    result = _solved(problem, fixed)
    assert (result.objective, result.placements) == (12000, [])


def test_the_calls_of_a_need_are_placed_in_order() -> None:
    # calls_in_order, one need. Ava's coaching is two calls, 120 then 90 min: the first may
    # start only on Tuesday, the second only on Monday. The second must start after the
    # first ends: it cannot, and is left out, 9,000.
    p = kit_problem()
    problem = part(
        p,
        hand_call(p, 120, ("ava",), option(p, TUE, "10:00", "11:00"), need=1),
        hand_call(p, 90, ("ava",), option(p, MON, "10:00", "11:30"), need=1),
    )
    result = _solved(problem)
    assert (result.objective, list(placed(problem, result))) == (9000, [0])


def test_a_need_places_its_later_calls_only_after_its_earlier_ones() -> None:
    # calls_in_order, one need. Ava's coaching is two calls, 120 then 90 min; the first has
    # no slot at all, so the second is left out too, though Monday is free:
    # 100 x (120 + 90) = 21,000.
    p = kit_problem()
    problem = part(
        p,
        hand_call(p, 120, ("ava",), need=1),
        hand_call(p, 90, ("ava",), option(p, MON, "10:00", "11:30"), need=1),
    )
    result = _solved(problem)
    assert (result.objective, result.placements) == (21000, [])


def test_the_stage_rehearsal_comes_before_the_dress_rehearsal() -> None:
    # calls_in_order, stage before dress. The stage rehearsal (120 min) may start only on
    # Tuesday, the dress rehearsal (90 min) only on Monday, both on the stage: the dress
    # rehearsal cannot follow the stage rehearsal and is left out, 9,000.
    p = kit_problem()
    everyone = ("ava", "bea", "cal")
    problem = part(
        p,
        hand_call(
            p, 120, everyone, option(p, TUE, "10:00", "11:00"), need=STAGE_NEED, rooms=(STAGE,)
        ),
        hand_call(
            p, 90, everyone, option(p, MON, "10:00", "11:30"), need=DRESS_NEED, rooms=(STAGE,)
        ),
    )
    result = _solved(problem)
    assert (result.objective, list(placed(problem, result))) == (9000, [0])
