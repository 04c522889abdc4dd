"""The casting use case: a cast plan whose report is recomputed by the validator, a pre-check
that stops before solving, and an infeasible season explained in a ballet master's words."""

from __future__ import annotations

import casting_kit as ck
from etoile.domain import SolveStatus
from etoile.services.casting import cast_season, explain_casting
from etoile.solvers.casting.params import CastingParams
from etoile.validate import validate
from etoile.validate.violation import Severity

LEAD = "nyc-bal.lead"
FAST = CastingParams(time_limit=2, workers=1)


def test_one_dancer_carries_two_shows_and_the_report_is_the_validators() -> None:
    season = ck.season(
        ck.company(
            "nyc",
            [ck.dancer("ann", known=(LEAD,)), ck.dancer("bea", known=(LEAD,))],
            [ck.role(LEAD, lead=True)],
            [ck.show("p1", "2026-12-10T19:30"), ck.show("p2", "2026-12-12T20:00")],
        )
    )
    plan = cast_season(season, None, FAST)
    report = plan.reports["casting"]
    # One principal may dance both (two leads a week): the run needs one cast, so the fair
    # share is 2 and one cast is the optimum at 0 (a second would cost the default weight of
    # 10), every other term 0; the bound meets it, so the optimum is proved.
    assert len({a.dancer for a in plan.casting}) == 1
    assert sorted(a.performance for a in plan.casting) == ["p1", "p2"]
    assert report.terms["distinct_cast"] == 0.0
    assert sum(report.terms.values()) == report.objective == report.bound == 0.0
    assert (report.status, report.gap) == (SolveStatus.OPTIMAL, 0.0)
    assert [v for v in validate(season, plan) if v.severity is Severity.ERROR] == []


def test_a_role_nobody_can_dance_stops_at_the_pre_check() -> None:
    # The lead is a woman's role and the house has only Ann, a man.
    season = ck.season(
        ck.company(
            "nyc",
            [ck.dancer("ann", tags=("man",))],
            [ck.role(LEAD, lead=True)],
            [ck.show("p1", "2026-12-10T19:30")],
        )
    )
    plan = cast_season(season, None, FAST)
    report = plan.reports["casting"]
    assert (report.status, report.seconds, plan.casting) == (SolveStatus.INFEASIBLE, 0.0, [])
    assert report.notes == [
        "pre-check: some roles have too few eligible dancers",
        "New York Ballet, Thu 10 Dec 2026 19:30 (New York Stage): Lead needs 1, 0 can dance it; "
        "no dancer of the house has the tier and tags for it.",
    ]


def test_an_infeasible_season_is_explained_and_its_casting_kept() -> None:
    # Ann is the only lead, for both shows of Sat 12 Dec: no lead may dance both.
    season = ck.one_giselle()
    plan = cast_season(season, None, FAST)
    report = plan.reports["casting"]
    why = (
        "New York Ballet, Sat 12 Dec 2026 14:00 (New York Stage): Lead needs 1, 1 can dance it. "
        "Ann cannot: leads both New York Ballet on Sat 12 Dec 2026 14:00 and New York Ballet on "
        "Sat 12 Dec 2026 20:00."
    )
    assert (report.status, plan.casting) == (SolveStatus.INFEASIBLE, [])
    assert report.notes[-1] == why
    assert [e.text() for e in explain_casting(season)] == [why]
