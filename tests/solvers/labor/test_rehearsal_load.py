"""The casting solvers keep the rule "Rehearsal load over the dancer's time".

Same instance as ``tests/validate/test_casting_load.py``: one lead on Thu 10 Dec 2026 whose
dancer needs 1,140 min of calls before it. Ann (the better draw) is back from an injury on
Sun 6 Dec: 90% of her time is 1,026 min, too little; Bea has three weeks.
"""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season
from etoile.problems.casting import compile_casting
from etoile.services.casting import cast_season
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.params import CastingParams
from etoile.validate import Severity, validate

LEAD = "nyc-bal.lead"


def _season(injured_until: str) -> Season:
    injury = [{"start": "2026-11-01", "end": injured_until, "reason": "injury"}]
    dancers = [
        dancer("ann", known=(LEAD,), draw=0.9, absences=injury),
        dancer("bea", known=(LEAD,), draw=0.5),
    ]
    shows = [show("p1", "2026-12-10T19:30", gala=True)]
    return season(company("nyc", dancers, [role(LEAD, lead=True)], shows))


def test_the_rule_is_compiled_where_it_binds() -> None:
    problem = compile_casting(_season("2026-12-05"))
    (rule,) = problem.loads  # Bea's time never binds
    assert problem.dancers[rule.dancer].id == "ann"
    assert (rule.own, rule.company, rule.stage, rule.most) == ({0: 900}, {}, 240, 1140)
    assert rule.limits == ((0, 1026),)


def test_the_model_casts_the_dancer_who_has_time() -> None:
    s = _season("2026-12-05")
    plan = cast_season(s, None, CastingParams(time_limit=10, workers=1))
    assert [a.dancer for a in plan.casting] == ["bea"]
    assert [v for v in validate(s, plan) if v.severity is Severity.ERROR] == []


def test_back_a_day_earlier_the_best_draw_dances_the_gala() -> None:
    s = _season("2026-12-04")
    plan = cast_season(s, None, CastingParams(time_limit=10, workers=1))
    assert [a.dancer for a in plan.casting] == ["ann"]


def test_the_greedy_sheet_keeps_the_rule_too() -> None:
    problem = compile_casting(_season("2026-12-05"))
    cast = solve_greedy(problem).cast
    assert [problem.dancers[d].id for _, d in cast] == ["bea"]
