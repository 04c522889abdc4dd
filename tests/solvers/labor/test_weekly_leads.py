"""Labour rule "Too many leads in a week": the casting model and the greedy sheet give a dancer
at most ``max_leads_per_week`` full-length leads in an ISO week."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.services.casting import cast_season
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.params import CastingParams

LEAD = "nyc-bal.lead"
FAST = CastingParams(time_limit=5.0, workers=1, seed=0)
# Mon 14, Wed 16 and Fri 18 Dec 2026 (one ISO week) and Mon 21 Dec (the next), all at 19:30.
DAYS = (14, 16, 18, 21)


def _season(limit: int) -> Season:
    # No fair share is weighed: the one cast costs least unless the rule splits it.
    return season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in DAYS],
            labor={"max_leads_per_week": limit},
        ),
        weights={"lead_fair_share": 0},
    )


def _cast(season: Season) -> tuple[list[str], float | None]:
    plan = cast_season(season, None, FAST)
    assert plan.reports["casting"].status is SolveStatus.OPTIMAL
    ann = sorted(a.performance for a in plan.casting if a.dancer == "ann")
    return ann, plan.reports["casting"].objective


def test_within_the_limit_one_dancer_leads_every_show() -> None:
    # Three leads in the first week, three allowed: Ann dances all four (one cast, the one
    # the run needs: 0).
    assert _cast(_season(3)) == (["p14", "p16", "p18", "p21"], 0.0)


def test_over_the_limit_another_dancer_takes_a_lead_of_that_week() -> None:
    # Two allowed: Bea takes one of the week, the two casts the run then needs (0). Ann keeps
    # the opening (Mon 14,
    # 2 a point of draw) and the Friday evening (18, 1 a point); Bea dances the Wednesday,
    # which weighs no draw. Mon 21 weighs none either: either may dance it.
    ann, objective = _cast(_season(2))
    assert [p for p in ann if p != "p21"] == ["p14", "p18"]
    assert objective == 0.0


def test_the_greedy_sheet_keeps_the_rule_too() -> None:
    problem = compile_casting(_season(1))
    first_week = {problem.shows.index(s) for s in problem.shows if s.day.day in (14, 16, 18)}
    ann = [p.id for p in problem.dancers].index("ann")
    cast = solve_greedy(problem).cast
    assert sum(1 for k, d in cast if d == ann and problem.slots[k].show in first_week) <= 1
