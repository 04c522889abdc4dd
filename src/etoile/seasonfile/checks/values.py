"""Impossible values: rooms without seats, prices below zero, unknown currencies, roles that
no cast of the house could fill, houses whose money cannot be compared."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import combinations
from typing import Any

from babel.numbers import list_currencies
from pydantic import BaseModel

from etoile.domain import Company, Money, Role, Season
from etoile.seasonfile.checks.finding import Finding, company_locs, one_of, production_locs
from etoile.seasonfile.paths import Loc

LANGUAGES = ("en", "fr")


@cache
def iso_currencies() -> frozenset[str]:
    """The ISO 4217 codes Babel knows."""
    return frozenset(list_currencies())


def _unknown_currency(code: str) -> str:
    return f"unknown currency '{code}' (expected an ISO 4217 code such as EUR or USD)"


def check_values(season: Season) -> list[Finding]:
    """Every impossible value of the season."""
    findings: list[Finding] = []
    for cloc, company in company_locs(season):
        findings += _house(cloc, company)
        findings += _rooms(cloc, company)
    for ploc, company, production in production_locs(season):
        findings += _staffing(ploc, company, production.roles)
    findings += _money(season)
    findings += _rates(season)
    return findings


def _house(cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    if company.currency not in iso_currencies():
        message = _unknown_currency(company.currency)
        findings.append(Finding((*cloc, "currency"), message, company.currency))
    if company.language not in LANGUAGES:
        message = f"language '{company.language}' is not supported ({one_of(LANGUAGES)})"
        findings.append(Finding((*cloc, "language"), message, company.language))
    return findings


def _rooms(cloc: Loc, company: Company) -> list[Finding]:
    findings = []
    for vi, venue in enumerate(company.venues):
        vloc = (*cloc, "venues", vi)
        if venue.capacity <= 0:
            message = "a venue needs a positive number of seats (expected an integer > 0)"
            findings.append(Finding((*vloc, "capacity"), message, venue.capacity))
        elif venue.tier_seats > venue.capacity:
            message = (
                f"the price tiers hold {venue.tier_seats} seats, more than the venue's capacity "
                f"of {venue.capacity} (expected at most {venue.capacity} seats in all tiers)"
            )
            findings.append(Finding((*vloc, "price_tiers"), message))
    for si, studio in enumerate(company.studios):
        if studio.capacity <= 0:
            message = "a studio must hold at least one dancer (expected an integer > 0)"
            findings.append(Finding((*cloc, "studios", si, "capacity"), message, studio.capacity))
    return findings


def _staffing(ploc: Loc, company: Company, roles: list[Role]) -> list[Finding]:
    findings = []
    for ri, role in enumerate(roles):
        eligible = [
            d
            for d in company.dancers
            if company.rank_tier.get(d.rank) in role.tiers and set(role.tags) <= set(d.tags)
        ]
        if len(eligible) < role.count:
            tiers = " or ".join(role.tiers)
            tags = f" tagged {', '.join(role.tags)}" if role.tags else ""
            message = (
                f"role '{role.id}' needs {role.count} dancer(s) of tier {tiers}{tags}, but "
                f"{company.id} has {len(eligible)} (expected a count of at most {len(eligible)},"
                " or more dancers in the roster)"
            )
            findings.append(Finding((*ploc, "roles", ri, "count"), message, role.count))
    return findings


def _money(season: Season) -> list[Finding]:
    findings = []
    for loc, money in _amounts(season, ()):
        if money.currency not in iso_currencies():
            findings.append(Finding(loc, _unknown_currency(money.currency), str(money)))
        if money.amount < 0:
            findings.append(Finding(loc, "expected an amount of zero or more", str(money)))
    return findings


def _amounts(node: Any, loc: Loc) -> Iterator[tuple[Loc, Money]]:
    """Every amount of money inside ``node``, with its location."""
    if isinstance(node, Money):
        yield loc, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _amounts(getattr(node, name), (*loc, name))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _amounts(item, (*loc, i))


def _rates(season: Season) -> list[Finding]:
    findings = []
    for ri, rate in enumerate(season.exchange_rates):
        for side in ("base", "quote"):
            code = getattr(rate, side)
            if code not in iso_currencies():
                findings.append(
                    Finding(("exchange_rates", ri, side), _unknown_currency(code), code)
                )
        if rate.base == rate.quote:
            message = "a rate needs two different currencies"
            findings.append(Finding(("exchange_rates", ri, "quote"), message, rate.quote))
    # An unknown currency is reported above; a missing rate for it would only repeat that.
    currencies = sorted({c.currency for c in season.companies} & iso_currencies())
    for base, quote in combinations(currencies, 2):
        try:
            season.rate(base, quote)
        except KeyError:
            message = (
                f"no exchange rate between {base} and {quote}, the currencies of two houses "
                f"(expected an entry such as {{base: {base}, quote: {quote}, rate: 1.1}})"
            )
            findings.append(Finding(("exchange_rates",), message))
    return findings
