"""Value the compiled exchange against the plan without it (``docs/exchange.md``).

One baseline: the plan the season would have without the exchange, i.e. its real casting
(``base``; the expected cast when it has none) with every show at its best price level. The
solver's values are changes from that plan, each computed with the full demand model and the
pricing rule:

* a guest lead is worth the host's box-office change when the guest replaces, in that one
  place, the dancer the baseline casts there (each show re-priced at its best level, a star
  premium allowed where the terms allow it) minus the fee for the show to each payer;
* a stay costs its home the box office lost while the dancer is away: per show, the dancer's
  baseline places left to the rest of their cast or to the house's expected replacement, the
  show re-priced (exact for a single stay), summed over ``depart..return``; and the
  fixed costs of :func:`etoile.forecast.exchange_move_costs` (travel, housing, per diem) to
  each payer.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

import numpy as np

from etoile.domain import Plan, Season
from etoile.forecast import (
    DEFAULT_PARAMS,
    ForecastParams,
    Scenario,
    build_scenario,
    exchange_move_costs,
    lead_uplifts,
)
from etoile.forecast.cast import slots_without
from etoile.forecast.demand import cast_factor, total_sigma
from etoile.forecast.pricing import allowed_levels, best_level_revenue, best_levels
from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Candidate, GuestOption


def baseline_of(season: Season, base: Plan | None) -> Plan:
    """The plan without the exchange that values are measured from (list prices, no moves)."""
    casting = base.casting if base is not None else []
    return Plan(season=season.id, casting=casting)


def priced_revenue(season: Season, sc: Scenario, params: ForecastParams) -> np.ndarray:
    """Each show's expected box office at its best price level (no guests).

    Parameters
    ----------
    season
        The season, for its pricing policies.
    sc, params
        The scenario of the plan without the exchange, and the forecast's parameters.

    Returns
    -------
    numpy.ndarray
        One amount per row of ``sc.frame``, each in its house's currency.
    """
    revenue, _ = best_levels(season, sc.frame, params)
    return revenue


def loss_by_show(
    season: Season,
    dancer: str,
    params: ForecastParams,
    base: Plan,
    sc: Scenario,
    base_revenue: np.ndarray,
) -> dict[str, float]:
    """Home box office lost per home show if ``dancer`` were away all season.

    Only the shows whose lead slots change are re-evaluated (each at its best price level).

    Parameters
    ----------
    season
        The season.
    dancer
        The traveller's id.
    params
        The forecast's parameters.
    base, sc
        The plan without the exchange and its scenario.
    base_revenue
        Each show's revenue in that plan (:func:`priced_revenue`).

    Returns
    -------
    dict[str, float]
        Performance id -> revenue lost (house currency); shows that lose nothing are left out.
    """
    changed = slots_without(season, base, sc.cast, dancer, params)
    if not changed:
        return {}
    frame = sc.frame
    index = frame.index()
    rows = np.array([index[p] for p in changed])
    cast = np.array([cast_factor(changed[p], params) for p in changed])
    levels = [allowed_levels(season, p) for p in changed]
    revenue, _ = best_level_revenue(
        frame, rows, frame.base_seats[rows] * cast, levels, total_sigma(params)
    )
    return {
        p: float(base_revenue[i] - r)
        for p, i, r in zip(changed, rows, revenue, strict=True)
        if abs(float(base_revenue[i] - r)) > 1e-9
    }


def value_exchange(
    season: Season,
    problem: ExchangeProblem,
    params: ForecastParams = DEFAULT_PARAMS,
    base: Plan | None = None,
) -> ExchangeProblem:
    """Fill in ``problem``'s home losses, costs, uplifts and fees (in place; returned).

    ``base`` is the plan without the exchange (its casting is the linearisation point); None
    takes the expected cast.

    Parameters
    ----------
    season
        The season the problem was compiled from.
    problem
        The compiled problem, whose candidates and options are replaced.
    params
        The forecast's parameters.
    base
        The plan without the exchange, or None.

    Returns
    -------
    ExchangeProblem
        ``problem`` itself, valued, fixed costs and fees included (:func:`value_costs`).
    """
    start = baseline_of(season, base)
    sc = build_scenario(season, start, params)
    base_revenue = priced_revenue(season, sc, params)
    losses: dict[str, dict[str, float]] = {}
    for k, c in enumerate(problem.candidates):
        if c.dancer not in losses:
            losses[c.dancer] = loss_by_show(season, c.dancer, params, start, sc, base_revenue)
        lost = tuple(
            (p, v)
            for p, v in sorted(losses[c.dancer].items())
            if c.depart <= season.performances[p].item.day <= c.return_
        )
        problem.candidates[k] = replace(c, home_loss=sum(v for _, v in lost), home_losses=lost)
    triples = sorted(
        {(o.performance, o.role, problem.candidates[o.candidate].dancer) for o in problem.options}
    )
    uplift = {
        (u.performance, u.role, u.dancer): u.uplift
        for u in lead_uplifts(season, triples, params, scenario=sc, priced=True)
    }
    for i, o in enumerate(problem.options):
        dancer = problem.candidates[o.candidate].dancer
        problem.options[i] = replace(o, uplift=uplift[o.performance, o.role, dancer])
    return value_costs(season, problem)


def value_costs(season: Season, problem: ExchangeProblem) -> ExchangeProblem:
    """Fill in ``problem``'s fixed costs per stay (travel, housing, per diem) and fees per
    guest show, by paying house, from ``season``'s terms (in place; returned). The box-office
    values are left as they are: a change of fees or travel costs needs only this."""
    fees: dict[int, dict[str, float]] = {}
    for k, c in enumerate(problem.candidates):
        zero = exchange_move_costs(season, c.move(), 0)
        one = exchange_move_costs(season, c.move(), 1)
        fixed = {h: sum(v.values()) for h, v in zero.items()}
        fees[k] = {h: sum(v.values()) - fixed.get(h, 0.0) for h, v in one.items()}
        problem.candidates[k] = replace(c, fixed_costs=fixed)
    for i, o in enumerate(problem.options):
        problem.options[i] = replace(o, fee=fees[o.candidate])
    return problem


def measure(
    chosen: list[Candidate],
    danced: dict[int, list[GuestOption]],
    base: Plan,
    plan: Plan,
    before: Scenario,
    after: Scenario,
) -> dict[int, dict[str, float]]:
    """Per chosen stay, what the full model adds to its linear values (house currency).

    ``plan`` is the plan with the stays ``chosen`` (their guests dancing ``danced``) cast and
    priced; ``base`` the plan without the exchange, priced; ``before`` and ``after`` their
    scenarios (:func:`etoile.forecast.build_scenario`). Each show's box-office change
    (the full model: every change the casting made, priced) is compared with the linear
    values that stand for it (the guests' uplifts there, the travellers' home losses there);
    the difference goes to the stays that claim the show (a guest dancing in it, a traveller
    who lost a place in it), shared evenly, or, for a show the casting changed that no stay
    claims (a dancer moved to cover for a traveller), to the stay of that house nearest in
    time. What the ledgers change beyond the linear fees and costs goes, shared evenly, to
    the stays that involve the house. So, for every house, the linear values of the chosen
    stays plus their adjustments equal the full model's gain.

    Parameters
    ----------
    chosen
        The chosen stays.
    danced
        Stay index -> the guest leads it dances.
    base, plan
        The plans without and with the exchange, each priced.
    before, after
        Their scenarios.

    Returns
    -------
    dict[int, dict[str, float]]
        Stay index -> house id -> adjustment; empty when nothing is chosen.

    Raises
    ------
    ValueError
        When the two scenarios do not have the same performances.
    """
    if not chosen:
        return {}
    frame = before.frame
    if list(frame.perf_ids) != list(after.frame.perf_ids):
        raise ValueError("the two plans' seasons have different performances")
    index = frame.index()
    delta = after.revenue - before.revenue
    linear = np.zeros(len(delta))
    claims: dict[int, set[int]] = defaultdict(set)
    for c in chosen:
        for o in danced.get(c.index, []):
            linear[index[o.performance]] += o.uplift
            claims[index[o.performance]].add(c.index)
        for perf, lost in c.home_losses:
            linear[index[perf]] -= lost
            claims[index[perf]].add(c.index)
    away = {c.dancer: c.index for c in chosen}
    kept = {(a.performance, a.dancer) for a in plan.casting}
    for a in base.casting:
        if a.dancer in away and (a.performance, a.dancer) not in kept:
            claims[index[a.performance]].add(away[a.dancer])
    out: dict[int, dict[str, float]] = {c.index: defaultdict(float) for c in chosen}

    def share(house: str, miss: float, who: list[int]) -> None:
        for k in who:
            out[k][house] += miss / len(who)

    for i, change in enumerate(delta):
        miss = float(change - linear[i])
        if abs(miss) < 1e-9:
            continue
        house = frame.houses[frame.house[i]]
        who = sorted(claims.get(i, ())) or _nearest(chosen, house, frame.day[i])
        share(house, miss, who)
    for house in frame.houses:
        led0, led1 = before.ledgers[house], after.ledgers[house]
        change = (led1.fixed_income - led1.total_costs) - (led0.fixed_income - led0.total_costs)
        expected = -sum(c.fixed_costs.get(house, 0.0) for c in chosen) - sum(
            o.fee.get(house, 0.0) for c in chosen for o in danced.get(c.index, [])
        )
        involved = [c.index for c in chosen if house in (c.home, c.host) or house in c.fixed_costs]
        if abs(change - expected) > 1e-9:
            share(house, change - expected, involved or [c.index for c in chosen])
    return {k: dict(v) for k, v in out.items()}


def _nearest(chosen: list[Candidate], house: str, day: dt.date) -> list[int]:
    """The stay involving ``house`` whose trip is nearest ``day`` (every stay when none
    involves it)."""
    near = [c for c in chosen if house in (c.home, c.host)]
    if not near:
        return [c.index for c in chosen]

    def distance(c: Candidate) -> tuple[int, int]:
        gap = (
            0
            if c.depart <= day <= c.return_
            else min(abs((day - c.depart).days), abs((day - c.return_).days))
        )
        return gap, c.index

    return [min(near, key=distance).index]
