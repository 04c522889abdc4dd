"""Prices and the deal: each performance's price level within its house's policy, and a deal
that leaves no house worse off. Written again here, independently of the forecast's pricing
and of the exchange solver.

Rules:

* **Price outside the house's range**: a performance's level is one of its house's
  ``pricing.levels``, or one of them raised by the star premium of terms with the home house
  of a guest who dances a lead in that show;
* **Price of an unknown performance**: the level names a performance of the season;
* **House worse off after the deal**: with a swap, every house's gain after its transfer is
  at least 0 (within a unit of its currency), and the gain after the transfer is the gain
  before it plus what the house receives;
* **Transfer outside its range**: the proposed amount lies in the range the deal states, and
  the terms allow it (not forbidden, at most the cap, equal to a fixed amount).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from etoile.domain import CastAssignment, Money, Plan, Season
from etoile.validate.violation import Severity, Violation

TOLERANCE = 1.0
"""One unit of a house's currency: amounts are rounded by the solver to whole units."""


def _error(rule: str, entities: tuple[str, ...], amount: float, message: str) -> Violation:
    return Violation(rule, Severity.ERROR, entities, float(amount), message)


def _guest_homes(season: Season, cast: list[CastAssignment], perf_id: str) -> set[str]:
    host = season.performances[perf_id].owner
    homes = set()
    for a in cast:
        if a.dancer not in season.dancers:
            continue
        role = season.roles.get(a.role)
        home = season.dancers[a.dancer].owner
        if role is not None and role.item.lead and home != host:
            homes.add(home)
    return homes


def _levels(season: Season, cast: list[CastAssignment], perf_id: str) -> list[float]:
    host = season.performances[perf_id].owner
    levels = list(season.company[host].pricing.levels)
    premiums = [
        t.star_premium
        for home in _guest_homes(season, cast, perf_id)
        for t in season.exchanges
        if host in t.companies and home in t.companies and t.star_premium > 0
    ]
    if premiums:
        levels += [level * (1 + max(premiums)) for level in levels]
    return levels


def prices_within_policy(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """Every price level is one its house's policy (and the terms' star premium) allows."""
    if plan is None:
        return
    casts: dict[str, list[CastAssignment]] = defaultdict(list)
    for a in plan.casting:
        casts[a.performance].append(a)
    for perf_id, level in sorted(plan.prices.items()):
        if perf_id not in season.performances:
            yield _error(
                "Price of an unknown performance",
                (perf_id,),
                1.0,
                f"A price level is set for {perf_id}, which is not a performance of the season.",
            )
            continue
        allowed = _levels(season, casts[perf_id], perf_id)
        if not any(abs(level - a) <= 1e-6 for a in allowed):
            nearest = min(allowed, key=lambda a: abs(a - level))
            perf = season.performances[perf_id].item
            yield _error(
                "Price outside the house's range",
                (perf_id,),
                abs(level - nearest),
                f"{perf_id} on {perf.day:%d %b %Y} is priced at {level:.0%} of the list "
                f"prices; its house allows {', '.join(f'{a:.0%}' for a in sorted(allowed))}.",
            )


def deal_leaves_no_house_worse_off(season: Season, plan: Plan | None) -> Iterator[Violation]:
    """With a swap, every house gains at least 0 after its transfer, within the terms."""
    if plan is None or plan.deal is None or plan.deal.verdict != "swap":
        return
    for house in plan.deal.houses:
        after = house.gain_before_transfer + house.transfer
        if abs(after - house.gain_after_transfer) > TOLERANCE:
            yield _error(
                "House worse off after the deal",
                (house.company,),
                abs(after - house.gain_after_transfer),
                f"{house.company}: gain {house.gain_before_transfer:,.0f} plus transfer "
                f"{house.transfer:,.0f} is not the stated {house.gain_after_transfer:,.0f}.",
            )
        if house.gain_after_transfer < -TOLERANCE:
            yield _error(
                "House worse off after the deal",
                (house.company,),
                -house.gain_after_transfer,
                f"{season.company[house.company].city} loses "
                f"{-house.gain_after_transfer:,.0f} {house.currency} with the exchange, "
                "after the transfer.",
            )
    terms = {t.id: t for t in season.exchanges}
    for transfer in plan.deal.transfers:
        t = terms.get(transfer.terms)
        if t is None:
            continue
        problems = []
        if not transfer.low - TOLERANCE <= transfer.amount <= transfer.high + TOLERANCE:
            problems.append(f"outside its range {transfer.low:,.0f}-{transfer.high:,.0f}")

        def in_terms_currency(money: Money, currency: str = transfer.currency) -> float:
            return float(money.amount) * season.rate(money.currency, currency)

        if not t.transfer.allowed and transfer.amount > TOLERANCE:
            problems.append("the terms forbid a transfer")
        cap = t.transfer.cap
        if cap is not None and transfer.amount > in_terms_currency(cap) + TOLERANCE:
            problems.append("above the terms' cap")
        if t.transfer.fixed is not None:
            fixed = in_terms_currency(t.transfer.fixed)
            signed = transfer.amount if transfer.payer == t.companies[0] else -transfer.amount
            if abs(signed - fixed) > TOLERANCE:
                problems.append("not the amount the terms fix")
        if problems:
            yield _error(
                "Transfer outside its range",
                (transfer.terms, transfer.payer, transfer.payee),
                1.0,
                f"The transfer of {transfer.amount:,.0f} {transfer.currency} from "
                f"{transfer.payer} to {transfer.payee} is {'; '.join(problems)}.",
            )


RULES = [prices_within_policy, deal_leaves_no_house_worse_off]
