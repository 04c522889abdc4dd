"""The deal of a plan: per house the result without and with the exchange, the gains before
and after the transfers, the frontier, the sensitivity and the paths to break-even
(:func:`etoile.services.plan.plan_season`'s last stage before the checks)."""

from __future__ import annotations

from dataclasses import dataclass

from etoile.domain import Deal, FrontierPoint, HouseDeal, Plan, Season, SensitivityRow
from etoile.forecast import ForecastParams, ForecastRun
from etoile.forecast.breakeven import break_even_paths
from etoile.services.exchange import frontier_points
from etoile.services.plan_exchange import Exchanged, Stage, total_in
from etoile.services.sensitivity import sensitivity
from etoile.solvers.exchange import ExchangeParams


@dataclass
class ExchangedPlan:
    """The exchange stage's answer: the last decision, the plan with it and its calendar,
    who was left out for the calendar's sake, and the notes of every round."""

    found: Exchanged
    plan: Plan
    left_out: frozenset[str]
    notes: list[str]


def with_deal(
    season: Season,
    base: Plan,
    plan: Plan,
    forecast: ForecastParams,
    quick: ExchangeParams,
    sensitive: bool,
    exchanged: ExchangedPlan,
    run: ForecastRun,
    mc_gain: dict[str, float],
    list_prices: dict[str, float],
    say: Stage,
) -> Plan:
    """``plan`` with its forecast, its deal (per house the result without and with the
    exchange, the gains, the transfers, the frontier, the sensitivity and the paths to
    break-even) and the exchange's report.

    Parameters
    ----------
    season, base, plan
        The season, the plan without the exchange and the plan with it (its calendar too).
    forecast
        The forecast's parameters.
    quick
        The budget of each of the frontier's and the sensitivity's many close solves.
    sensitive
        Whether to run the sensitivity analysis.
    exchanged
        The exchange stage's answer.
    run, mc_gain
        The Monte Carlo of the plan against the plan without the exchange, and each house's
        mean gain over its draws.
    list_prices
        Each house's expected result at list prices, for the break-even paths' price lever.
    say
        Told of each assumption the sensitivity moves.
    """
    found, left_out, notes = exchanged.found, exchanged.left_out, exchanged.notes
    decision, estimate, gains, settlement = (
        found.decision,
        found.estimate,
        found.gains,
        found.settlement,
    )
    problem, result = decision.problem, decision.result
    houses = run.scenario.frame.houses
    chosen = {f"{m.dancer}@{m.start.isoformat()}" for m in plan.exchange}
    points = frontier_points(season, decision, quick, chosen, left_out)
    rows = (
        sensitivity(
            season,
            base,
            forecast,
            quick,
            progress=say,
            at_base=found.first,
            left_out=left_out,
        )
        if sensitive
        else []
    )
    by_house = {f.company: f for f in run.forecast.houses}
    received = {h: settlement.after.get(h, 0.0) - gains.get(h, 0.0) for h in houses}
    house_deals = [
        HouseDeal(
            company=h,
            currency=by_house[h].currency,
            result_without=by_house[h].baseline_result or by_house[h].result,
            result_with=by_house[h].result,
            gain_before_transfer=gains.get(h, 0.0),
            transfer=received[h],
            gain_after_transfer=gains.get(h, 0.0) + received[h],
            estimate_gain=estimate.get(h, 0.0) if plan.exchange else 0.0,
            monte_carlo_gain=mc_gain[h],
            probability_break_even_without=by_house[h].baseline_probability_break_even,
            probability_break_even_with=by_house[h].probability_break_even,
        )
        for h in houses
        if h in by_house
    ]
    paths = break_even_paths(
        season,
        run.scenario,
        {d.company: d.result_with + d.transfer for d in house_deals},
        {d.company: d.gain_after_transfer for d in house_deals},
        {h: by_house[h].result - list_prices[h] for h in houses},
    )
    total = total_in(season, gains, problem.currency) if plan.exchange else 0.0
    deal = Deal(
        verdict="swap" if plan.exchange else "none",
        currency=problem.currency,
        houses=house_deals,
        transfers=settlement.transfers if plan.exchange else [],
        total_gain=total,
        frontier=points,
        sensitivity=rows,
        break_even=paths,
        what_would_change_it=(
            [] if plan.exchange else what_would_change_it(rows, points, problem.currency)
        ),
        notes=notes,
    )
    return plan.model_copy(
        update={
            "forecast": run.forecast,
            "deal": deal,
            "reports": {**plan.reports, "exchange": result.report},
        }
    )


def what_would_change_it(
    rows: list[SensitivityRow], points: list[FrontierPoint], currency: str
) -> list[str]:
    """The changes that would make a swap pay, in words (common currency)."""
    said = []
    for r in rows:
        if not r.flips:
            continue
        value, total = (r.low, r.total_at_low) if r.stays_at_low else (r.high, r.total_at_high)
        said.append(
            f"{r.name} = {value:g} (now {r.base:g}): a swap worth {total:+,.0f} {currency} in "
            "total."
        )
    best = max(points, key=lambda p: p.total, default=None)
    if best is not None and best.stays and best.total <= 0:
        said.append(
            f"The best package ({len(best.stays)} stay(s)) loses {-best.total:,.0f} {currency} "
            "in total: cutting its fees and expenses by that much would make it pay."
        )
    return said
