"""Value the compiled exchange with the forecast's linear view (``docs/exchange.md``).

* a guest lead is worth ``lead_uplifts`` (host box office, at the no-exchange baseline) minus
  the fee for the show to each payer;
* a stay costs its home the box office lost while the dancer is away: per show, from one
  scenario with the dancer away all season (exact for a single stay: a show's expected cast
  depends only on who is away that day), summed over ``depart..return``; and the fixed costs
  of :func:`etoile.forecast.exchange_move_costs` (travel, housing, per diem) to each payer.
"""

from __future__ import annotations

from dataclasses import replace

from etoile.domain import ExchangeMove, Plan, Season
from etoile.forecast import (
    DEFAULT_PARAMS,
    ForecastParams,
    Scenario,
    build_scenario,
    exchange_move_costs,
    lead_uplifts,
)
from etoile.problems.exchange import Candidate, ExchangeProblem


def loss_by_show(
    season: Season, c: Candidate, params: ForecastParams, base: Scenario
) -> dict[str, float]:
    """Home box office lost per home show if ``c``'s dancer were away all season."""
    move = ExchangeMove(
        dancer=c.dancer,
        home=c.home,
        host=c.host,
        terms=c.terms,
        depart=season.start,
        start=season.start,
        end=season.end,
        return_=season.end,
    )
    away = build_scenario(season, Plan(season=season.id, exchange=[move]), params)
    fr = away.frame
    h = fr.houses.index(c.home)
    return {
        fr.perf_ids[i]: float(base.revenue[i] - away.revenue[i])
        for i in range(len(fr.perf_ids))
        if fr.house[i] == h and abs(float(base.revenue[i] - away.revenue[i])) > 1e-9
    }


def value_exchange(
    season: Season, problem: ExchangeProblem, params: ForecastParams = DEFAULT_PARAMS
) -> ExchangeProblem:
    """Fill in ``problem``'s home losses, costs, uplifts and fees (in place; returned)."""
    base = build_scenario(season, None, params)
    losses: dict[str, dict[str, float]] = {}
    fees: dict[int, dict[str, float]] = {}
    for k, c in enumerate(problem.candidates):
        if c.dancer not in losses:
            losses[c.dancer] = loss_by_show(season, c, params, base)
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
        for u in lead_uplifts(season, triples, params, scenario=base)
    }
    for i, o in enumerate(problem.options):
        dancer = problem.candidates[o.candidate].dancer
        problem.options[i] = replace(
            o, uplift=uplift[o.performance, o.role, dancer], fee=fees[o.candidate]
        )
    return problem
