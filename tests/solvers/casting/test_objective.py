"""The casting model's soft goals (etoile.solvers.casting.objective): on a forced cast, each
term's value in the model equals the plain-Python evaluation and the hand count; the draw
weights by show; a model of some terms only."""

from __future__ import annotations

import pytest

from casting_kit import company, dancer, role, season, show
from etoile.domain import Season
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.cpsat_model import CastingModel
from etoile.solvers.casting.evaluate import evaluate
from etoile.solvers.casting.objective import TERMS, draw_weight, run_roles
from etoile.solvers.casting.params import CastingParams

LEAD = "nyc-bal.lead"
FAST = CastingParams(time_limit=2.0, workers=1, seed=0)


def _season() -> Season:
    # Ann (draw 0.9), Bea (0.5), principals; the lead on Mon 14 (the opening), Wed 16 and
    # Fri 18 Dec (a Friday evening). Slots 0, 1, 2; Ann 0, Bea 1. Leads a week raised to 3.
    return season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18)],
            labor={"max_leads_per_week": 3},
        )
    )


def _problem() -> CastingProblem:
    p = compile_casting(_season())
    assert [p.shows[s.show].id for s in p.slots] == ["p14", "p16", "p18"]
    return p


@pytest.mark.parametrize(
    ("cast", "expected"),
    [
        # Ann in all three: one principal may dance the run (three leads a week), so the
        # share is 3, and the run needs one cast: nothing to pay.
        ([(0, 0), (1, 0), (2, 0)], {}),
        # Bea on the opening: (90 - 50) x 2 = 80 of draw; two casts where one is needed, 10.
        ([(0, 1), (1, 0), (2, 0)], {"distinct_cast": 10.0, "top_draw": 80.0}),
        # Bea on the Friday: (90 - 50) x 1 = 40; a second cast, 10.
        ([(0, 0), (1, 0), (2, 1)], {"distinct_cast": 10.0, "top_draw": 40.0}),
    ],
)
def test_the_models_terms_on_a_forced_cast(
    cast: list[tuple[int, int]], expected: dict[str, float]
) -> None:
    source, p = _season(), _problem()
    model = CastingModel(p, source.casting_weights)
    for key, var in model.vars.cast.items():
        model.model.add(var == int(key in cast))
    result = model.solve(FAST)
    found = {n: v for n, v in result.report.terms.items() if v}
    assert found == expected
    assert result.report.terms == evaluate(p, source.casting_weights, cast)
    assert set(result.report.terms) == set(TERMS)


def test_the_draw_weighs_on_the_opening_and_the_friday_only() -> None:
    # Opening 2 a point, Wednesday 0, Friday evening 1.
    p = _problem()
    weights = _season().casting_weights
    assert [draw_weight(p, k, weights) for k in range(3)] == [2, 0, 1]


def test_run_roles_lists_the_lead_of_the_run() -> None:
    p = _problem()
    assert list(run_roles(p)) == [("nyc-bal", p.role_index[LEAD], [0, 1, 2])]


def test_a_model_of_some_terms_only() -> None:
    # Only the distinct casts are minimised: one cast (Ann or Bea in all three), the one the
    # run needs: 0.
    source = _season()
    model = CastingModel(_problem(), source.casting_weights, ("distinct_cast",))
    result = model.solve(FAST)
    assert result.report.objective == 0.0
    assert len({d for _, d in result.cast}) == 1


def test_a_lead_over_the_share_of_the_casts_the_run_needs() -> None:
    # Mon 14, Wed 16, Fri 18 Dec and Mon 21, two leads a week: one principal dances at most
    # 2 + 1 of the 4, so the run needs two casts and the share is 2. Ann on the 14th, 16th
    # and 21st: one over (20); Bea on the 18th: (90 - 50) x 1 = 40 of draw; the two casts
    # the run needs, not charged.
    source = season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18, 21)],
        )
    )
    p = compile_casting(source)
    cast = [(0, 0), (1, 0), (2, 1), (3, 0)]
    model = CastingModel(p, source.casting_weights)
    for key, var in model.vars.cast.items():
        model.model.add(var == int(key in cast))
    result = model.solve(FAST)
    found = {n: v for n, v in result.report.terms.items() if v}
    assert found == {"lead_fair_share": 20.0, "top_draw": 40.0}
    assert result.report.terms == evaluate(p, source.casting_weights, cast)
