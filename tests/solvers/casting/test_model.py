"""The CP-SAT casting model on tiny instances whose optimum is worked out by hand.

Every test checks the plan with the independent validator and recomputes the objective from
the plan (:func:`etoile.validate.casting.casting_objective`) against the solver's.
"""

from __future__ import annotations

from typing import Any

from casting_kit import company, dancer, move, role, season, show, tiny_feasible
from etoile.domain import Plan, Season, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.services.casting import cast_season
from etoile.solvers.casting.params import CastingParams
from etoile.validate import Severity, Violation, validate
from etoile.validate import casting as casting_rules
from etoile.validate.casting import casting_objective

CASTING_RULES = {
    getattr(casting_rules, n) for n in dir(casting_rules) if n.isupper() and n != "RULES"
}

FAST = CastingParams(time_limit=5.0, workers=2, seed=0)
LEAD = "nyc-bal.lead"


def solved(s: Season, plan: Plan | None = None) -> Plan:
    """Cast ``s``; assert an optimal, valid plan whose objective the validator agrees with."""
    result = cast_season(s, plan, FAST)
    report = result.reports["casting"]
    assert report.status is SolveStatus.OPTIMAL
    assert [v for v in validate(s, result) if v.severity is Severity.ERROR and _casting(v)] == []
    terms = casting_objective(s, result)
    assert terms == report.terms
    assert sum(terms.values()) == report.objective
    return result


def _casting(v: Violation) -> bool:
    """A casting rule's violation (the exchange kit's stays need not meet the exchange rules)."""
    return v.rule in CASTING_RULES


def who(plan: Plan, perf: str, role_id: str = LEAD) -> list[str]:
    return sorted(a.dancer for a in plan.casting if (a.performance, a.role) == (perf, role_id))


def leads_season(shows: list[dict[str, Any]], dancers: list[dict[str, Any]], **kw: Any) -> Season:
    return season(company("nyc", dancers, [role(LEAD, lead=True)], shows, **kw))


def test_tiny_season_optimum() -> None:
    # One dancer per solo role can dance every show (rules relaxed), so each role needs one
    # cast and each couple one couple: the optimum has one of each and costs nothing
    # (distinct_cast and distinct_couple charge only the casts beyond those a run needs).
    plan = solved(tiny_feasible())
    assert plan.reports["casting"].objective == 0.0
    assert who(plan, "nyc-p3", "nyc-giselle.giselle") == ["nyc-ava"]


def test_rest_between_leads_forces_two_casts() -> None:
    # Shows on consecutive days with one free day required: Ann and Bea must alternate.
    # The weekly limits alone let one principal dance both, so the run "needs" one cast and
    # the second costs 10 (distinct_cast); lead_fair_share: share ceil(2/1) = 2, no excess.
    s = leads_season(
        [show("p1", "2026-12-10T19:30"), show("p2", "2026-12-11T19:30")],
        [dancer("ann", known=(LEAD,)), dancer("bea", known=(LEAD,))],
    )
    plan = solved(s)
    assert plan.reports["casting"].objective == 10.0
    assert who(plan, "p1") != who(plan, "p2")


def test_one_cast_carries_a_run_it_can() -> None:
    # Four shows in four weeks: one principal may dance them all (two leads a week), so the
    # run needs one cast and the share is 4: Ann or Bea alone costs nothing, two casts 10.
    shows = [show(f"p{d}", f"2026-12-{d:02d}T19:30") for d in (2, 9, 16, 23)]
    plan = solved(leads_season(shows, [dancer("ann", known=(LEAD,)), dancer("bea", known=(LEAD,))]))
    assert plan.reports["casting"].terms["lead_fair_share"] == 0.0
    assert plan.reports["casting"].objective == 0.0
    assert len({who(plan, p)[0] for p in ("p2", "p9", "p16", "p23")}) == 1


def test_fair_share_beats_an_uneven_split() -> None:
    # Wed 2, Fri 4, Sun 6 Dec (one week) and Wed 9: at two leads a week one principal
    # dances at most 3 of the 4, so the run needs two casts (not charged) and the share is
    # 2. Ann 3 and Bea 1 costs 20 (one lead over); 2 and 2 costs nothing.
    shows = [show(f"p{d}", f"2026-12-{d:02d}T19:30") for d in (2, 4, 6, 9)]
    plan = solved(leads_season(shows, [dancer("ann", known=(LEAD,)), dancer("bea", known=(LEAD,))]))
    assert plan.reports["casting"].terms["lead_fair_share"] == 0.0
    assert plan.reports["casting"].objective == 0.0
    assert sorted(who(plan, p)[0] for p in ("p2", "p4", "p6", "p9")).count("ann") == 2


def test_top_draw_on_opening_night() -> None:
    # One show, the opening: Ann (draw 0.9) costs 0, Bea (0.5) costs 2 x 40 = 80. Ann: 0
    # (one cast, the one the run needs).
    s = leads_season(
        [show("p1", "2026-12-10T19:30")],
        [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
    )
    plan = solved(s)
    assert who(plan, "p1") == ["ann"]
    assert plan.reports["casting"].objective == 0.0


def test_pin_is_kept_against_the_draw() -> None:
    # Pinning Bea costs 80 points of draw; the pin is a hard rule: 80.
    s = leads_season(
        [show("p1", "2026-12-10T19:30", pins=[{"role": LEAD, "dancer": "bea"}])],
        [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
    )
    plan = solved(s)
    assert who(plan, "p1") == ["bea"]
    assert plan.reports["casting"].objective == 80.0


def test_weekly_show_limit() -> None:
    # Three shows in one week, principals may dance two; Ann and Bea both lead. The split
    # (2 + 1) is the two casts the run needs (not charged); the share is ceil(3 / 2) = 2,
    # no excess.
    shows = [show(f"p{d}", f"2026-12-{d:02d}T19:30") for d in (14, 16, 18)]
    s = leads_season(
        shows,
        [dancer("ann", known=(LEAD,)), dancer("bea", known=(LEAD,))],
        labor={
            "max_performances_per_week": {"principal": 2, "soloist": 6, "corps": 8},
            "max_leads_per_week": 3,
        },
    )
    plan = solved(s)
    assert plan.reports["casting"].objective == 0.0
    assert sorted(
        len([p for p in ("p14", "p16", "p18") if who(plan, p) == [d]]) for d in ("ann", "bea")
    ) == [1, 2]


def test_corps_stays_together() -> None:
    # Two shows, two places, three corps dancers: the same two dance both; 0 changes.
    corps = "nyc-bal.corps"
    roles = [role(corps, tiers=("corps",), count=2)]
    dancers = [dancer(n, rank="corps", known=(corps,)) for n in ("cid", "dot", "eve")]
    s = season(
        company(
            "nyc", dancers, roles, [show("p1", "2026-12-10T19:30"), show("p2", "2026-12-12T19:30")]
        )
    )
    plan = solved(s)
    assert plan.reports["casting"].objective == 0.0
    assert who(plan, "p1", corps) == who(plan, "p2", corps)


LIGHT_REHEARSAL = {"coaching_hours_per_cast": 2, "stage_rehearsals": 0, "dress_rehearsals": 0}


def test_guest_only_when_at_the_host() -> None:
    # Zoe of Paris is in New York from 9 to 11 December. Ann is away in Paris then.
    # p1 (10 Dec): only Zoe can dance it (guest 40; opening, best draw) ; p2 (20 Dec): Ann.
    # Each can dance one show only, so the run needs both casts (not charged): the guest's
    # show, 40. Zoe lands the day before: the production asks 2 h of coaching
    # and no stage call, which fit her one day (a full coaching would not: "Rehearsal load").
    paris = company(
        "par", [dancer("zoe", known=(LEAD,), exchange_consent=True)], [role("par-bal.lead")], []
    )
    nyc = company(
        "nyc",
        [dancer("ann", known=(LEAD,), exchange_consent=True)],
        [role(LEAD, lead=True)],
        [show("p1", "2026-12-10T19:30"), show("p2", "2026-12-20T19:30")],
        production={"rehearsal": LIGHT_REHEARSAL},
    )
    s = season(nyc, paris)
    plan = Plan(
        season="kit",
        exchange=[
            move("zoe", "par", "nyc", "2026-12-08", "2026-12-12"),
            move("ann", "nyc", "par", "2026-12-08", "2026-12-12"),
        ],
    )
    result = solved(s, plan)
    assert (who(result, "p1"), who(result, "p2")) == (["zoe"], ["ann"])
    assert result.reports["casting"].objective == 40.0


def test_same_seed_same_plan() -> None:
    s = tiny_feasible()
    first, second = cast_season(s, None, FAST), cast_season(s, None, FAST)
    assert first.casting == second.casting


def test_problem_rejects_a_bad_index() -> None:
    problem = compile_casting(tiny_feasible())
    import dataclasses

    import pytest

    bad = dataclasses.replace(problem.slots[0], candidates=(999,))
    with pytest.raises(ValueError, match="slot 0 has dancer index 999 out of range"):
        dataclasses.replace(problem, slots=(bad, *problem.slots[1:]))
