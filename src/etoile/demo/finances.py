"""Baseline finances: the arithmetic that leaves each demo house a few percent in deficit.

The forecast will estimate box office roughly as the sum over performances of
``capacity x occupancy x average price`` (the average price weights each price tier by its
seats). The baseline uses exactly that, with the house's expected occupancy per ballet
(:attr:`etoile.demo.houses.FinanceSpec.occupancy`), and then:

- costs = salaries (each dancer's weekly salary x the season's weeks)
  + production costs (cost per performance x performances) + fixed costs
  (fixed costs per week x weeks, +/-3%); staff pay is part of the fixed costs;
- the result is drawn as a deficit of 3-5% of those costs, and the non-ticket income that
  produces it, ``costs x (1 - deficit) - box office``, is split into subsidy, donations and
  other income in the house's shares.

So ``box office + subsidy + donations + other income - costs`` is negative before any
exchange. For the demo preset, seed 0 (``docs/demo-data.md`` has the whole table):

- New York: box office $27.32M (the Nutcracker 45.6% of it) + $17.68M other income
  = $45.00M, against salaries $5.83M + productions $3.42M + fixed $37.54M = $46.80M:
  a deficit of $1.80M (3.8%).
- Paris: box office EUR 23.75M (92.4% of seats) + EUR 15.50M = EUR 39.25M, against salaries
  EUR 4.29M + productions EUR 3.52M + fixed EUR 32.86M = EUR 40.67M: a deficit of
  EUR 1.42M (3.5%).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from etoile.demo.houses import HouseSpec
from etoile.domain import Dancer, Finances, Money, Performance, Production, Rank, Venue


@dataclass(frozen=True)
class Baseline:
    """One house's season before the exchange, in its currency."""

    box_office: float
    subsidy: float
    donations: float
    other_income: float
    salaries: float
    production_costs: float
    fixed_costs: float

    @property
    def income(self) -> float:
        """Box office plus every other income."""
        return self.box_office + self.subsidy + self.donations + self.other_income

    @property
    def costs(self) -> float:
        """Salaries, production costs and fixed costs: the budget."""
        return self.salaries + self.production_costs + self.fixed_costs

    @property
    def result(self) -> float:
        """Income minus costs (negative: a deficit)."""
        return self.income - self.costs


def average_price(venue: Venue) -> float:
    """Seat-weighted average of the venue's price tiers."""
    seats = sum(t.seats for t in venue.price_tiers)
    return sum(t.seats * float(t.price.amount) for t in venue.price_tiers) / seats


def box_office(
    house: HouseSpec,
    venues: list[Venue],
    productions: list[Production],
    performances: list[Performance],
) -> float:
    """Expected ticket revenue: capacity x occupancy x average price, over every show."""
    venue = {v.id: v for v in venues}
    ballet = {p.id: p.ballet for p in productions}
    return sum(
        venue[p.venue].capacity
        * house.finance.occupancy_of(ballet[p.production])
        * average_price(venue[p.venue])
        for p in performances
    )


def salaries(ranks: list[Rank], dancers: list[Dancer], weeks: float) -> float:
    """Every dancer's weekly salary over ``weeks`` weeks."""
    head_count = Counter(d.rank for d in dancers)
    return sum(float(r.weekly_salary.amount) * head_count[r.id] for r in ranks) * weeks


def production_costs(productions: list[Production], performances: list[Performance]) -> float:
    """Cost per performance of each production times its performances."""
    shows = Counter(p.production for p in performances)
    return sum(float(p.cost_per_performance.amount) * shows[p.id] for p in productions)


def balance(
    house: HouseSpec,
    *,
    box: float,
    salary_bill: float,
    production_bill: float,
    weeks: float,
    rng: random.Random,
) -> Baseline:
    """Fixed costs and non-ticket income that leave a deficit of 3-5% of the costs.

    Amounts are rounded to the thousand, so the deficit is the drawn one within a few
    thousand.

    Raises
    ------
    ValueError
        When box office alone would cover the budget (the house's figures are inconsistent).
    """
    spec = house.finance
    fixed = round(spec.fixed_costs_per_week * weeks * rng.uniform(0.97, 1.03), -3)
    costs = salary_bill + production_bill + fixed
    deficit = rng.uniform(*spec.deficit)
    other = costs * (1 - deficit) - box
    if other <= 0:
        raise ValueError(f"{house.name}: box office {box:,.0f} covers the budget {costs:,.0f}")
    subsidy = round(other * spec.subsidy_share, -3)
    donations = round(other * spec.donations_share, -3)
    rest = round(other - subsidy - donations, -3)
    return Baseline(box, subsidy, donations, rest, salary_bill, production_bill, fixed)


def finances(baseline: Baseline, currency: str) -> Finances:
    """The season file's ``finances`` block of a baseline."""
    return Finances(
        subsidy=Money.of(baseline.subsidy, currency),
        donations=Money.of(baseline.donations, currency),
        other_income=Money.of(baseline.other_income, currency),
        fixed_costs=Money.of(baseline.fixed_costs, currency),
    )
