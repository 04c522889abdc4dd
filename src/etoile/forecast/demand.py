"""Demand per performance: the expected (uncapped) seats a show would sell, and its price level.

The mean demand of a show, in seats, is a product of factors (``ForecastParams`` documents each
value and its source)::

    capacity * base_demand * popularity ** elasticity * day_time * period.demand
             * run_position * cast

Realised demand is the mean times ``exp(run shock + show shock)``, both normal with mean
``-sigma^2 / 2`` so that the mean is kept: a run's shows share the run shock (a production
that the press loves lifts all its shows), each show has its own. Seats sold are the demand
capped at the seats that have a price; revenue follows the venue's tier curve
(:mod:`etoile.forecast.tiers`) times the period's price multiplier.

A *run* is the shows of one production at one venue; its first show (or a gala) is the
opening, its last the closing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from etoile.domain import Performance, Season
from etoile.forecast.cast import CastView, LeadSlot
from etoile.forecast.params import ForecastParams
from etoile.forecast.tiers import (
    FloatArray,
    RevenueCurve,
    expected_curve_revenue,
    expected_seats,
    revenue_curve,
)


def day_time_factor(perf: Performance, params: ForecastParams) -> float:
    """Weekend or weekday, matinee or evening, from the local start written in the file.

    Parameters
    ----------
    perf
        The performance.
    params
        Its four factors: weekday or weekend, matinee or evening.
    """
    weekday = perf.start.weekday()  # Monday = 0
    if perf.is_matinee:
        return params.weekend_matinee if weekday >= 5 else params.weekday_matinee
    return params.weekend_evening if weekday in (4, 5) else params.weekday_evening


def cast_factor(slots: list[LeadSlot], params: ForecastParams) -> float:
    """``1 + draw_weight * (mean lead draw - draw_reference) + novelty_bonus * guest leads``.

    A production without lead roles keeps the prior (factor 1).

    Parameters
    ----------
    slots
        The show's lead slots.
    params
        Gives the draw weight, its reference and the novelty bonus.
    """
    if not slots:
        return 1.0
    mean_draw = sum(s.draw for s in slots) / len(slots)
    guests = sum(s.guests for s in slots)
    return (
        1.0
        + params.draw_weight * (mean_draw - params.draw_reference)
        + (params.novelty_bonus * guests)
    )


def period_factors(day: dt.date, params: ForecastParams, market: str | None) -> tuple[float, float]:
    """(demand, price) multipliers of the period of ``market`` containing ``day``.

    Seasonality is per market (``ForecastParams.markets``): Broadway's holiday weeks lift a
    New York house, not a Paris one. A day in no period of the market keeps (1, 1).

    Parameters
    ----------
    day
        The show's day.
    params
        The periods of each market.
    market
        The house's market (None: the periods of every market).
    """
    period = params.period_of(day, market)
    return (period.demand, period.price) if period else (1.0, 1.0)


@dataclass
class DemandFrame:
    """Every performance of the season as arrays, ordered by house then start time.

    ``base_seats`` is the mean demand without the cast factor, so that a different cast only
    rescales it (``mean_seats = base_seats * cast``).
    """

    houses: list[str]
    perf_ids: list[str]
    house: np.ndarray
    production: list[str]
    day: list[dt.date]
    capacity: FloatArray
    base_seats: FloatArray
    cast: FloatArray
    price: FloatArray
    run: np.ndarray
    n_runs: int
    curve_index: np.ndarray
    curves: list[RevenueCurve]
    level: FloatArray
    """Each show's price multiplier (1.0: the venue's list prices); already in ``price`` and
    ``base_seats``."""
    elasticity: FloatArray
    """Each show's house price elasticity of demand (<= 0)."""

    @property
    def mean_seats(self) -> FloatArray:
        """Expected uncapped demand of each show, in seats."""
        return self.base_seats * self.cast

    @property
    def sellable(self) -> FloatArray:
        """Seats with a price, per show."""
        return np.array([self.curves[i].sellable for i in self.curve_index])

    def index(self) -> dict[str, int]:
        """Performance id -> position in the arrays."""
        return {p: i for i, p in enumerate(self.perf_ids)}

    def expected_revenue(self, sigma: float, mean: FloatArray | None = None) -> FloatArray:
        """Expected box office of each show (house currency), for total log-sd ``sigma``.

        Parameters
        ----------
        sigma
            Log-sd of a show's demand.
        mean
            Each show's mean demand in seats (None: the frame's own).
        """
        mean = self.mean_seats if mean is None else mean
        out = np.zeros(len(self.perf_ids))
        for c, curve in enumerate(self.curves):
            sel = self.curve_index == c
            if sel.any():
                out[sel] = expected_curve_revenue(curve, mean[sel], sigma) * self.price[sel]
        return out

    def expected_seats(self, sigma: float) -> FloatArray:
        """Expected seats sold per show.

        Parameters
        ----------
        sigma
            The total log-sd (:func:`total_sigma`).
        """
        out = np.zeros(len(self.perf_ids))
        for c, curve in enumerate(self.curves):
            sel = self.curve_index == c
            if sel.any():
                out[sel] = expected_seats(curve, self.mean_seats[sel], sigma)
        return out


def total_sigma(params: ForecastParams) -> float:
    """Log-sd of one show's demand: run and show shocks are independent."""
    return math.hypot(params.sigma_run, params.sigma_show)


def build_frame(
    season: Season,
    cast: CastView,
    params: ForecastParams,
    prices: Mapping[str, float] | None = None,
) -> DemandFrame:
    """The demand arrays of every performance of ``season`` under the cast ``cast``.

    ``prices`` (performance id -> multiplier of every price tier; absent: 1.0) moves each
    show's price and, through its house's elasticity, its demand:
    ``demand * level ** elasticity`` and ``price * level``.

    Parameters
    ----------
    season
        Its performances, venues and houses.
    cast
        Who dances the leads of each show.
    params
        The demand model.
    prices
        As above.

    Raises
    ------
    KeyError
        When a price is in a currency the season states no rate for (checked beforehand by
        :func:`etoile.forecast.checks.forecast_problems`).
    """
    perfs = [(c, p) for c in season.companies for p in sorted(c.performances, key=_key)]
    runs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for _, p in perfs:
        runs[(p.production, p.venue)].append(p.id)
    run_ids = {key: i for i, key in enumerate(runs)}
    curves: list[RevenueCurve] = []
    curve_of: dict[str, int] = {}
    cols: dict[str, list[float]] = defaultdict(list)
    run, curve_index, house = [], [], []
    houses = [c.id for c in season.companies]
    for company, p in perfs:
        venue = season.venues[p.venue].item
        if p.venue not in curve_of:
            tiers = [
                (t.seats, float(t.price.amount) * season.rate(t.price.currency, company.currency))
                for t in venue.price_tiers
            ]
            curve_of[p.venue] = len(curves)
            curves.append(revenue_curve(tiers, venue.capacity, params.cheap_first))
        shows = runs[(p.production, p.venue)]
        position = params.opening if (p.gala or p.id == shows[0]) else 1.0
        if len(shows) > 1 and p.id == shows[-1]:
            position = max(position, params.closing)
        demand, price = period_factors(p.day, params, params.market_of(company))
        popularity = season.productions[p.production].item.popularity
        factor = (
            params.base_demand
            * popularity**params.popularity_elasticity
            * day_time_factor(p, params)
            * demand
            * position
        )
        level = (prices or {}).get(p.id, 1.0)
        elasticity = company.pricing.elasticity
        cols["capacity"].append(float(venue.capacity))
        cols["base"].append(venue.capacity * factor * level**elasticity)
        cols["cast"].append(cast_factor(cast.leads.get(p.id, []), params))
        cols["price"].append(price * level)
        cols["level"].append(level)
        cols["elasticity"].append(elasticity)
        run.append(run_ids[(p.production, p.venue)])
        curve_index.append(curve_of[p.venue])
        house.append(houses.index(company.id))
    return DemandFrame(
        houses=houses,
        perf_ids=[p.id for _, p in perfs],
        house=np.array(house, dtype=np.intp),
        production=[p.production for _, p in perfs],
        day=[p.day for _, p in perfs],
        capacity=np.array(cols["capacity"]),
        base_seats=np.array(cols["base"]),
        cast=np.array(cols["cast"]),
        price=np.array(cols["price"]),
        run=np.array(run, dtype=np.intp),
        n_runs=len(runs),
        curve_index=np.array(curve_index, dtype=np.intp),
        curves=curves,
        level=np.array(cols["level"]),
        elasticity=np.array(cols["elasticity"]),
    )


def _key(p: Performance) -> tuple[dt.datetime, str]:
    return (p.start, p.id)
