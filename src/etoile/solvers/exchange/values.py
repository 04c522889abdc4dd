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


def baseline_of(season: Season, base: Plan | None) -> Plan:
    """The plan without the exchange that values are measured from (list prices, no moves)."""
    casting = base.casting if base is not None else []
    return Plan(season=season.id, casting=casting)


def priced_revenue(season: Season, sc: Scenario, params: ForecastParams) -> np.ndarray:
    """Each show's expected box office at its best price level (no guests)."""
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
    """
    start = baseline_of(season, base)
    sc = build_scenario(season, start, params)
    base_revenue = priced_revenue(season, sc, params)
    losses: dict[str, dict[str, float]] = {}
    fees: dict[int, dict[str, float]] = {}
    for k, c in enumerate(problem.candidates):
        if c.dancer not in losses:
            losses[c.dancer] = loss_by_show(season, c.dancer, params, start, sc, base_revenue)
        loss = sum(
            v
            for p, v in losses[c.dancer].items()
            if c.depart <= season.performances[p].item.day <= c.return_
        )
        zero = exchange_move_costs(season, c.move(), 0)
        one = exchange_move_costs(season, c.move(), 1)
        fixed = {h: sum(v.values()) for h, v in zero.items()}
        fees[k] = {h: sum(v.values()) - fixed.get(h, 0.0) for h, v in one.items()}
        problem.candidates[k] = replace(c, home_loss=loss, fixed_costs=fixed)
    triples = sorted(
        {(o.performance, o.role, problem.candidates[o.candidate].dancer) for o in problem.options}
    )
    uplift = {
        (u.performance, u.role, u.dancer): u.uplift
        for u in lead_uplifts(season, triples, params, scenario=sc, priced=True)
    }
    for i, o in enumerate(problem.options):
        dancer = problem.candidates[o.candidate].dancer
        problem.options[i] = replace(
            o, uplift=uplift[o.performance, o.role, dancer], fee=fees[o.candidate]
        )
    return problem
