"""Prices as a decision: demand answers to price, each show takes its best level, and the plan
without the exchange is priced by the same rule as the plan with it."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from etoile.domain import Plan, PricingPolicy, Season
from etoile.forecast import DEFAULT_PARAMS, build_scenario, expected_results
from etoile.forecast.pricing import allowed_levels, best_prices, priced
from etoile.validate import validate
from exchange_kit import swap_season

LEVELS = [0.8, 0.9, 1.0, 1.1, 1.2]


def with_pricing(season: Season, elasticity: float = -1.16, premium: float = 0.0) -> Season:
    policy = PricingPolicy(levels=LEVELS, elasticity=elasticity)
    companies = [c.model_copy(update={"pricing": policy}) for c in season.companies]
    terms = [t.model_copy(update={"star_premium": premium}) for t in season.exchanges]
    return season.model_copy(update={"companies": companies, "exchanges": terms})


@settings(max_examples=25, deadline=None)
@given(
    elasticity=st.floats(min_value=-3.0, max_value=0.0),
    low=st.sampled_from(LEVELS),
    high=st.sampled_from(LEVELS),
)
def test_demand_never_rises_with_price(elasticity: float, low: float, high: float) -> None:
    season = with_pricing(swap_season(), elasticity)
    low, high = sorted((low, high))
    ids = list(season.performances)
    cheap = build_scenario(
        season, Plan(season=season.id, prices=dict.fromkeys(ids, low)), DEFAULT_PARAMS
    )
    dear = build_scenario(
        season, Plan(season=season.id, prices=dict.fromkeys(ids, high)), DEFAULT_PARAMS
    )
    assert np.all(dear.frame.mean_seats <= cheap.frame.mean_seats + 1e-9)
    assert np.all(dear.seats <= cheap.seats + 1e-9)


def test_each_show_takes_the_level_with_the_most_expected_box_office() -> None:
    season = with_pricing(swap_season())
    plan = Plan(season=season.id)
    best = best_prices(season, plan, DEFAULT_PARAMS)
    chosen = build_scenario(season, priced(season, plan, DEFAULT_PARAMS), DEFAULT_PARAMS)
    index = chosen.frame.index()
    for perf in season.performances:
        level = best.get(perf, 1.0)
        assert level in allowed_levels(season, perf)
        for other in allowed_levels(season, perf):
            trial = build_scenario(
                season, Plan(season=season.id, prices={**best, perf: other}), DEFAULT_PARAMS
            )
            assert trial.revenue[index[perf]] <= chosen.revenue[index[perf]] + 1e-6
    # Something moved: the tiny houses are not all best at list prices.
    assert best != {}


def test_a_full_house_raises_its_price_and_an_empty_one_lowers_it() -> None:
    # Paris's Swan Lake sells out (popularity 1.0), New York's Giselle does not (0.8): with
    # elasticity -1.16, revenue below capacity falls as the price rises (1 - 1.16 < 0).
    season = with_pricing(swap_season())
    best = best_prices(season, Plan(season=season.id), DEFAULT_PARAMS)
    paris = [best.get(p, 1.0) for p in season.performances if p.startswith("par")]
    new_york = [best.get(p, 1.0) for p in season.performances if p.startswith("nyc")]
    assert max(new_york) <= 1.0
    assert min(paris) >= max(new_york)


def test_a_star_premium_is_allowed_only_on_a_guest_show() -> None:
    season = with_pricing(swap_season(), premium=0.1)
    assert allowed_levels(season, "nyc-p1") == LEVELS
    premium = allowed_levels(season, "nyc-p1", {"par"})
    assert max(premium) == 1.2 * 1.1
    assert set(LEVELS) <= set(premium)


def test_the_validator_refuses_a_price_outside_the_range() -> None:
    season = with_pricing(swap_season())
    bad = Plan(season=season.id, prices={"nyc-p1": 1.5, "par-p1": 1.1})
    rules = [v for v in validate(season, bad) if v.rule.startswith("Price")]
    assert [(v.rule, v.entities) for v in rules] == [
        ("Price outside the house's range", ("nyc-p1",))
    ]
    assert "150%" in rules[0].message


def test_the_plan_without_the_exchange_is_priced_as_well_as_the_plan() -> None:
    from etoile.services.plan import PlanParams, plan_season

    season = with_pricing(swap_season(fee_usd=0))
    outcome = plan_season(
        season,
        PlanParams(
            exchange_time_limit=2,
            casting_time_limit=5,
            rehearsal_time_limit=0,
            draws=200,
            sensitivity=False,
        ),
    )
    deal, base = outcome.plan.deal, outcome.baseline
    assert deal is not None and base is not None
    # The baseline is the casting without the exchange at its own best prices ...
    assert base.prices == best_prices(season, base, DEFAULT_PARAMS)
    assert base.prices != {}
    # ... and the deal's result without the exchange is that plan's expected result.
    without = expected_results(season, base, DEFAULT_PARAMS)
    assert {h.company: round(h.result_without) for h in deal.houses} == {
        h: round(v) for h, v in without.items()
    }
    assert outcome.plan.prices == best_prices(season, outcome.plan, DEFAULT_PARAMS)
    assert [v for v in outcome.violations if v.rule.startswith("Price")] == []
