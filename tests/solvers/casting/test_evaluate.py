"""The objective of a cast in plain Python (etoile.solvers.casting.evaluate): the lead's fair
share, distinct casts and the draw on the opening and a Friday evening, by hand."""

from __future__ import annotations

from casting_kit import company, dancer, role, season, show
from etoile.domain import CastingWeights, Season
from etoile.problems.casting import CastingProblem, compile_casting
from etoile.solvers.casting.evaluate import evaluate

LEAD = "nyc-bal.lead"


def _season() -> Season:
    # Ann (draw 0.9) and Bea (0.5), principals; the lead on Mon 14 (the opening), Wed 16 and
    # Fri 18 Dec (a weekend evening) at 19:30.
    return season(
        company(
            "nyc",
            [dancer("ann", known=(LEAD,), draw=0.9), dancer("bea", known=(LEAD,), draw=0.5)],
            [role(LEAD, lead=True)],
            [show(f"p{d}", f"2026-12-{d}T19:30") for d in (14, 16, 18)],
        )
    )


def _cast(p: CastingProblem, who: dict[str, str]) -> list[tuple[int, int]]:
    return [
        (p.slot_index[p.show_index[s], p.role_index[LEAD]], p.dancer_index[d])
        for s, d in who.items()
    ]


def _terms(who: dict[str, str]) -> dict[str, float]:
    source = _season()
    p = compile_casting(source)
    found = evaluate(p, source.casting_weights, _cast(p, who))
    return {name: value for name, value in found.items() if value}


def test_one_dancer_in_every_show_is_over_her_fair_share() -> None:
    # Fair share ceil(3 shows / 2 principals) = 2; Ann dances 3: 1 over, x 20 = 20. One
    # distinct dancer in the role: 10. Ann has the best draw: nothing for the draw.
    assert _terms({"p14": "ann", "p16": "ann", "p18": "ann"}) == {
        "lead_fair_share": 20.0,
        "distinct_cast": 10.0,
    }


def test_bea_on_the_wednesday_costs_a_second_cast_only() -> None:
    # Two dancers: 2 x 10 = 20. Wednesday has no draw weight; nobody above the share of 2.
    assert _terms({"p14": "ann", "p16": "bea", "p18": "ann"}) == {"distinct_cast": 20.0}


def test_bea_on_the_opening_costs_the_draw() -> None:
    # The opening weighs 2 a point of draw: (90 - 50) x 2 = 80; two casts: 20.
    assert _terms({"p14": "bea", "p16": "ann", "p18": "ann"}) == {
        "distinct_cast": 20.0,
        "top_draw": 80.0,
    }


def test_bea_on_the_friday_evening_costs_one_a_point() -> None:
    # The Friday evening weighs 1 a point: (90 - 50) x 1 = 40.
    assert _terms({"p14": "ann", "p16": "ann", "p18": "bea"}) == {
        "distinct_cast": 20.0,
        "top_draw": 40.0,
    }


def test_weights_scale_each_term() -> None:
    # distinct_cast weighed 3 instead of 10: one dancer, 3.
    source = _season()
    p = compile_casting(source)
    weights = CastingWeights(distinct_cast=3, lead_fair_share=0)
    found = evaluate(p, weights, _cast(p, {"p14": "ann", "p16": "ann", "p18": "ann"}))
    assert (found["distinct_cast"], found["lead_fair_share"]) == (3.0, 0.0)


def test_an_empty_cast_costs_nothing() -> None:
    assert _terms({}) == {}
