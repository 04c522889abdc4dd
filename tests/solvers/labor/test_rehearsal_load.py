"""The casting solvers keep the rule "Rehearsal load over the dancer's time".

Same instance as ``tests/validate/test_casting_load.py``: one lead on Thu 10 Dec 2026 whose
dancer needs 1,140 min of calls before it. Ann (the better draw) is back from an injury on
Sun 6 Dec: her time is four days of two 2-hour calls, 960 min, too little; back on Sat 5 Dec
she has 1,200; Bea has three weeks.
"""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season
from etoile.problems.casting import compile_casting
from etoile.problems.casting_load import Limit
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
    assert rule.limits == (Limit(0, True, (), 1140, 960),)


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


SOLO = "nyc-bal.solo"


def _learner(away: tuple[str, str], bea: bool = True) -> Season:
    """Ann (the better draw) learns a solo role (24 h) for Thu 10 Dec, away ``away``; Bea knows
    it (when ``bea``). The calls (2,400 min) start on Thu 19 Nov, the learning (1,440 min) may
    start on Tue 10 Nov (the cases of ``tests/validate/test_casting_load.py``)."""
    injury = [{"start": away[0], "end": away[1], "reason": "injury"}]
    dancers = [dancer("ann", draw=0.9, absences=injury, learn_hours={SOLO: 24.0})]
    if bea:
        dancers.append(dancer("bea", known=(SOLO,), draw=0.5))
    return season(company("nyc", dancers, [role(SOLO)], [show("p1", "2026-12-10T19:30")]))


def test_learning_has_a_window_of_its_own() -> None:
    problem = compile_casting(_learner(("2026-11-10", "2026-11-25")))
    (rule,) = problem.loads
    assert (rule.company, rule.learn, rule.stage, rule.most) == ({0: 2160}, {0: 1440}, 240, 2400)
    # From 10 Nov: the calls and the learning (3,840) in 3,120 min; from 19 Nov the same
    # 3,120 min hold the calls alone, so that window cannot bind and is left out.
    assert rule.limits == (Limit(0, True, (0,), 3840, 3120),)


def test_short_in_the_learning_window_the_model_and_the_sheet_cast_another() -> None:
    s = _learner(("2026-11-10", "2026-11-25"))
    plan = cast_season(s, None, CastingParams(time_limit=10, workers=1))
    assert [a.dancer for a in plan.casting] == ["bea"]
    problem = compile_casting(s)
    assert [problem.dancers[d].id for _, d in solve_greedy(problem).cast] == ["bea"]


def test_learning_before_the_calls_start_lets_her_dance() -> None:
    # Away 19-25 Nov only: one window from 19 Nov (3,120 min for 3,840) would refuse her.
    s = _learner(("2026-11-19", "2026-11-25"), bea=False)
    assert compile_casting(s).loads == ()
    plan = cast_season(s, None, CastingParams(time_limit=10, workers=1))
    assert [a.dancer for a in plan.casting] == ["ann"]
    assert [v for v in validate(s, plan) if v.severity is Severity.ERROR] == []
