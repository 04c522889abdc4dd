"""Paths to break-even: what each lever would have to deliver for a house to break even.

For a house still in deficit after the exchange and its transfer, each lever is measured on
the plan and set against the gap:

* ``exchange``: what the exchange delivers after the transfer;
* ``price``: what pricing every show at its best level (within the house's policy) delivers
  against the list prices; it is already in the plan, so the gap is what is left after it;
* ``extra_shows``: extra performances of the house's best run (the most expected box office
  per show, less the production's cost per show): how many close the gap;
* ``gala``: a fund-raising gala or sponsor event the size of the published reference (ABT's
  Fall Gala raised $1.4M, Forbes, 24 Oct 2014; the National Ballet of Canada's 2017 gala
  $1.3M): how many such events close the gap.

Demand for extra shows is taken at the run's mean; a real run's demand tires as shows are
added, so the count is a lower bound.
"""

from __future__ import annotations

import math
from collections import defaultdict

from etoile.domain import BreakEvenPath, Money, Season
from etoile.forecast.ledger import to_currency
from etoile.forecast.model import Scenario

GALA_REFERENCE = Money.of(1_400_000, "USD")
"""ABT's Fall Gala, 2014 (Forbes, 24 Oct 2014; exchange-economics.md)."""


def best_run(season: Season, sc: Scenario, house: str) -> tuple[str, float]:
    """(production id, expected net per show) of ``house``'s best-selling run.

    Parameters
    ----------
    season
        Gives each production's cost per show and the house's currency.
    sc
        The scenario whose expected revenue is compared.
    house
        The company id.

    Returns
    -------
    tuple
        The production id ("" when the house has no show) and its expected net per show.
    """
    frame = sc.frame
    h = frame.houses.index(house)
    revenue: dict[str, list[float]] = defaultdict(list)
    for i, prod in enumerate(frame.production):
        if frame.house[i] == h:
            revenue[prod].append(float(sc.revenue[i]))
    company = season.company[house]
    best, net = "", float("-inf")
    for prod, values in sorted(revenue.items()):
        cost = to_currency(
            season, season.productions[prod].item.cost_per_performance, company.currency
        )
        per_show = sum(values) / len(values) - cost
        if per_show > net:
            best, net = prod, per_show
    return best, net


def break_even_paths(
    season: Season,
    sc: Scenario,
    result_after: dict[str, float],
    exchange_after: dict[str, float],
    price_gain: dict[str, float],
) -> list[BreakEvenPath]:
    """The four levers for every house (house currency); see the module notes.

    ``result_after``: expected result with the exchange and its transfer; ``exchange_after``:
    the exchange's gain after the transfer; ``price_gain``: best prices against list prices.

    Parameters
    ----------
    season
        For the currencies, the productions and the gala reference's rate.
    sc
        The scenario with the exchange.
    result_after, exchange_after, price_gain
        By house id, as above.

    Returns
    -------
    list of BreakEvenPath
        Four per house: exchange, price, one more show of its best run, a gala.
    """
    paths = []
    for house in sc.frame.houses:
        cur = season.company[house].currency
        gap = max(0.0, -result_after[house])
        production, net = best_run(season, sc, house)
        title = season.productions[production].item.title if production else ""
        try:
            gala = to_currency(season, GALA_REFERENCE, cur)
        except KeyError:  # the season states no rate from dollars: no reference in its money
            gala = 0.0
        shows = math.ceil(gap / net) if net > 0 and gap > 0 else 0
        paths += [
            BreakEvenPath(
                company=house,
                currency=cur,
                lever="exchange",
                gap=gap,
                delivers=exchange_after[house],
                needed=gap,
                unit=cur,
                note="the exchange's gain after the transfer, already in the result",
            ),
            BreakEvenPath(
                company=house,
                currency=cur,
                lever="price",
                gap=gap,
                delivers=price_gain[house],
                needed=gap,
                unit=cur,
                note="best price level of every show within the house's range, against "
                "list prices; already in the result",
            ),
            BreakEvenPath(
                company=house,
                currency=cur,
                lever="extra_shows",
                gap=gap,
                delivers=net,
                needed=float(shows),
                unit="shows",
                note=f"extra performances of {title}, each worth its expected box office "
                "less the production's cost per show (a lower bound: demand tires)",
            ),
            BreakEvenPath(
                company=house,
                currency=cur,
                lever="gala",
                gap=gap,
                delivers=gala,
                needed=gap / gala if gala > 0 else 0.0,
                unit="galas",
                note="a gala or sponsor event the size of ABT's 2014 Fall Gala ($1.4M)",
            ),
        ]
    return paths
