"""Baseline finances: an income mix in proportion with the real houses, a few percent short.

The forecast will estimate box office roughly as the sum over performances of
``capacity x occupancy x average price`` (the average price weights each price tier by its
seats). The baseline uses exactly that, with the house's expected occupancy per ballet
(:attr:`etoile.demo.houses.FinanceSpec.occupancy`), and then, in this order:

- the tickets' share of income is drawn in the house's range (New York 33-39%, Paris 27-31%:
  ``FinanceSpec.ticket_share``), so income = box office / share;
- each other line takes its share of that income (Paris: subsidy 41%, mécénat 10% as
  sponsorship and donations; New York: donations 38%, sponsorship 7%, subsidy 2%); other
  income is the rest;
- a deficit of 3-6% of the costs is drawn (exchange-economics.md: "a deficit of 3-6% of the
  budget is plausible"), so costs = income / (1 - deficit);
- costs = salaries (each dancer's weekly salary x the season's weeks) + production costs
  (cost per performance x performances) + fixed costs, which are the rest of the budget.

So ``box office + subsidy + donations + sponsorship + other income - costs`` is negative
before any exchange. For the demo preset, seed 0 (``docs/demo-data.md`` has the whole table):

- New York: box office $27.32M = 35.6% of income $76.79M (donations 38%, sponsorship 7%,
  subsidy 2%, other 17%), against salaries $6.24M + productions $3.42M + fixed $70.55M
  = $80.21M: a deficit of $3.43M (4.3%).
- Paris: box office EUR 23.75M = 27.1% of income EUR 87.47M (subsidy 41%, sponsorship 6%,
  donations 4%, other 22%), against salaries EUR 4.29M + productions EUR 3.52M + fixed
  EUR 83.06M = EUR 90.87M: a deficit of EUR 3.40M (3.7%).
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
    sponsorship: float
    other_income: float
    salaries: float
    production_costs: float
    fixed_costs: float

    @property
    def income(self) -> float:
        """Box office plus every other income."""
        return (
            self.box_office + self.subsidy + self.donations + self.sponsorship + self.other_income
        )

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
    """Expected ticket revenue: capacity x occupancy x average price, over every show.

    Parameters
    ----------
    house
        The house, for its expected occupancy of each ballet.
    venues, productions
        The house's venues and productions, looked up by the performances.
    performances
        Every show of the season.

    Returns
    -------
    float
        In the house's currency (the venues' prices are in it).
    """
    venue = {v.id: v for v in venues}
    ballet = {p.id: p.ballet for p in productions}
    return sum(
        venue[p.venue].capacity
        * house.finance.occupancy_of(ballet[p.production])
        * average_price(venue[p.venue])
        for p in performances
    )


def salaries(ranks: list[Rank], dancers: list[Dancer], weeks: float) -> float:
    """Every dancer's weekly salary over ``weeks`` weeks.

    Parameters
    ----------
    ranks
        The house's ranks and their weekly salaries.
    dancers
        The dancers, counted by rank.
    weeks
        The season's length, in weeks (fractions count).
    """
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
    """Income lines and fixed costs in the house's proportions, a deficit of 3-6% of costs.

    Two draws from ``rng``, in this order: the tickets' share of income, then the deficit.
    Amounts are rounded to the thousand, so the shares and the deficit are the drawn ones
    within a few thousand. ``weeks`` (the season's length) only serves the error message.

    Parameters
    ----------
    house
        The house, for its income shares and deficit range (``finance``) and its name.
    box
        Expected box office (:func:`box_office`).
    salary_bill, production_bill
        What :func:`salaries` and :func:`production_costs` give for the season.
    weeks
        The season's length in weeks.
    rng
        The house's generator.

    Returns
    -------
    Baseline
        Box office, salaries and productions as given; the other lines drawn and rounded.

    Raises
    ------
    ValueError
        When salaries and productions alone exceed the budget the box office implies (the
        house's figures are inconsistent).
    """
    spec = house.finance
    tickets = rng.uniform(*spec.ticket_share)
    deficit = rng.uniform(*spec.deficit)
    income = box / tickets
    costs = income / (1 - deficit)
    fixed = round(costs - salary_bill - production_bill, -3)
    if fixed <= 0:
        raise ValueError(
            f"{house.name}: salaries and productions ({salary_bill + production_bill:,.0f} over "
            f"{weeks:.1f} weeks) exceed the budget {costs:,.0f}"
        )
    subsidy = round(income * spec.subsidy_share, -3)
    donations = round(income * spec.donations_share, -3)
    sponsorship = round(income * spec.sponsorship_share, -3)
    rest = round(income - box - subsidy - donations - sponsorship, -3)
    return Baseline(box, subsidy, donations, sponsorship, rest, salary_bill, production_bill, fixed)


def finances(baseline: Baseline, currency: str) -> Finances:
    """The season file's ``finances`` block of a baseline."""
    return Finances(
        subsidy=Money.of(baseline.subsidy, currency),
        donations=Money.of(baseline.donations, currency),
        other_income=Money.of(baseline.other_income, currency),
        fixed_costs=Money.of(baseline.fixed_costs, currency),
        sponsorship=Money.of(baseline.sponsorship, currency),
    )
