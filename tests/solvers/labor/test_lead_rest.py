"""Labour rule "Too little rest between leads" (etoile.solvers.labor.lead_rest): the greedy
sheet's check and the casting model keep ``min_days_between_leads`` free days between two
full-length leads of a dancer."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.services.casting import cast_season
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.sheet import Sheet
from etoile.solvers.labor.lead_rest import RULE, sheet_check

LEAD = "nyc-bal.lead"
SOLO = "nyc-bal.solo"
FAST = CastingParams(time_limit=5.0, workers=1, seed=0)


def _season(gap: int, days: tuple[int, ...], *, lead: bool = True) -> Season:
    # One dancer per role is enough for the sheet; the model test adds Bea.
    return season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=lead)],
            [show(f"p{d}", f"2026-12-{d:02d}T19:30") for d in days],
            labor={"min_days_between_leads": gap, "max_leads_per_week": 7},
        ),
        weights={"lead_fair_share": 0},
    )


def _slot(problem: CastingProblem, show_id: str) -> int:
    return next(k for k, s in enumerate(problem.slots) if problem.shows[s.show].id == show_id)


def test_a_lead_within_the_rest_is_refused_and_one_beyond_allowed() -> None:
    # Two free days between leads. Ann leads on Tue 1 Dec: Thu 3 is 2 days later (2 <= 2,
    # refused), Fri 4 is 3 days later (3 > 2, allowed).
    problem = compile_casting(_season(2, (1, 3, 4)))
    ann = [d.id for d in problem.dancers].index("ann")
    sheet = Sheet(problem)
    sheet.put(_slot(problem, "p1"), ann)
    assert sheet_check(sheet, _slot(problem, "p3"), ann) is False
    assert sheet_check(sheet, _slot(problem, "p4"), ann) is True


def test_the_rest_counts_backwards_too() -> None:
    # Ann leads on Fri 4: Thu 3 (1 day before, 1 <= 2) is refused, Tue 1 (3 days) allowed.
    problem = compile_casting(_season(2, (1, 3, 4)))
    ann = [d.id for d in problem.dancers].index("ann")
    sheet = Sheet(problem)
    sheet.put(_slot(problem, "p4"), ann)
    assert sheet_check(sheet, _slot(problem, "p3"), ann) is False
    assert sheet_check(sheet, _slot(problem, "p1"), ann) is True


def test_a_role_that_is_not_a_lead_is_not_checked() -> None:
    # The same days with a non-lead role: the sheet holds no lead, every check passes.
    problem = compile_casting(_season(2, (1, 3, 4), lead=False))
    ann = [d.id for d in problem.dancers].index("ann")
    sheet = Sheet(problem)
    sheet.put(_slot(problem, "p1"), ann)
    assert sheet_check(sheet, _slot(problem, "p3"), ann) is True


def test_the_model_gives_the_lead_within_the_rest_to_another_dancer() -> None:
    # Two free days between leads; shows on Tue 1 and Thu 3 Dec (2 days apart). Ann cannot
    # lead both: each of Ann and Bea leads one.
    plan = cast_season(_season(2, (1, 3)), None, FAST)
    assert plan.reports["casting"].status is SolveStatus.OPTIMAL
    by_show = {a.performance: a.dancer for a in plan.casting}
    assert sorted(by_show) == ["p1", "p3"]
    assert by_show["p1"] != by_show["p3"]


def test_the_model_lets_one_dancer_lead_both_beyond_the_rest() -> None:
    # One free day between leads; Tue 1 and Thu 3 Dec are 2 days apart (2 > 1): Ann, the
    # greater draw, leads both (one cast costs least, as in test_weekly_leads).
    plan = cast_season(_season(1, (1, 3)), None, FAST)
    assert plan.reports["casting"].status is SolveStatus.OPTIMAL
    assert {a.dancer for a in plan.casting} == {"ann"}


def test_the_reach_is_the_rest_plus_one_day() -> None:
    # 2 free days between leads: shows 3 days apart (2 + 1) still matter to each other.
    problem = compile_casting(_season(2, (1,)))
    assert RULE.casting_reach is not None and RULE.casting_reach(problem.dancers[0]) == 3
