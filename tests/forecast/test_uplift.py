"""The linear view the exchange solver uses, checked against the full model."""

from __future__ import annotations

import pytest

from etoile.domain import CastAssignment, Plan, Season
from etoile.forecast import (
    DEFAULT_PARAMS,
    baseline_expected_result,
    candidate_leads,
    expected_results,
    home_box_office_change,
    lead_uplifts,
    run_forecast,
)
from exchange_kit import lea_stay


def _cast(*rows: tuple[str, str, str]) -> Plan:
    return Plan(
        season="tiny-2026",
        casting=[CastAssignment(performance=p, role=r, dancer=d) for p, r, d in rows],
    )


def test_one_change_is_exact(tiny_season: Season) -> None:
    # Léa (Paris, draw 0.9) as Giselle in New York's matinee of 12 December, instead of the
    # expected Giselle (Ava, draw 0.8, the only New York dancer who knows it). The uplift is
    # the change of the full model's expected result when only that one lead changes.
    triple = ("nyc-p2", "nyc-giselle.giselle", "par-lea")
    (u,) = lead_uplifts(tiny_season, [triple])
    assert (u.company, u.currency, u.guest) == ("nyc", "USD", True)
    base = expected_results(tiny_season, None)
    with_lea = expected_results(tiny_season, _cast(triple))
    assert u.uplift == pytest.approx(with_lea["nyc"] - base["nyc"], rel=1e-9)
    assert u.uplift > 0
    assert with_lea["par"] == base["par"]


def test_weaker_home_lead_loses_money(tiny_season: Season) -> None:
    # Inès (draw 0) instead of the expected Odette (mean of Léa 0.9 and Inès 0: 0.45).
    (u,) = lead_uplifts(tiny_season, [("par-p2", "par-swan.odette", "par-ines")])
    assert not u.guest
    assert u.uplift < 0


def test_sum_of_uplifts_approximates_a_whole_casting(tiny_season: Season) -> None:
    # Two changed leads in two different shows: still exact (no shared show).
    rows = [
        ("nyc-p1", "nyc-giselle.giselle", "par-lea"),
        ("nyc-p3", "nyc-giselle.giselle", "par-lea"),
    ]
    total = sum(u.uplift for u in lead_uplifts(tiny_season, rows))
    got = expected_results(tiny_season, _cast(*rows))["nyc"]
    assert got - expected_results(tiny_season, None)["nyc"] == pytest.approx(total, rel=1e-9)


def test_home_loses_its_star_while_she_is_away(tiny_season: Season) -> None:
    # Léa (draw 0.9) away from 14 to 21 December misses Paris's Swan Lakes of the 15th, 17th
    # and 20th: the expected Odette falls from (0.9 + 0) / 2 to Inès alone (0).
    move = lea_stay(14, 15, 20, 21, roles=[])
    loss = home_box_office_change(tiny_season, move)
    with_move = expected_results(tiny_season, Plan(season="tiny-2026", exchange=[move]))
    assert loss < 0
    assert loss == pytest.approx(with_move["par"] - expected_results(tiny_season, None)["par"])


def test_candidate_leads_include_guests_who_know_the_ballet(tiny_season: Season) -> None:
    leads = candidate_leads(tiny_season)
    # Léa knows Paris's Odette (swan-lake.odette); New York has no Swan Lake, so she is no
    # candidate there; Ava knows Giselle at home.
    assert ("nyc-p1", "nyc-giselle.giselle", "nyc-ava") in leads
    assert ("par-p1", "par-swan.odette", "par-lea") in leads
    assert not any(d == "par-lea" and p.startswith("nyc") for p, _, d in leads)
    # Every candidate gets an uplift.
    assert len(lead_uplifts(tiny_season)) == len(leads)


def test_baseline_expected_result_is_the_forecast_without_exchange(tiny_season: Season) -> None:
    run = run_forecast(tiny_season, None, DEFAULT_PARAMS, draws=1000, seed=0)
    for house in run.forecast.houses:
        assert baseline_expected_result(tiny_season, house.company) == pytest.approx(house.result)


def test_linear_view_against_the_full_model_on_the_demo(demo: Season) -> None:
    # A Paris star as a guest in New York's Coppélia: one changed lead per show, so the sum
    # of the uplifts is the full model's change exactly.
    star = max(demo.company["par"].dancers, key=lambda d: d.draw)
    ups = [u for u in lead_uplifts(demo) if u.dancer == star.id and u.company == "nyc"]
    best = sorted(ups, key=lambda u: -u.uplift)[:4]
    shows = {u.performance for u in best}
    assert len(shows) == 4 and all(u.uplift > 0 for u in best)
    plan = Plan(
        season=demo.id,
        casting=[
            CastAssignment(performance=u.performance, role=u.role, dancer=u.dancer) for u in best
        ],
    )
    base = expected_results(demo, None)["nyc"]
    full = expected_results(demo, plan)["nyc"] - base
    assert full == pytest.approx(sum(u.uplift for u in best), rel=1e-9)
    # Two guests in the same show: the linear sum over-states (demand near capacity is
    # concave), but stays within a few percent of the full model.
    show = best[0].performance
    others = [
        u
        for u in lead_uplifts(demo)
        if u.performance == show and u.guest and u.role != best[0].role and u.uplift > 0
    ]
    pair = [best[0], max(others, key=lambda u: u.uplift)]
    plan = Plan(
        season=demo.id,
        casting=[
            CastAssignment(performance=u.performance, role=u.role, dancer=u.dancer) for u in pair
        ],
    )
    full = expected_results(demo, plan)["nyc"] - base
    linear = sum(u.uplift for u in pair)
    assert full <= linear + 1e-6
    # 5.6% with the elasticity refitted once Paris lost Broadway's periods (2.79: lesser
    # titles such as Coppélia sell closer to capacity, so demand is more concave there).
    assert full == pytest.approx(linear, rel=0.06)
