"""The finance ledger of each house, in its own currency: every line except the box office.

Income: subsidy, donations, sponsorship (when the house states it) and other income (season
figures of ``Company.finances``); the Monte Carlo draws each around its amount. Costs:
fixed costs; dancers' salaries, by rank and by week of the season; each production's cost per
performance times its shows; and the exchange costs of the plan's moves.

Exchange costs follow the terms' payer fields: ``host`` or ``home`` pays all, ``split`` halves.
Per diem is paid by whoever pays housing (the terms have no separate field). A move costs one
return ``travel_cost``; ``housing_per_night`` for every night away (``return - depart`` nights,
travel and rest days included: the dancer sleeps away from home); ``per_diem`` for every day
away (``return - depart + 1``); and ``fee_per_performance`` for each show danced at the host.
A guest stays on the home salary (ballet-facts 7: "each dancer stays on home salary").
Amounts in another currency are converted with the season's stated rate.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from etoile.domain import Company, ExchangeMove, Money, Payer, Season


@dataclass
class HouseLedger:
    """The deterministic lines of one house's season (house currency)."""

    company: str
    currency: str
    income: dict[str, float] = field(default_factory=dict)
    costs: dict[str, float] = field(default_factory=dict)
    salaries_by_rank: dict[str, float] = field(default_factory=dict)
    weekly_salaries: dict[dt.date, float] = field(default_factory=dict)
    production_costs: dict[str, float] = field(default_factory=dict)
    exchange_costs: dict[str, float] = field(default_factory=dict)

    @property
    def fixed_income(self) -> float:
        """Income other than the box office."""
        return sum(self.income.values())

    @property
    def total_costs(self) -> float:
        """Every cost line."""
        return sum(self.costs.values())


def to_currency(season: Season, money: Money, currency: str) -> float:
    """``money`` in ``currency`` at the season's stated rate (KeyError when none is stated).

    Parameters
    ----------
    season
        States the exchange rates.
    money
        An amount and its currency.
    currency
        The currency wanted.
    """
    return float(money.amount) * season.rate(money.currency, currency)


def season_weeks(season: Season) -> list[tuple[dt.date, int]]:
    """(Monday of each ISO week touching the season, days of that week inside the season)."""
    monday = season.start - dt.timedelta(days=season.start.weekday())
    weeks = []
    while monday <= season.end:
        first = max(monday, season.start)
        last = min(monday + dt.timedelta(days=6), season.end)
        weeks.append((monday, (last - first).days + 1))
        monday += dt.timedelta(days=7)
    return weeks


def _salaries(season: Season, company: Company, ledger: HouseLedger) -> None:
    heads: dict[str, int] = defaultdict(int)
    for d in company.dancers:
        heads[d.rank] += 1
    weekly = {
        r.id: heads[r.id] * to_currency(season, r.weekly_salary, company.currency)
        for r in company.ranks
    }
    weeks = season_weeks(season)
    for rank, amount in weekly.items():
        ledger.salaries_by_rank[rank] = sum(amount * days / 7 for _, days in weeks)
    total_week = sum(weekly.values())
    ledger.weekly_salaries = {monday: total_week * days / 7 for monday, days in weeks}


def _share(payer: Payer, move: ExchangeMove) -> dict[str, float]:
    if payer is Payer.HOST:
        return {move.host: 1.0}
    if payer is Payer.HOME:
        return {move.home: 1.0}
    return {move.host: 0.5, move.home: 0.5}


def exchange_move_costs(
    season: Season, move: ExchangeMove, shows_danced: int
) -> dict[str, dict[str, float]]:
    """What one move costs each paying house: company id -> {line: amount in its currency}.

    Lines are ``travel``, ``housing``, ``per_diem`` and ``fees``. The cost is linear in
    ``shows_danced`` (the fee), which the exchange solver can use as it is.

    Parameters
    ----------
    season
        Holds the terms of the move.
    move
        One guest's stay.
    shows_danced
        How many shows the guest dances at the host.
    """
    terms = next(t for t in season.exchanges if t.id == move.terms)
    nights = (move.return_ - move.depart).days
    items = [
        ("travel", terms.travel_cost, 1, terms.travel_paid_by),
        ("housing", terms.housing_per_night, nights, terms.housing_paid_by),
        ("per_diem", terms.per_diem, nights + 1, terms.housing_paid_by),
        ("fees", terms.fee_per_performance, shows_danced, terms.fee_paid_by),
    ]
    out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for line, money, units, payer in items:
        for company_id, share in _share(payer, move).items():
            currency = season.company[company_id].currency
            out[company_id][line] += share * units * to_currency(season, money, currency)
    return {c: dict(lines) for c, lines in out.items()}


def build_ledgers(
    season: Season, moves: list[ExchangeMove], shows_danced: Callable[[ExchangeMove], int]
) -> dict[str, HouseLedger]:
    """The ledger of every house; ``shows_danced(move)``: shows the guest dances at the host.

    Parameters
    ----------
    season
        Each house's finances, salaries and productions.
    moves
        The stays of the exchange, whose costs go to the paying houses.
    """
    ledgers: dict[str, HouseLedger] = {}
    for company in season.companies:
        cur = company.currency
        led = HouseLedger(company=company.id, currency=cur)
        fin = company.finances
        led.income = {
            "subsidy": to_currency(season, fin.subsidy, cur),
            "donations": to_currency(season, fin.donations, cur),
        }
        if fin.sponsorship is not None:
            led.income["sponsorship"] = to_currency(season, fin.sponsorship, cur)
        led.income["other_income"] = to_currency(season, fin.other_income, cur)
        _salaries(season, company, led)
        shows: dict[str, int] = defaultdict(int)
        for p in company.performances:
            shows[p.production] += 1
        for prod in company.productions:
            cost = to_currency(season, prod.cost_per_performance, cur)
            led.production_costs[prod.id] = cost * shows[prod.id]
        led.exchange_costs = {"travel": 0.0, "housing": 0.0, "per_diem": 0.0, "fees": 0.0}
        ledgers[company.id] = led
    for move in moves:
        for company_id, lines in exchange_move_costs(season, move, shows_danced(move)).items():
            for line, amount in lines.items():
                ledgers[company_id].exchange_costs[line] += amount
    for led in ledgers.values():
        fixed = season.company[led.company].finances.fixed_costs
        led.costs = {
            "fixed_costs": to_currency(season, fixed, led.currency),
            "salaries": sum(led.salaries_by_rank.values()),
            "productions": sum(led.production_costs.values()),
            "exchange": sum(led.exchange_costs.values()),
        }
    return ledgers
