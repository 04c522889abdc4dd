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
    # Fair share ceil(3 shows / 2 principals) = 2; Ann dances 3: 1 over, x 20 = 20. The run
    # needs two casts (a principal may dance 2 full-length leads a week, and the three shows
    # are in one week): one dancer is not charged for casts. Ann has the best draw.
    assert _terms({"p14": "ann", "p16": "ann", "p18": "ann"}) == {"lead_fair_share": 20.0}


def test_bea_on_the_wednesday_costs_nothing_the_run_needs_her() -> None:
    # Two dancers, the two casts the run needs: no distinct-cast charge. Wednesday has no draw
    # weight; nobody above the share of 2.
    assert _terms({"p14": "ann", "p16": "bea", "p18": "ann"}) == {}


def test_bea_on_the_opening_costs_the_draw() -> None:
    # The opening weighs 2 a point of draw: (90 - 50) x 2 = 80; the two casts are needed.
    assert _terms({"p14": "bea", "p16": "ann", "p18": "ann"}) == {"top_draw": 80.0}


def test_bea_on_the_friday_evening_costs_one_a_point() -> None:
    # The Friday evening weighs 1 a point: (90 - 50) x 1 = 40.
    assert _terms({"p14": "ann", "p16": "ann", "p18": "bea"}) == {"top_draw": 40.0}


def test_weights_scale_each_term() -> None:
    # The opening's draw weighed 5 instead of 2: (90 - 50) x 5 = 200; the fair share off.
    source = _season()
    p = compile_casting(source)
    weights = CastingWeights(draw_gala=5, lead_fair_share=0)
    found = evaluate(p, weights, _cast(p, {"p14": "bea", "p16": "ann", "p18": "ann"}))
    assert (found["top_draw"], found["lead_fair_share"]) == (200.0, 0.0)


def test_an_empty_cast_costs_nothing() -> None:
    assert _terms({}) == {}
