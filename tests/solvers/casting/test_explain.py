"""Infeasible seasons are explained slot by slot, in a ballet master's words."""

from __future__ import annotations

from casting_kit import company, dancer, one_giselle, role, season, show
from etoile.domain import SolveStatus
from etoile.services.casting import cast_season, explain_casting
from etoile.solvers.casting.params import CastingParams

LEAD = "nyc-bal.lead"


def test_a_two_show_day_is_explained_by_the_labour_rules() -> None:
    # Ann is the only lead, for both shows of Saturday: every slot has a candidate (the
    # pre-check passes), the relaxed model leaves one show short and the validator says why.
    found = explain_casting(one_giselle())
    assert len(found) == 1
    assert found[0].text() == (
        f"New York Ballet, Sat 12 Dec 2026 {'20:00' if found[0].performance == 'p2' else '14:00'} "
        "(New York Stage): Lead needs 1, 1 can dance it. Ann cannot: leads both New York Ballet "
        "on Sat 12 Dec 2026 14:00 and New York Ballet on Sat 12 Dec 2026 20:00."
    )


def test_precheck_names_the_absent_and_the_unlearnt() -> None:
    absent = {"start": "2026-12-09", "end": "2026-12-11", "reason": "injury"}
    s = season(
        company(
            "nyc",
            [
                dancer("ann", known=(LEAD,), absences=[absent]),
                dancer("bea"),
                dancer("cid", rank="corps", known=(LEAD,)),
            ],
            [role(LEAD, lead=True, learn_hours=40)],
            [show("p1", "2026-12-10T19:30")],
        )
    )
    plan = cast_season(s, None, CastingParams(time_limit=2))
    report = plan.reports["casting"]
    assert report.status is SolveStatus.INFEASIBLE
    assert plan.casting == []
    assert report.notes[1] == (
        "New York Ballet, Thu 10 Dec 2026 19:30 (New York Stage): Lead needs 1, 0 can dance it. "
        "Ann is absent (injury, 09 Dec to 11 Dec); "
        "Bea does not know the role and cannot learn it in time (needs 40 h, 26 h possible by "
        "then); Cid is a corps dancer; the role is for principal."
    )
