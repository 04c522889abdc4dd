"""The greedy placer alone (no CP-SAT): its calendars keep every hard rule; the budget."""

from __future__ import annotations

import time

from etoile.demo import generate
from etoile.domain import Plan, Season, SolveStatus
from etoile.problems.rehearsal import compile_rehearsal
from etoile.services.casting import CastingParams, cast_season
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.solvers.rehearsal.calendar import solve_calendar
from etoile.validate import Severity, Violation, validate
from etoile.validate.rehearsal import HOURS_SHORT, STAGE_MISSING
from etoile.validate.rehearsal_labor import rehearsal_objective
from rehearsal_kit import REHEARSAL_RULES, kit_plan, kit_season

GREEDY_ONLY = RehearsalParams(time_limit=60.0, workers=1, seed=0, exact=False)


def _errors(season: Season, plan: Plan, readiness: bool = True) -> list[Violation]:
    skip = set() if readiness else {HOURS_SHORT, STAGE_MISSING}
    return [
        v
        for v in validate(season, plan)
        if v.severity is Severity.ERROR and v.rule in REHEARSAL_RULES - skip
    ]


def test_greedy_calendar_of_the_tiny_demo_breaks_no_labour_rule() -> None:
    # Whatever it cannot place is reported (readiness); nothing it places breaks a rule.
    season = generate("tiny", 0)
    cast = cast_season(season, None, CastingParams(time_limit=5))
    plan = rehearse_season(season, cast, GREEDY_ONLY)
    assert plan.rehearsals
    assert _errors(season, plan, readiness=False) == []
    report = plan.reports["rehearsals"]
    assert report.objective is None or report.objective == sum(
        rehearsal_objective(season, plan).values()
    )


def test_no_budget_still_gives_the_greedy_calendar() -> None:
    # The budget is deterministic time for the CP-SAT models only: with none, the greedy
    # placer still places what it can, exactly as without CP-SAT, and no CP-SAT work counts.
    season = kit_season()
    plan = rehearse_season(season, kit_plan(), RehearsalParams(time_limit=0.0))
    greedy = rehearse_season(season, kit_plan(), GREEDY_ONLY)
    assert len(plan.rehearsals) == 5
    assert plan.rehearsals == greedy.rehearsals
    report = plan.reports["rehearsals"]
    assert (report.status, report.deterministic_seconds) == (SolveStatus.OPTIMAL, 0.0)


def test_the_wall_clock_safety_cap_leaves_the_rest_out_and_says_so() -> None:
    # Only the safety cap reads the wall clock (never reached in normal use): a stage that
    # started long ago leaves its batches out and says that another run may differ.
    problem = compile_rehearsal(kit_season(), kit_plan())
    long_ago = time.perf_counter() - 1000
    result = solve_calendar(problem, RehearsalParams(time_limit=5.0), started=long_ago)
    assert result.placements == []
    assert result.report.status is SolveStatus.TIMED_OUT
    assert result.report.notes[1:3] == [
        "the wall-clock safety cap (50.5 s) ran out before 1 batch(es): their calls are left "
        "out, and another run may differ",
        "5 call(s), 9 h, could not be placed",
    ]


def test_repair_moves_a_placed_call_to_make_room() -> None:
    # Two 2-hour calls of Bea in the kit's one studio, with its one ballet master: the company
    # call may go on 19 or 20 Nov (morning service), the coaching call only on 19 Nov. Placed
    # first, the company call takes the 19th at 10:00 (its earliest option), and the coaching
    # call finds no start that morning (the service is 3 h). The repair takes the company
    # call out, places the coaching call on the 19th and the company call on the 20th.
    from dataclasses import replace

    from etoile.problems.rehearsal import compile_rehearsal
    from etoile.solvers.rehearsal.fixed import Fixed
    from etoile.solvers.rehearsal.greedy import Greedy

    problem = compile_rehearsal(kit_season(), kit_plan())
    coaching = problem.calls[2]  # 120 min; options for 120 min
    morning = [o for o in coaching.options if o.service == 0]
    day19, day20 = morning[0], morning[1]
    bea = problem.dancers.index("bea")
    company = replace(problem.calls[0], minutes=120, dancers=(bea,), options=(day19, day20))
    problem = replace(
        problem, calls=[company, replace(coaching, index=1, dancers=(bea,), options=(day19,))]
    )
    greedy = Greedy(problem, Fixed(problem))
    assert greedy.place([0]) == []
    assert greedy.place([1]) == [1]
    assert greedy.repair(1) is True
    got = {c: (p.day, p.start) for c, p in greedy.fixed.placements.items()}
    assert got == {0: (day20.day, day20.lo), 1: (day19.day, day19.lo)}
    # Forgetting a placement leaves the indexes as if it had never been added.
    rebuilt = Fixed(problem)
    rebuilt.add(greedy.fixed.placements[1])
    greedy.fixed.remove(0)
    assert greedy.fixed.day_span == rebuilt.day_span
    assert greedy.fixed.dancer == rebuilt.dancer
    assert {k: v for k, v in greedy.fixed.room_day.items() if v} == dict(rebuilt.room_day)
    assert sum(greedy.fixed.staff_week.values()) == sum(rebuilt.staff_week.values()) == 120


def test_fits_admits_a_wished_slot_only_when_every_rule_holds() -> None:
    # The wish of a repaired calendar (a published slot whose dancers changed): Bea's 2-hour
    # call at 10:00 on the 19th fits an empty calendar; once another call of Bea holds that
    # morning it does not, nor does a start outside the call's options, nor a day it has none.
    from dataclasses import replace

    from etoile.problems.rehearsal import compile_rehearsal
    from etoile.solvers.rehearsal.calendar import solve_calendar
    from etoile.solvers.rehearsal.fixed import Fixed, Placement
    from etoile.solvers.rehearsal.greedy import Greedy

    problem = compile_rehearsal(kit_season(), kit_plan())
    coaching = problem.calls[2]
    day19, day20 = [o for o in coaching.options if o.service == 0][:2]
    bea = problem.dancers.index("bea")
    first = replace(problem.calls[0], minutes=120, dancers=(bea,), options=(day19, day20))
    problem = replace(
        problem, calls=[first, replace(coaching, index=1, dancers=(bea,), options=(day19,))]
    )
    room, leader = min(first.rooms), min(first.staff)
    wish = Placement(1, day19.day, day19.lo, room, leader)
    greedy = Greedy(problem, Fixed(problem))
    assert greedy.fits(wish)
    assert not greedy.fits(replace(wish, start=day19.hi + 30))
    assert not greedy.fits(replace(wish, day=day20.day))
    greedy.fixed.add(Placement(0, day19.day, day19.lo, room, leader))
    assert not greedy.fits(wish)
    # In the calendar: a kept call holds the morning, so the wish is not taken, and the call
    # (whose one option is that morning) is left out.
    kept = Placement(0, day19.day, day19.lo, room, leader)
    params = RehearsalParams(time_limit=5, workers=1)
    # A repair's calendar (``earlier=False``): the call keeps the one option it was given.
    result = solve_calendar(problem, params, keep=[kept], prefer=[wish], earlier=False)
    assert (result.placements, result.unplaced) == ([kept], [1])
    # Without the kept call, the wish is taken as it is.
    assert solve_calendar(problem, params, prefer=[wish]).placements[0] == wish


def test_time_outside_the_problem_holds_like_a_placed_call_and_survives_a_rebuild() -> None:
    # A repair's history: Bea had a 2-hour call on the morning of the 19th that is not one of
    # the problem's. Blocked for her, it takes the morning as a placed call would (the wish
    # there no longer fits), counts for her day and week, and stays when the indexes are
    # rebuilt (``remove_all``), as a closed room does. In the calendar: her one call whose only
    # option is that morning is left out.
    from dataclasses import replace

    from etoile.problems.rehearsal import compile_rehearsal
    from etoile.problems.rehearsal_time import monday
    from etoile.solvers.rehearsal.calendar import solve_calendar
    from etoile.solvers.rehearsal.fixed import Fixed, Placement
    from etoile.solvers.rehearsal.greedy import Greedy

    problem = compile_rehearsal(kit_season(), kit_plan())
    coaching = problem.calls[2]
    day19 = next(o for o in coaching.options if o.service == 0)
    bea = problem.dancers.index("bea")
    problem = replace(problem, calls=[replace(coaching, index=0, dancers=(bea,), options=(day19,))])
    room, leader = min(coaching.rooms), min(coaching.staff)
    wish = Placement(0, day19.day, day19.lo, room, leader)
    fixed = Fixed(problem)
    assert Greedy(problem, fixed).fits(wish)
    fixed.block_dancer(bea, day19.day, day19.lo, day19.lo + 120)
    other = (
        next(r for r in range(len(problem.rooms)) if r != room) if len(problem.rooms) > 1 else room
    )
    fixed.block_room(other, day19.day, 0, 1)
    assert not Greedy(problem, fixed).fits(wish)
    assert fixed.day_minutes[bea, day19.day] == 120
    assert fixed.week_minutes[bea, monday(day19.day)] == 120
    before = (dict(fixed.dancer), dict(fixed.day_span), dict(fixed.room))
    fixed.remove_all(set())
    assert (dict(fixed.dancer), dict(fixed.day_span), dict(fixed.room)) == before
    params = RehearsalParams(time_limit=5, workers=1)
    busy = [(bea, day19.day, day19.lo, day19.lo + 120)]
    repair = solve_calendar(problem, params, prefer=[wish], busy=busy, earlier=False)
    assert repair.unplaced == [0]
    assert solve_calendar(problem, params, prefer=[wish]).placements == [wish]
