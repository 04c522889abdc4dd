"""The whole forecast of a season under a plan: ledgers, demand, Monte Carlo, and the summary.

Expected values (attendance, box office, result) are computed exactly from the lognormal
demand (:mod:`etoile.forecast.tiers`), so they do not move with the seed and agree with what
the exchange solver is given; percentiles and the probability of breaking even come from the
Monte Carlo. Costs are deterministic; a house's result in a draw is its box office in that
draw plus its other income in that draw (each line drawn around its amount, mean-preserving:
:func:`etoile.forecast.montecarlo.simulate_income`) minus its costs.

The *baseline* is the same season with no exchange and the expected cast; it is drawn with
the same seed, so the difference between plan and baseline carries no sampling noise from
independent draws.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from etoile.domain import Forecast, HouseForecast, Plan, Season
from etoile.forecast.cast import CastView, build_cast_view
from etoile.forecast.demand import DemandFrame, build_frame, total_sigma
from etoile.forecast.ledger import HouseLedger, build_ledgers
from etoile.forecast.montecarlo import simulate, simulate_income
from etoile.forecast.params import DEFAULT_PARAMS, ForecastParams
from etoile.forecast.tiers import FloatArray


@dataclass
class Scenario:
    """One season under one plan (or none): its cast, demand, ledgers and expectations."""

    cast: CastView
    frame: DemandFrame
    ledgers: dict[str, HouseLedger]
    revenue: FloatArray
    seats: FloatArray

    def box_office(self, house: str) -> float:
        """Expected ticket revenue of ``house``.

        Parameters
        ----------
        house
            A company id of the frame.
        """
        return float(self.revenue[self.frame.house == self.frame.houses.index(house)].sum())

    def expected_result(self, house: str) -> float:
        """Expected season result of ``house`` (house currency)."""
        led = self.ledgers[house]
        return self.box_office(house) + led.fixed_income - led.total_costs


def build_scenario(season: Season, plan: Plan | None, params: ForecastParams) -> Scenario:
    """Cast, demand and ledgers of ``season`` under ``plan`` (None: no exchange).

    Parameters
    ----------
    season
        What is forecast.
    plan
        Its exchange, casting and prices.
    params
        The model's parameters.
    """
    cast = build_cast_view(season, plan, params)
    frame = build_frame(season, cast, params, plan.prices if plan else None)
    ledgers = build_ledgers(season, plan.exchange if plan else [], cast.shows_danced)
    sigma = total_sigma(params)
    return Scenario(
        cast, frame, ledgers, frame.expected_revenue(sigma), frame.expected_seats(sigma)
    )


@dataclass
class ForecastRun:
    """A forecast and what the charts and reports need beyond it."""

    forecast: Forecast
    scenario: Scenario
    results: FloatArray
    """Season result of each house in each draw, (draws, houses), house currency."""
    combined: FloatArray | None
    """Combined result in each draw, in ``forecast.combined.currency``."""
    baseline_results: FloatArray | None = None
    """The baseline's result in each draw (the same draws), when one was drawn."""


def _house(
    sc: Scenario, h: int, results: FloatArray, base: tuple[float, float] | None
) -> HouseForecast:
    fr, house = sc.frame, sc.frame.houses[h]
    led, sel = sc.ledgers[house], fr.house == h
    box = sc.box_office(house)
    rows = [i for i in range(len(fr.perf_ids)) if sel[i]]
    weekly: dict[str, float] = {}
    by_prod: dict[str, float] = {}
    for i in rows:
        # Weeks run Monday to Sunday on the local calendar day of the show, like the Broadway
        # weeks (which end on a Sunday).
        monday = (fr.day[i] - dt.timedelta(days=fr.day[i].weekday())).isoformat()
        weekly[monday] = weekly.get(monday, 0.0) + float(sc.revenue[i])
        by_prod[fr.production[i]] = by_prod.get(fr.production[i], 0.0) + float(sc.revenue[i])
    ids = [fr.perf_ids[i] for i in rows]
    col = results[:, h]
    return HouseForecast(
        company=house,
        currency=led.currency,
        performances=int(sel.sum()),
        expected_attendance=float(sc.seats[sel].sum()),
        occupancy=float(sc.seats[sel].sum() / fr.capacity[sel].sum()) if sel.any() else 0.0,
        revenue=box + led.fixed_income,
        costs=led.total_costs,
        result=sc.expected_result(house),
        p5=float(np.percentile(col, 5)),
        p50=float(np.percentile(col, 50)),
        p95=float(np.percentile(col, 95)),
        probability_break_even=float(np.mean(col >= 0)),
        baseline_result=None if base is None else base[0],
        baseline_probability_break_even=None if base is None else base[1],
        box_office=box,
        income_lines={"box_office": box, **led.income},
        cost_lines=dict(led.costs),
        weekly_box_office=dict(sorted(weekly.items())),
        production_box_office=by_prod,
        performance_box_office=dict(zip(ids, map(float, sc.revenue[sel]), strict=True)),
        performance_occupancy=dict(
            zip(ids, map(float, sc.seats[sel] / fr.capacity[sel]), strict=True)
        ),
    )


def _combined(
    season: Season, sc: Scenario, results: FloatArray, houses: list[HouseForecast], currency: str
) -> tuple[HouseForecast, FloatArray]:
    """Every house converted to ``currency`` (KeyError when a rate is missing)."""
    rates = np.array([season.rate(h.currency, currency) for h in houses])
    combined = results @ rates
    attendance = sum(h.expected_attendance for h in houses)
    capacity = float(sc.frame.capacity.sum())
    baselines = [h.baseline_result for h in houses]
    base = None if None in baselines else float(np.dot(rates, [b or 0.0 for b in baselines]))
    return (
        HouseForecast(
            company="combined",
            currency=currency,
            performances=sum(h.performances for h in houses),
            expected_attendance=attendance,
            occupancy=attendance / capacity if capacity else 0.0,
            revenue=float(np.dot(rates, [h.revenue for h in houses])),
            costs=float(np.dot(rates, [h.costs for h in houses])),
            result=float(np.dot(rates, [h.result for h in houses])),
            p5=float(np.percentile(combined, 5)),
            p50=float(np.percentile(combined, 50)),
            p95=float(np.percentile(combined, 95)),
            probability_break_even=float(np.mean(combined >= 0)),
            baseline_result=base,
            box_office=float(np.dot(rates, [h.box_office or 0.0 for h in houses])),
        ),
        combined,
    )


def house_results(
    sc: Scenario,
    params: ForecastParams,
    draws: int,
    seed: int,
    progress: Callable[[int], None] | None = None,
) -> FloatArray:
    """Season result of each house in each draw: box office plus other income minus costs.

    Box office and non-ticket income are both drawn from ``seed`` (separate streams); costs
    are deterministic. The mean over draws tends to :meth:`Scenario.expected_result`.

    Parameters
    ----------
    sc
        The scenario drawn.
    params
        Gives the shocks' spreads.
    draws
        How many draws.
    seed
        Seeds both streams.
    progress
        Told the draws done after each chunk of the box office.

    Returns
    -------
    ndarray
        An array (draws, houses), each house in its currency.
    """
    box = simulate(sc.frame, params, draws, seed, progress=progress)
    ledgers = [sc.ledgers[h] for h in sc.frame.houses]
    income = simulate_income([led.income for led in ledgers], params, draws, seed)
    costs = np.array([led.total_costs for led in ledgers])
    return box + income - costs


def run_forecast(
    season: Season,
    plan: Plan | None = None,
    params: ForecastParams = DEFAULT_PARAMS,
    draws: int = 10_000,
    seed: int = 0,
    combined_currency: str | None = None,
    progress: Callable[[int], None] | None = None,
    baseline: Plan | None = None,
) -> ForecastRun:
    """Forecast every house of ``season`` under ``plan``, with its no-exchange baseline.

    Parameters
    ----------
    season
        The season (prices, finances, people).
    plan
        Its exchange and casting; None forecasts the season as it stands (no exchange,
        expected cast).
    params
        Model parameters (defaults: fitted and documented in :mod:`etoile.forecast.params`).
    draws, seed
        Monte Carlo draws and the seed of ``numpy.random.default_rng``.
    combined_currency
        Currency of the combined view; None takes the first house's. Needs a stated rate
        from every house's currency (KeyError otherwise: check with
        :func:`etoile.forecast.checks.forecast_problems` first).
    progress
        Called with the number of draws done after each chunk (the baseline, when there is
        an exchange, is drawn too: expect up to ``2 * draws`` in all).
    baseline
        The plan without the exchange to compare with (its casting and prices); None takes
        the season with no exchange, the expected cast and list prices.
    """
    scenario = build_scenario(season, plan, params)
    results = house_results(scenario, params, draws, seed, progress)
    base_stats: list[tuple[float, float] | None]
    base_results: FloatArray | None = None
    if plan is not None and (plan.exchange or baseline is not None):
        base = build_scenario(season, baseline, params)
        base_results = house_results(base, params, draws, seed, progress)
        base_stats = [
            (base.expected_result(h), float(np.mean(base_results[:, i] >= 0)))
            for i, h in enumerate(base.frame.houses)
        ]
    else:
        base_stats = [
            (scenario.expected_result(h), float(np.mean(results[:, i] >= 0)))
            for i, h in enumerate(scenario.frame.houses)
        ]
    houses = [
        _house(scenario, i, results, base_stats[i]) for i in range(len(scenario.frame.houses))
    ]
    currency = combined_currency or houses[0].currency
    combined, combined_draws = _combined(season, scenario, results, houses, currency)
    forecast = Forecast(draws=draws, seed=seed, houses=houses, combined=combined)
    return ForecastRun(forecast, scenario, results, combined_draws, base_results)
