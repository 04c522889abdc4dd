"""Labour rule "Lead in both shows of a day": the casting model and the greedy sheet give a
dancer at most one full-length lead a day where the house says so."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.services.casting import cast_season
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.params import CastingParams

LEAD = "nyc-bal.lead"
FAST = CastingParams(time_limit=5.0, workers=1, seed=0)


def _season(rule: bool) -> Season:
    # Sat 12 Dec 2026: a matinee at 14:00 and an evening at 20:00. No rest between leads is
    # required and no fair share is weighed, so only this rule can split the day.
    labor = {"no_lead_in_both_shows": rule, "min_days_between_leads": 0}
    return season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show("mat", "2026-12-12T14:00"), show("eve", "2026-12-12T20:00")],
            labor=labor,
        ),
        weights={"lead_fair_share": 0},
    )


def _cast(season: Season) -> tuple[dict[str, str], float | None]:
    plan = cast_season(season, None, FAST)
    assert plan.reports["casting"].status is SolveStatus.OPTIMAL
    return {a.performance: a.dancer for a in plan.casting}, plan.reports["casting"].objective


def test_without_the_rule_the_best_draw_dances_both() -> None:
    # Ann in both: the one cast the run needs (no charge), and the best draw of the two in
    # each (no points).
    assert _cast(_season(rule=False)) == ({"mat": "ann", "eve": "ann"}, 0.0)


def test_with_the_rule_the_day_is_split_and_the_star_opens_the_run() -> None:
    # Two distinct casts where the weekly limits alone would need one: 10. Bea's draw is
    # 90 - 50 = 40 points below Ann's; the matinee opens the run (weighed like a gala: 2 a
    # point) and the Saturday evening weighs 1 a point. Bea in the evening costs 40, at the
    # opening 80: Ann opens, and 10 + 40 = 50.
    assert _cast(_season(rule=True)) == ({"mat": "ann", "eve": "bea"}, 50.0)


def test_the_greedy_sheet_keeps_the_rule_too() -> None:
    problem = compile_casting(_season(rule=True))
    cast = solve_greedy(problem).cast
    by_show: dict[int, str] = {}
    for k, d in cast:
        by_show[problem.slots[k].show] = problem.dancers[d].id
    assert sorted(by_show.values()) == ["ann", "bea"]
