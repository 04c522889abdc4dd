"""The full model's measurement of a cast package, and what the plan does with it."""

from __future__ import annotations

import pytest

from etoile.domain import Money, Plan
from etoile.forecast import DEFAULT_PARAMS, build_scenario, expected_results
from etoile.forecast.pricing import priced
from etoile.services.casting import CastingParams, cast_season
from etoile.services.exchange import adjusted, decide, resolve
from etoile.services.exchange_recast import recast_around
from etoile.services.plan_exchange import calendar_blame
from etoile.solvers.exchange import ExchangeParams
from etoile.solvers.exchange.explain import stay_effect
from etoile.solvers.exchange.values import measure
from etoile.validate import Severity, Violation
from etoile.validate.rehearsal import HOURS_SHORT
from exchange_kit import swap_season

CAST = CastingParams(time_limit=5, workers=2, seed=0)
EXCHANGE = ExchangeParams(2, 2, 0)


def _costly_swap():  # type: ignore[no-untyped-def]
    """The swap season with a fee and travel, housing and per diem that the host pays."""
    season = swap_season(fee_usd=2_000)
    terms = season.exchanges[0].model_copy(
        update={
            "travel_cost": Money.of(1_500, "USD"),
            "housing_per_night": Money.of(200, "USD"),
            "per_diem": Money.of(80, "USD"),
        }
    )
    return season.model_copy(update={"exchanges": [terms]})


def _scenarios(season, base, plan):  # type: ignore[no-untyped-def]
    return build_scenario(season, base, DEFAULT_PARAMS), build_scenario(
        season, plan, DEFAULT_PARAMS
    )


def _cast(season):  # type: ignore[no-untyped-def]
    base = priced(season, cast_season(season, Plan(season=season.id), CAST), DEFAULT_PARAMS)
    decision = decide(season, base, DEFAULT_PARAMS, EXCHANGE)
    assert decision.result.chosen, "the swap season's exchange chooses a stay"
    found = recast_around(season, base, decision.moves(), decision.guest_leads(), CAST)
    assert found.plan is not None
    return base, decision, priced(season, found.plan, DEFAULT_PARAMS)


def test_linear_values_plus_measured_adjustments_equal_the_full_model_per_house() -> None:
    season = _costly_swap()
    base, decision, plan = _cast(season)
    result = decision.result
    full_with = expected_results(season, plan, DEFAULT_PARAMS)
    full_without = expected_results(season, base, DEFAULT_PARAMS)
    gains = {h: full_with[h] - full_without[h] for h in full_with}
    measured = measure(result.chosen, result.danced, base, plan, *_scenarios(season, base, plan))
    assert set(measured) == {c.index for c in result.chosen}
    problem = adjusted(decision.problem, measured)
    total = dict.fromkeys(gains, 0.0)
    for c in result.chosen:
        now = problem.candidates[c.index]
        for h, v in stay_effect(problem, now, result.danced[c.index]).items():
            total[h] += v
    for h, gain in gains.items():
        assert total[h] == pytest.approx(gain, abs=1e-6), h
    # The guest's fee and costs are in the ledgers: New York pays them.
    assert gains["nyc"] < sum(o.uplift for c in result.chosen for o in result.danced[c.index])


def test_solved_again_with_its_measurement_the_solver_values_the_package_as_the_full_model() -> (
    None
):
    season = _costly_swap()
    base, decision, plan = _cast(season)
    result = decision.result
    measured = measure(result.chosen, result.danced, base, plan, *_scenarios(season, base, plan))
    again = resolve(season, adjusted(decision.problem, measured), EXCHANGE, result)
    full_with = expected_results(season, plan, DEFAULT_PARAMS)
    full_without = expected_results(season, base, DEFAULT_PARAMS)
    assert [c.index for c in again.result.chosen] == [c.index for c in result.chosen]
    for h, v in again.estimate().items():
        assert v == pytest.approx(full_with[h] - full_without[h], abs=1.0)


def _short(production: str, *entities: str) -> Violation:
    return Violation(HOURS_SHORT, Severity.ERROR, (production, "learning", *entities), 2.0, "short")


def test_the_calendar_blames_a_stay_only_for_shortages_the_exchange_caused() -> None:
    season = swap_season(fee_usd=0)
    _, decision, plan = _cast(season)
    traveller = decision.result.chosen[0].dancer
    guest_in = next(
        season.performances[a.performance].item.production
        for a in plan.casting
        if a.dancer == traveller and season.performances[a.performance].owner != "par"
    )
    base_plan = Plan(season=season.id, casting=list(plan.casting))
    bystander = next(
        a.dancer
        for a in plan.casting
        if a.dancer != traveller and season.performances[a.performance].item.production == guest_in
    )
    # A home dancer whose places the exchange did not change: the plan's own shortage.
    assert calendar_blame(season, base_plan, plan, [_short(guest_in, bystander)]) == (
        set(),
        set(),
    )
    # The guest short of hours: their stay is blamed.
    assert calendar_blame(season, base_plan, plan, [_short(guest_in, traveller)]) == (
        {guest_in},
        {traveller},
    )
