"""What flips the exchange: every `[I]` assumption moved across its stated range.

For each assumption, the exchange is decided again (compiled, valued against the same plan
without the exchange, solved with the same transfers) at the low and at the high end of the
range, everything else at its base value. The rows report the solver's total gain (common
currency) and how many stays it chooses; ``flips`` says whether the decision, a swap or none,
changes inside the range. The casting is not redone for each row: the figures are the
solver's estimates, which ``etoile plan`` checks against the full model for the chosen deal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from etoile.domain import Money, Plan, Season, SensitivityRow
from etoile.forecast import ForecastParams
from etoile.problems.exchange import compile_exchange
from etoile.services.exchange import ExchangeDecision, copy_problem, decide, resolve, unvalued
from etoile.solvers.exchange import ExchangeParams, ExchangeResult
from etoile.solvers.exchange.values import value_costs

Apply = Callable[[Season, ForecastParams, float], tuple[Season, ForecastParams]]


@dataclass(frozen=True)
class Assumption:
    """One assumption: how to read its base value and how to set it."""

    name: str
    description: str
    low: float
    high: float
    base: Callable[[Season, ForecastParams], float]
    apply: Apply
    stays_change: bool = False
    """The candidate stays themselves depend on it (else only their values do)."""
    costs_only: bool = False
    """Only the fees and travel costs depend on it (the box-office values stay)."""


def _terms(season: Season, **update: object) -> Season:
    return season.model_copy(
        update={"exchanges": [t.model_copy(update=update) for t in season.exchanges]}
    )


def _scaled(money: Money, factor: float) -> Money:
    return Money.of(float(money.amount) * factor, money.currency)


def _terms_scaled(season: Season, factor: float, *fields: str) -> Season:
    return season.model_copy(
        update={
            "exchanges": [
                t.model_copy(update={f: _scaled(getattr(t, f), factor) for f in fields})
                for t in season.exchanges
            ]
        }
    )


def _elasticity(season: Season, value: float) -> Season:
    companies = [
        c.model_copy(update={"pricing": c.pricing.model_copy(update={"elasticity": value})})
        for c in season.companies
    ]
    return season.model_copy(update={"companies": companies})


def _first_terms(season: Season, field: str, default: float) -> float:
    return float(getattr(season.exchanges[0], field)) if season.exchanges else default


ASSUMPTIONS: tuple[Assumption, ...] = (
    Assumption(
        "novelty_bonus",
        "[I] extra demand for each guest lead from another house",
        0.0,
        0.12,
        lambda s, p: p.novelty_bonus,
        lambda s, p, v: (s, p.model_copy(update={"novelty_bonus": v})),
    ),
    Assumption(
        "draw_weight",
        "[I] demand change per unit of mean lead draw",
        0.10,
        0.30,
        lambda s, p: p.draw_weight,
        lambda s, p, v: (s, p.model_copy(update={"draw_weight": v})),
    ),
    Assumption(
        "elasticity",
        "price elasticity of demand (published -1.16; [I] range for ballet)",
        -1.5,
        -0.5,
        lambda s, p: s.companies[0].pricing.elasticity if s.companies else -1.16,
        lambda s, p, v: (_elasticity(s, v), p),
    ),
    Assumption(
        "guest_learning_hours_per_week",
        "[I] hours a week a guest learns a host's roles",
        10.0,
        15.0,
        lambda s, p: _first_terms(s, "guest_learning_hours_per_week", 12.0),
        lambda s, p, v: (_terms(s, guest_learning_hours_per_week=v), p),
        stays_change=True,
    ),
    Assumption(
        "preparation_days",
        "[I] days a guest prepares at home before departure",
        0.0,
        28.0,
        lambda s, p: _first_terms(s, "preparation_days", 14.0),
        lambda s, p, v: (_terms(s, preparation_days=round(v)), p),
        stays_change=True,
    ),
    Assumption(
        "star_premium",
        "[I] price premium a host may add to a show with a guest lead",
        0.0,
        0.20,
        lambda s, p: _first_terms(s, "star_premium", 0.0),
        lambda s, p, v: (_terms(s, star_premium=v), p),
    ),
    Assumption(
        "fee_factor",
        "[I] guest fee per performance, as a multiple of the terms' fee",
        0.0,
        2.0,
        lambda s, p: 1.0,
        lambda s, p, v: (_terms_scaled(s, v, "fee_per_performance"), p),
        costs_only=True,
    ),
    Assumption(
        "travel_factor",
        "[I] travel, housing and per diem, as a multiple of the terms' figures",
        0.5,
        2.0,
        lambda s, p: 1.0,
        lambda s, p, v: (_terms_scaled(s, v, "travel_cost", "housing_per_night", "per_diem"), p),
        costs_only=True,
    ),
)
"""Every `[I]` assumption the exchange's value depends on, with its stated range."""


RETRY_FACTOR = 4.0
"""An end whose solve found no package at all (not even none: the budget ran out first) is
solved once more with this many times the budget."""


def _with_retry(
    params: ExchangeParams, solve: Callable[[ExchangeParams], ExchangeResult]
) -> ExchangeResult:
    """``solve(params)``, and once more with :data:`RETRY_FACTOR` times the budget when that
    found no plan."""
    result = solve(params)
    if result.report.status.has_plan:
        return result
    return solve(replace(params, time_limit=params.time_limit * RETRY_FACTOR))


def flips(*results: ExchangeResult) -> bool:
    """Whether the decision (a swap, or none) differs between ``results``: only when every one
    of them has a plan. A solve that ran out of budget before any plan says nothing about
    the decision (it chose no stay for want of time, not because none pays), so it never
    makes a row flip; its row is not proven either.
    """
    if not all(r.report.status.has_plan for r in results):
        return False
    return len({bool(r.chosen) for r in results}) > 1


def sensitivity(
    season: Season,
    base: Plan | None,
    forecast: ForecastParams,
    params: ExchangeParams,
    assumptions: tuple[Assumption, ...] = ASSUMPTIONS,
    progress: Callable[[str], None] | None = None,
    at_base: ExchangeDecision | None = None,
    left_out: frozenset[str] = frozenset(),
) -> list[SensitivityRow]:
    """One row per assumption, sorted by the width of its effect (widest first).

    Each end of a range is solved within ``params`` (deterministic time), starting from the
    base answer; a row says whether all three of its solves were proven optimal.
    ``at_base``: the exchange already decided at the base values against ``base`` (its
    purely linear values: the measurements of ``etoile plan`` are not carried to other
    assumptions); None decides it here. ``left_out``: dancers who may not travel, in every
    solve as in ``at_base`` (``etoile plan`` leaves out the travellers its rehearsal calendar
    could not prepare), so that the rows and the base answer are the same question.
    """
    say = progress or (lambda _text: None)
    if at_base is None:
        stays = compile_exchange(season)
        found = decide(season, base, forecast, params, left_out=left_out, compiled=stays)
    else:
        # The base answer's problem holds the season's candidate stays; valuing re-values
        # every one of them (and its leads), as valuing a fresh compilation would.
        found = at_base
        stays = unvalued(found.problem)

    def solve_end(end: tuple[Assumption, float]) -> ExchangeResult:
        a, value = end
        s, p = a.apply(season, forecast, value)
        if a.costs_only:
            problem = value_costs(s, copy_problem(found.problem))
            return _with_retry(
                params,
                lambda budget: resolve(s, problem, budget, found.result, left_out).result,
            )
        known = None if a.stays_change else stays
        return _with_retry(
            params,
            lambda budget: (
                decide(
                    s, base, p, budget, hint=found.result, left_out=left_out, compiled=known
                ).result
            ),
        )

    rows = []
    for a in assumptions:
        say(f"Sensitivity: {a.name}")
        # Each end is its own solve, started from the base answer.
        low, high = (solve_end((a, value)) for value in (a.low, a.high))
        rows.append(
            SensitivityRow(
                name=a.name,
                description=a.description,
                base=a.base(season, forecast),
                low=a.low,
                high=a.high,
                total_at_low=low.total,
                total_at_high=high.total,
                total_at_base=found.result.total,
                stays_at_low=len(low.chosen),
                stays_at_high=len(high.chosen),
                flips=flips(low, high, found.result),
                proven=all(r.report.status.value == "optimal" for r in (low, high, found.result)),
            )
        )
    return sorted(rows, key=lambda r: (-abs(r.total_at_high - r.total_at_low), r.name))
