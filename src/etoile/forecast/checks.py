"""What the forecast needs of a season and a plan, checked before any arithmetic.

The season-file loader already rejects most bad figures; these checks cover what only the
forecast needs (every rate it will convert with, including the combined view's) and repeat the
price and capacity checks, because seasons also come from the demo generator and from code.
Each issue names a path into the season (or plan) like the loader's problems do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from etoile.domain import Money, Plan, Season


@dataclass(frozen=True)
class ForecastIssue:
    """One reason the forecast cannot run: where, what is wrong, and the offending value."""

    where: str
    message: str
    value: Any = None


def _rate_issue(season: Season, where: str, have: str, want: str) -> ForecastIssue | None:
    try:
        season.rate(have, want)
    except KeyError:
        return ForecastIssue(
            where,
            f"the season states no exchange rate between {have} and {want}; add one under "
            f"exchange_rates (e.g. {{base: {have}, quote: {want}, rate: ...}})",
            have,
        )
    return None


def _moneys(season: Season) -> Iterator[tuple[str, Money, str]]:
    """Every amount the ledger converts: (path, amount, currency of the house it lands in)."""
    for c, company in enumerate(season.companies):
        at, cur = f"companies[{c}]", company.currency
        for r, rank in enumerate(company.ranks):
            yield f"{at}.ranks[{r}].weekly_salary", rank.weekly_salary, cur
        for name in ("subsidy", "donations", "sponsorship", "other_income", "fixed_costs"):
            amount = getattr(company.finances, name)
            if amount is not None:
                yield f"{at}.finances.{name}", amount, cur
        for p, prod in enumerate(company.productions):
            yield f"{at}.productions[{p}].cost_per_performance", prod.cost_per_performance, cur
        for v, venue in enumerate(company.venues):
            for t, tier in enumerate(venue.price_tiers):
                yield f"{at}.venues[{v}].price_tiers[{t}].price", tier.price, cur
    for e, terms in enumerate(season.exchanges):
        for company_id in terms.companies:
            if company_id not in season.company:
                continue
            cur = season.company[company_id].currency
            for name in ("travel_cost", "housing_per_night", "per_diem", "fee_per_performance"):
                yield f"exchanges[{e}].{name}", getattr(terms, name), cur
            for name in ("fixed", "cap"):
                amount = getattr(terms.transfer, name)
                if amount is not None:
                    yield f"exchanges[{e}].transfer.{name}", amount, cur


def forecast_problems(
    season: Season, plan: Plan | None = None, combined_currency: str | None = None
) -> list[ForecastIssue]:
    """Every reason :func:`etoile.forecast.run_forecast` would fail or mislead; [] when fine.

    Parameters
    ----------
    season
        The season to forecast.
    plan
        The plan whose exchange is checked too, if any.
    combined_currency
        The currency of the combined view, when one is asked for.
    """
    issues: list[ForecastIssue] = []
    seen: set[tuple[str, str, str]] = set()
    for where, money, cur in _moneys(season):
        if (where, money.currency, cur) not in seen:
            seen.add((where, money.currency, cur))
            issue = _rate_issue(season, where, money.currency, cur)
            if issue:
                issues.append(issue)
    for c, company in enumerate(season.companies):
        for v, venue in enumerate(company.venues):
            at = f"companies[{c}].venues[{v}]"
            if venue.capacity <= 0:
                issues.append(
                    ForecastIssue(f"{at}.capacity", "expected a positive capacity", venue.capacity)
                )
            if venue.tier_seats > venue.capacity:
                issues.append(
                    ForecastIssue(
                        f"{at}.price_tiers",
                        f"the price tiers hold {venue.tier_seats} seats, more than the "
                        f"capacity of {venue.capacity}",
                        venue.tier_seats,
                    )
                )
            for t, tier in enumerate(venue.price_tiers):
                if tier.price.amount < 0:
                    issues.append(
                        ForecastIssue(
                            f"{at}.price_tiers[{t}].price",
                            "expected a price of 0 or more",
                            str(tier.price),
                        )
                    )
    target = combined_currency or season.companies[0].currency
    for c, company in enumerate(season.companies):
        issue = _rate_issue(season, f"companies[{c}].currency", company.currency, target)
        if issue:
            issues.append(
                ForecastIssue(
                    issue.where, f"combined view in {target}: {issue.message}", issue.value
                )
            )
    if plan is not None:
        issues += plan_problems(season, plan)
    return issues


def plan_problems(season: Season, plan: Plan) -> list[ForecastIssue]:
    """Exchange moves that name terms, dancers or houses the season does not have.

    Parameters
    ----------
    season
        What the plan's ids must name.
    plan
        The plan whose exchange moves are checked.
    """
    issues = []
    terms = {t.id for t in season.exchanges}
    for m, move in enumerate(plan.exchange):
        at = f"exchange[{m}]"
        if move.terms not in terms:
            issues.append(ForecastIssue(f"{at}.terms", "unknown exchange terms", move.terms))
        if move.dancer not in season.dancers:
            issues.append(ForecastIssue(f"{at}.dancer", "unknown dancer", move.dancer))
        for name in ("home", "host"):
            if getattr(move, name) not in season.company:
                issues.append(ForecastIssue(f"{at}.{name}", "unknown company", getattr(move, name)))
    return issues
