"""The calendar solver on the kit season and the tiny demo: every plan passes the validator."""

from __future__ import annotations

import datetime as dt

import pytest

from etoile.demo import generate
from etoile.domain import DateRange, Plan, Season, SolveStatus
from etoile.problems.rehearsal import RehearsalProblem
from etoile.services.casting import CastingParams, cast_season
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.validate import Severity, Violation, validate
from etoile.validate.rehearsal_labor import rehearsal_objective
from rehearsal_kit import REHEARSAL_RULES, kit_plan, kit_season

FAST = RehearsalParams(time_limit=2.0, workers=2, seed=0)


def _errors(season: Season, plan: Plan) -> list[Violation]:
    """Errors of the rehearsal rules (the kit's casting breaks lead rules on purpose)."""
    return [
        v
        for v in validate(season, plan)
        if v.severity is Severity.ERROR and v.rule in REHEARSAL_RULES
    ]


@pytest.mark.parametrize(
    "params",
    [FAST, RehearsalParams(time_limit=60.0, workers=1, seed=0, exact=False)],
    ids=["cp-sat", "greedy placer alone"],
)
def test_kit_calendar_is_complete_valid_and_optimal(params: RehearsalParams) -> None:
    season = kit_season()
    plan = rehearse_season(season, kit_plan(), params)
    report = plan.reports["rehearsals"]
    # 3 h company in two calls of 90 min (Cal learns his ensemble role there) + 2 h coaching
    # + stage + dress: five calls, no overtime.
    assert sorted(c.kind.value for c in plan.rehearsals) == [
        "coaching",
        "company",
        "company",
        "dress",
        "stage",
    ]
    assert _errors(season, plan) == []
    assert report.status is SolveStatus.OPTIMAL
    assert report.objective == sum(rehearsal_objective(season, plan).values()) == 0


def test_same_seed_same_calendar() -> None:
    season = kit_season()
    a = rehearse_season(season, kit_plan(), FAST)
    b = rehearse_season(season, kit_plan(), FAST)
    assert a.rehearsals == b.rehearsals


def test_no_ballet_master_is_explained() -> None:
    season = kit_season()
    nyc = season.company["nyc"]
    off = DateRange(start=dt.date(2026, 11, 1), end=dt.date(2026, 12, 31))
    staff = [nyc.staff[0].model_copy(update={"unavailable": [off]})]
    season = season.model_copy(update={"companies": [nyc.model_copy(update={"staff": staff})]})
    plan = rehearse_season(season, kit_plan(), FAST)
    report = plan.reports["rehearsals"]
    assert report.status is SolveStatus.INFEASIBLE
    assert plan.rehearsals == []
    assert any("cannot be ready" in n and "no ballet master available" in n for n in report.notes)
    assert _errors(season, plan) == []  # no calendar: nothing to check


@pytest.mark.slow
def test_tiny_demo_calendar_passes_the_validator() -> None:
    season = generate("tiny", 0)
    cast = cast_season(season, None, CastingParams(time_limit=5))
    plan = rehearse_season(season, cast, RehearsalParams(time_limit=4.0))
    report = plan.reports["rehearsals"]
    assert report.status.has_plan
    assert _errors(season, plan) == []
    assert report.objective == sum(rehearsal_objective(season, plan).values())


def test_a_call_without_any_slot_is_explained_with_its_window() -> None:
    """A need whose calls have no slot: the sentence names the window (or says it is empty),
    never an empty list of reasons."""
    from dataclasses import replace

    from etoile.problems.rehearsal import compile_rehearsal
    from etoile.solvers.rehearsal.explain import explain_unplaced

    season = kit_season()
    problem = compile_rehearsal(season, kit_plan())
    call = problem.calls[0]
    need = problem.needs[call.need]
    problem.calls[0] = replace(call, options=())
    (said,) = explain_unplaced(problem, [0])
    assert f"a slot of {call.minutes} min" in said and f"{need.first_day:%d %b}" in said
    assert "()" not in said
    problem.needs[call.need] = replace(need, last_day=need.first_day - dt.timedelta(days=1))
    (said,) = explain_unplaced(problem, [0])
    assert "the window to rehearse is empty" in said


def test_a_call_left_out_is_placed_again_by_reopening_its_window_and_nothing_is_lost() -> None:
    """The last pass of the calendar: a need still short is solved again with the calls
    around it; it keeps the new calendar only when every call placed before is still placed."""
    from etoile.problems.rehearsal import compile_rehearsal
    from etoile.solvers.rehearsal.calendar import batches
    from etoile.solvers.rehearsal.exact import reopen
    from etoile.solvers.rehearsal.fixed import Fixed
    from etoile.solvers.rehearsal.greedy import Greedy

    problem = compile_rehearsal(kit_season(), kit_plan())
    fixed = Fixed(problem)
    greedy = Greedy(problem, fixed)
    for part in batches(problem):
        assert greedy.place(part) == []
    before = set(fixed.placements)
    victim = min(before)
    fixed.remove_all({victim})
    left, spent = reopen(problem, [victim], fixed, greedy, FAST, 2.0)
    assert left == [] and spent > 0
    assert set(fixed.placements) == before


def _tight(period_weeks: int) -> Season:
    """The kit season with 30 h of coaching for Ava, called from one week before the
    opening (10 Dec): the week cannot hold them with the company, stage and dress calls."""
    return kit_season(
        labor={"rehearsal_lead_weeks": period_weeks},
        rehearsal={"coaching_hours_per_cast": 30, "lead_weeks": 1},
    )


def test_a_need_that_does_not_fit_its_window_opens_earlier_and_is_placed() -> None:
    from etoile.solvers.rehearsal.calendar import EARLIER_WEEKS

    season = _tight(3)
    plan = rehearse_season(season, kit_plan(), FAST)
    report = plan.reports["rehearsals"]
    coaching = sorted(c.start.date() for c in plan.rehearsals if c.kind.value == "coaching")
    assert len(coaching) == 15  # 30 h in calls of 2 h, every one placed
    window = dt.date(2026, 12, 3)  # one week before the first show
    assert coaching[0] < window  # some of it now before the window
    assert coaching[0] >= window - dt.timedelta(weeks=EARLIER_WEEKS)
    assert any("opened earlier" in n and "coaching of Ava" in n for n in report.notes)
    assert report.status.has_plan
    assert _errors(season, plan) == []


def test_a_window_never_opens_before_the_rehearsal_period() -> None:
    """The house's rehearsal period starts with the season (1 Dec): the window opens there,
    not before, and the calls still fit."""
    season = _tight(0)
    plan = rehearse_season(season, kit_plan(), FAST)
    first = min(c.start.date() for c in plan.rehearsals)
    assert first == dt.date(2026, 12, 1)
    assert _errors(season, plan) == []


def test_stage_and_dress_windows_are_fixed_and_a_repair_keeps_its_windows() -> None:
    from etoile.problems.rehearsal import compile_rehearsal, open_earlier
    from etoile.solvers.rehearsal.calendar import solve_calendar

    problem = compile_rehearsal(_tight(3), kit_plan())
    kinds = {n.kind.value: n for n in problem.needs}
    assert kinds["stage"].earliest is None and kinds["dress"].earliest is None
    assert kinds["coaching"].earliest == dt.date(2026, 11, 10)  # 3 weeks before the season
    with pytest.raises(ValueError, match="fixed"):
        open_earlier(problem, problem.needs.index(kinds["stage"]), dt.date(2026, 11, 1))
    # A repair changes as little as it can: the coaching that does not fit its window is
    # left out, and explained, not moved earlier.
    repaired = solve_calendar(problem, FAST, earlier=False)
    assert repaired.unplaced
    assert not any("opened earlier" in n for n in repaired.report.notes)
    assert problem.needs[problem.needs.index(kinds["coaching"])].first_day == dt.date(2026, 12, 3)


def _apart() -> tuple[Season, RehearsalProblem, list[tuple[int, dt.date, int, int]]]:
    """The kit season without stage or dress calls, its problem, and Bea taken every working
    morning and Cal every working afternoon (Sundays off), with no 90 minutes left there."""
    from etoile.problems.rehearsal import compile_rehearsal
    from etoile.problems.rehearsal_time import days

    season = kit_season(rehearsal={"stage_rehearsals": 0, "dress_rehearsals": 0})
    problem = compile_rehearsal(season, kit_plan())
    tz = problem.timezones["nyc"]
    morning, afternoon = problem.services["nyc"][:2]
    bea, cal = problem.dancers.index("bea"), problem.dancers.index("cal")
    busy = []
    for day in days(dt.date(2026, 11, 10), dt.date(2026, 12, 9)):
        if day.weekday() == 6:
            continue
        for who, service in ((bea, morning), (cal, afternoon)):
            start = problem.clock.at(tz, day, service.start)
            busy.append((who, day, start + 30, start + 150))
    return season, problem, busy


def test_a_group_call_with_no_time_for_all_is_placed_in_parts() -> None:
    """Bea is taken every working morning and Cal every working afternoon (other work,
    ``busy``; Sundays are their day off): the company group's calls seldom find both free, so
    a call is placed twice, once for each of them, and both have their 3 h of company calls
    (no stage or dress call here: they need everyone at once)."""
    from etoile.solvers.rehearsal.calendar import solve_calendar

    _, problem, busy = _apart()
    bea, cal = problem.dancers.index("bea"), problem.dancers.index("cal")
    before = len(problem.calls)
    result = solve_calendar(problem, FAST, busy=busy)
    assert result.unplaced == []
    assert any("in 2 parts (1 + 1 dancers)" in n for n in result.report.notes)
    minutes = {bea: 0, cal: 0}
    parts = 0
    for p in result.placements:
        call = problem.calls[p.call]
        if problem.needs[call.need].kind.value == "company":
            for d in call.dancers:
                minutes[d] += call.minutes
            parts += p.call >= before
    assert parts == 2 and minutes == {bea: 180, cal: 180}
    # The calls placed are the calls the report counts (the group call split is not one).
    assert (
        f"{len(result.placements)} of {len(result.placements)} calls placed"
        in (result.report.notes[0])
    )


def test_a_calendar_with_parts_passes_the_validator() -> None:
    """The calls of the parts are rehearsals like any other: the calendar of the test above,
    as the plan's rehearsals, breaks no rehearsal rule and readies both dancers."""
    from etoile.solvers.rehearsal.calendar import solve_calendar
    from etoile.solvers.rehearsal.entries import to_rehearsals

    season, problem, busy = _apart()
    result = solve_calendar(problem, FAST, busy=busy)
    assert any("placed in parts" in n for n in result.report.notes)
    plan = kit_plan(to_rehearsals(problem, result.placements))
    assert _errors(season, plan) == []
