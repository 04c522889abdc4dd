"""Prices as a decision: the best price level of every performance, within each house's policy.

A house may move every price tier of a performance by one of its policy's ``levels``
(``Company.pricing``; e.g. ±10% at the Paris house, which already varies some performances
by that much: ballet-facts 2). Demand answers through the house's elasticity
(``demand * level ** elasticity``, capped by the seats that have a price), and revenue is the
tier curve times ``price * level`` (:mod:`etoile.forecast.demand`). A show with a guest lead
may also take each level raised by the exchange terms' ``star_premium``, where the terms
allow one (houses do price star nights higher: the Royal Opera House's £210 Terfel nights,
exchange-economics.md).

A show's expected revenue depends only on its own price and cast, so choosing the best level
show by show is the exact optimum of the season's expected box office for a given cast: the
plan without the exchange and the plan with it are priced by the same rule, so the exchange's
gain is never measured against a straw man. Ties go to the level nearest the list prices.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from etoile.domain import Plan, Season
from etoile.forecast.cast import assumed_guest_casting
from etoile.forecast.demand import DemandFrame, total_sigma
from etoile.forecast.model import build_scenario
from etoile.forecast.params import ForecastParams
from etoile.forecast.tiers import FloatArray, expected_curve_revenue


def star_premium(season: Season, host: str, guest_home: str) -> float:
    """The largest premium the terms between ``host`` and ``guest_home`` allow (0: none).

    Parameters
    ----------
    season
        Whose exchange terms are read.
    host
        The house the guest dances at.
    guest_home
        The guest's own house.
    """
    return max(
        (
            t.star_premium
            for t in season.exchanges
            if host in t.companies and guest_home in t.companies and host != guest_home
        ),
        default=0.0,
    )


def guest_homes(season: Season, plan: Plan | None, params: ForecastParams) -> dict[str, set[str]]:
    """Performance id -> the home houses of the guests dancing a lead in it under ``plan``.

    Parameters
    ----------
    season
        For the dancers' houses.
    plan
        Its casting, or when it has none the leads its guests are assumed to dance.
    params
        For the assumed casting.
    """
    found: dict[str, set[str]] = defaultdict(set)
    if plan is None:
        return found
    if plan.casting:
        pairs = [(a.performance, a.role, a.dancer) for a in plan.casting]
    else:
        assumed = assumed_guest_casting(season, plan.exchange, params)
        pairs = [(p, r, d) for p, roles in assumed.items() for r, d in roles.items()]
    for perf_id, role_id, dancer_id in pairs:
        if perf_id not in season.performances or dancer_id not in season.dancers:
            continue
        host = season.performances[perf_id].owner
        home = season.dancers[dancer_id].owner
        if home != host and role_id in season.roles and season.roles[role_id].item.lead:
            found[perf_id].add(home)
    return found


def allowed_levels(
    season: Season, perf_id: str, homes: set[str] | frozenset[str] = frozenset()
) -> list[float]:
    """The price levels ``perf_id`` may take, given the homes of its guest leads.

    Parameters
    ----------
    season
        Gives the host's price levels and the terms' star premiums.
    perf_id
        The performance.
    homes
        The home houses of its guest leads.
    """
    host = season.performances[perf_id].owner
    levels = set(season.company[host].pricing.levels)
    premium = max((star_premium(season, host, h) for h in homes), default=0.0)
    if premium > 0:
        levels |= {round(level * (1 + premium), 6) for level in levels}
    return sorted(levels)


def best_level_revenue(
    frame: DemandFrame,
    rows: np.ndarray,
    mean: FloatArray,
    levels: list[list[float]],
    sigma: float,
) -> tuple[FloatArray, FloatArray]:
    """(expected revenue, level) of each of ``rows`` at its best allowed level.

    ``mean`` is each row's expected demand at the frame's current level (as ``mean_seats``);
    ``levels[k]`` the levels row ``rows[k]`` may take.

    Parameters
    ----------
    frame
        The demand frame the rows belong to.
    rows
        Indices of shows in ``frame``.
    mean, levels
        As above.
    sigma
        Log-sd of demand.
    """
    base_mean = mean / frame.level[rows] ** frame.elasticity[rows]
    base_price = frame.price[rows] / frame.level[rows]
    best = np.full(len(rows), -np.inf)
    chosen = np.ones(len(rows))
    for level in sorted({x for row in levels for x in row}, key=lambda x: (abs(x - 1.0), x)):
        allowed = np.array([level in row for row in levels], dtype=bool)
        if not allowed.any():
            continue
        revenue = np.zeros(len(rows))
        for c, curve in enumerate(frame.curves):
            sel = allowed & (frame.curve_index[rows] == c)
            if sel.any():
                demand = base_mean[sel] * level ** frame.elasticity[rows][sel]
                revenue[sel] = (
                    expected_curve_revenue(curve, demand, sigma) * base_price[sel] * level
                )
        better = allowed & (revenue > best + 1e-9)
        best[better] = revenue[better]
        chosen[better] = level
    return best, chosen


def best_levels(
    season: Season,
    frame: DemandFrame,
    params: ForecastParams,
    homes: dict[str, set[str]] | None = None,
) -> tuple[FloatArray, FloatArray]:
    """(expected revenue, level) of every show of ``frame`` at its best allowed level;
    ``homes``: performance id -> home houses of its guest leads (for the star premium).

    Parameters
    ----------
    season
        For each show's allowed levels.
    frame
        The shows, at their current levels.
    params
        For the demand's spread.
    """
    rows = np.arange(len(frame.perf_ids))
    levels = [allowed_levels(season, p, (homes or {}).get(p, set())) for p in frame.perf_ids]
    return best_level_revenue(frame, rows, frame.mean_seats, levels, total_sigma(params))


def best_prices(season: Season, plan: Plan, params: ForecastParams) -> dict[str, float]:
    """The best level of every performance under ``plan``'s cast (levels of 1.0 left out).

    Parameters
    ----------
    season
        The season priced.
    plan
        Its cast and exchange decide each show's demand.
    params
        The demand model.
    """
    frame = build_scenario(season, plan.model_copy(update={"prices": {}}), params).frame
    _, chosen = best_levels(season, frame, params, guest_homes(season, plan, params))
    return {
        p: float(level) for p, level in zip(frame.perf_ids, chosen, strict=True) if level != 1.0
    }


def priced(season: Season, plan: Plan, params: ForecastParams) -> Plan:
    """``plan`` with every performance at its best price level (:func:`best_prices`).

    Parameters
    ----------
    season
        Gives the levels each show may take.
    plan
        The plan to price.
    params
        The forecast's parameters.
    """
    return plan.model_copy(update={"prices": best_prices(season, plan, params)})
