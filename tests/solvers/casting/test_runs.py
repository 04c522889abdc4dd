"""The run-by-run casting (``method="runs"``): first cast, neighbours, bound, evaluation."""

from __future__ import annotations

from typing import Any

from casting_kit import company, dancer, role, season, show, tiny_feasible
from etoile.demo import generate
from etoile.domain import Season, SolveStatus
from etoile.problems.casting import compile_casting
from etoile.solvers.casting.evaluate import evaluate
from etoile.solvers.casting.greedy import solve_greedy
from etoile.solvers.casting.model import solve_casting
from etoile.solvers.casting.objective import most_shows
from etoile.solvers.casting.params import CastingParams
from etoile.solvers.casting.plan import to_assignments
from etoile.solvers.casting.run_slots import neighbours, runs_of, window_days
from etoile.validate import Severity, validate
from etoile.validate.casting import casting_objective

RUNS = CastingParams(time_limit=10, workers=2, seed=0, method="runs")
WHOLE = CastingParams(time_limit=10, workers=2, seed=0, method="whole")


def two_runs(labor: dict[str, Any] | None = None) -> Season:
    """Giselle (7-9 Dec) then La Sylphide (10-12 Dec) in New York.

    Only Ann knows Giselle; Ann and Bea know La Sylphide. With at most 4 days in a row, Ann
    dances Giselle on 7, 8, 9 and at most La Sylphide on the 10th: the runs constrain each
    other through her, and Bea must dance the 11th and the 12th.
    """
    a, b = "nyc-bal.lead", "nyc-syl.lead"
    house = company(
        "nyc",
        [
            dancer("ann", known=(a, b), draw=0.9),
            dancer("bea", known=(b,), draw=0.5),
        ],
        [role(a, lead=True, learn_hours=500)],
        [show(f"g{d}", f"2026-12-{d:02d}T19:30") for d in (7, 8, 9)]
        + [show(f"s{d}", f"2026-12-{d:02d}T19:30", production="nyc-syl") for d in (10, 11, 12)],
        labor=labor
        or {
            "max_consecutive_working_days": 4,
            "min_days_between_leads": 0,
            "max_leads_per_week": 7,
        },
    )
    sylphide = {**house["productions"][0], "id": "nyc-syl", "title": "La Sylphide"}
    sylphide["roles"] = [role(b, lead=True, learn_hours=500)]
    house["productions"].append(sylphide)
    house["staff"][0]["productions"].append("nyc-syl")
    return season(house)


def check(s: Season, result: Any) -> None:
    """The plan is valid and the report's objective is the validator's."""
    problem = compile_casting(s)
    plan = to_assignments(problem, result.cast, None, s.id)
    assert [v for v in validate(s, plan) if v.severity is Severity.ERROR] == []
    assert casting_objective(s, plan) == result.report.terms
    assert result.report.bound <= result.report.objective


def test_runs_and_their_neighbours() -> None:
    problem = compile_casting(two_runs())
    runs = runs_of(problem)
    assert [r.production for r in runs] == ["nyc-bal", "nyc-syl"]
    assert window_days(problem) == 7  # a week; 4 days in a row and 0 rest are shorter
    # Every slot of La Sylphide is within a week of Giselle and Ann could dance it.
    assert sorted(neighbours(problem, runs[0], runs, 7)) == list(runs[1].slots)


def test_linked_runs_are_cast_validly_and_as_well_as_the_whole_model() -> None:
    s = two_runs()
    problem = compile_casting(s)
    by_runs = solve_casting(problem, s.casting_weights, RUNS)
    whole = solve_casting(problem, s.casting_weights, WHOLE)
    check(s, by_runs)
    assert whole.report.status is SolveStatus.OPTIMAL
    assert by_runs.report.objective == whole.report.objective
    cast = {
        (problem.shows[problem.slots[k].show].id, problem.dancers[d].id) for k, d in by_runs.cast
    }
    assert {("s11", "bea"), ("s12", "bea")} <= cast


def test_a_place_the_greedy_sheet_leaves_empty_is_repaired() -> None:
    # The greedy sheet gives the lead to Ann (the bigger draw) and then has no one for the
    # solo only Ann knows; the repair swaps: Bea leads, Ann dances the solo.
    lead, solo = "nyc-bal.lead", "nyc-bal.solo"
    s = season(
        company(
            "nyc",
            [dancer("ann", known=(lead, solo), draw=0.9), dancer("bea", known=(lead,))],
            [role(lead, lead=True), role(solo, learn_hours=500)],
            [show("p1", "2026-12-10T19:30")],
        )
    )
    problem = compile_casting(s)
    assert solve_greedy(problem).report.status is SolveStatus.UNKNOWN
    result = solve_casting(problem, s.casting_weights, RUNS)
    check(s, result)
    names = {
        (problem.roles[problem.slots[k].role].id, problem.dancers[d].id) for k, d in result.cast
    }
    assert names == {(lead, "bea"), (solo, "ann")}
    assert result.report.notes[1].startswith("first complete cast in")


def test_tiny_season_by_runs_reaches_the_whole_models_optimum() -> None:
    s = tiny_feasible()
    problem = compile_casting(s)
    result = solve_casting(problem, s.casting_weights, RUNS)
    check(s, result)
    # Each run alone is proved optimal, so the sum of their optima is the season's: 0 (one
    # cast a solo role, one couple a pair: what each run needs, as in test_tiny_season_optimum).
    assert result.report.status is SolveStatus.OPTIMAL
    assert result.report.objective == 0.0


def test_same_seed_same_cast() -> None:
    s = two_runs()
    problem = compile_casting(s)
    first = solve_casting(problem, s.casting_weights, RUNS)
    again = solve_casting(problem, s.casting_weights, RUNS)
    assert first.cast == again.cast


def test_evaluate_agrees_with_the_validator_on_the_demo_greedy_sheet() -> None:
    s = generate("demo", 0)
    problem = compile_casting(s)
    sheet = solve_greedy(problem).cast
    plan = to_assignments(problem, sheet, None, s.id)
    assert evaluate(problem, s.casting_weights, sheet) == casting_objective(s, plan)


def test_most_shows_follows_the_weekly_limits() -> None:
    # Giselle on 7-9 December (Mon-Wed of ISO week 50), La Sylphide 10-12 (Thu-Sat): with two
    # full-length leads a week, Ann can dance at most 2 of Giselle's 3 shows and Bea 2 of
    # La Sylphide's; with seven a week, all 3.
    for limit, expected in ((2, 2), (7, 3)):
        labor = {"max_consecutive_working_days": 6, "max_leads_per_week": limit}
        problem = compile_casting(two_runs(labor))
        giselle, sylphide = runs_of(problem)
        assert most_shows(problem, 0, list(giselle.slots)) == expected
        assert most_shows(problem, 1, list(sylphide.slots)) == expected


def test_learning_weighs_against_the_draw() -> None:
    # One opening night: Ann knows the lead (draw 50), Amy would learn it (12.5 h -> 13, draw
    # 90). Draw on an opening costs 2 a point: Ann 80, Amy 0 + 13 of learning -> Amy. With 10
    # a learning hour, Amy costs 130 -> Ann.
    lead = "nyc-bal.lead"
    people = [
        dancer("ann", known=(lead,), draw=0.5),
        dancer("amy", draw=0.9, learn_hours={lead: 12.5}),
    ]
    house = company("nyc", people, [role(lead, lead=True)], [show("p1", "2026-12-10T19:30")])
    for weights, expected in (({}, "amy"), ({"learning": 10}, "ann")):
        s = season(house, weights=weights or None)
        problem = compile_casting(s)
        result = solve_casting(problem, s.casting_weights, WHOLE)
        check(s, result)
        assert result.report.status is SolveStatus.OPTIMAL
        assert [problem.dancers[d].id for _, d in result.cast] == [expected]


def test_the_first_sheet_prefers_dancers_who_know_the_role() -> None:
    # Amy draws more but would learn the lead; the baseline sheet (rank and draw) takes her,
    # the optimiser's starting sheet takes Ann, who knows it.
    lead = "nyc-bal.lead"
    people = [
        dancer("ann", known=(lead,), draw=0.5),
        dancer("amy", draw=0.9, learn_hours={lead: 5}),
    ]
    s = season(company("nyc", people, [role(lead, lead=True)], [show("p1", "2026-12-10T19:30")]))
    problem = compile_casting(s)
    names = {d.id: i for i, d in enumerate(problem.dancers)}
    assert solve_greedy(problem).cast == [(0, names["amy"])]
    assert solve_greedy(problem, prefer_known=True).cast == [(0, names["ann"])]
