"""The greedy placer alone (no CP-SAT): its calendars keep every hard rule; the time limit."""

from __future__ import annotations

from etoile.demo import generate
from etoile.domain import Plan, Season, SolveStatus
from etoile.services.casting import CastingParams, cast_season
from etoile.services.rehearsal import RehearsalParams, rehearse_season
from etoile.validate import Severity, Violation, validate
from etoile.validate.rehearsal import HOURS_SHORT, STAGE_MISSING
from etoile.validate.rehearsal_labour import rehearsal_objective
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


def test_no_time_leaves_every_call_out_and_says_so() -> None:
    # The time limit is wall time for the whole stage: with none, nothing is placed, and the
    # report says the calendar timed out, with what is missing.
    season = kit_season()
    plan = rehearse_season(season, kit_plan(), RehearsalParams(time_limit=0.0))
    report = plan.reports["rehearsals"]
    assert plan.rehearsals == []
    assert report.status is SolveStatus.TIMED_OUT
    assert report.notes[1:3] == [
        "the time limit (0 s) ran out before 1 batch(es): their calls are left out",
        "5 call(s), 9 h, could not be placed",
    ]
