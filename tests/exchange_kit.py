"""Tiny exchange seasons built in code from docs/examples/tiny-season.yaml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from etoile.domain import ExchangeMove, Money, Season
from etoile.seasonfile import load_season

TINY = Path(__file__).resolve().parents[1] / "docs" / "examples" / "tiny-season.yaml"
GISELLE = "nyc-giselle.giselle"


def lea_stay(
    depart: int, start: int, end: int, back: int, roles: Sequence[str] = (GISELLE,)
) -> ExchangeMove:
    """Léa Garnier of Paris a guest in New York under the terms ``nyc-par``, to dance
    ``roles``: she departs, is in residence from ``start`` to ``end`` and is back home on
    these days of December 2026."""
    return ExchangeMove(
        dancer="par-lea",
        home="par",
        host="nyc",
        terms="nyc-par",
        depart=dt.date(2026, 12, depart),
        start=dt.date(2026, 12, start),
        end=dt.date(2026, 12, end),
        return_=dt.date(2026, 12, back),
        roles=list(roles),
    )


def swap_season(fee_usd: int = 0, knows_giselle: bool = True, castable: bool = True) -> Season:
    """The tiny season, with Léa Garnier (Paris, draw 0.9) knowing New York's Giselle.

    New York has two Giselle shows on Sat 12 Dec and one Giselle (Ava Linden): it cannot cast
    both alone. Terms: 1 to 31 Dec, 3-14 day stays, travel 1 day + 1 rest day, one dancer each
    way, host pays. Paris dances 15, 17 and 20 Dec. ``castable`` drops New York's Saturday
    matinee, so that each house can cast its season alone (one Albrecht cannot lead twice a
    day).
    """
    season = load_season(TINY)
    companies = []
    for company in season.companies:
        dancers = [
            d.model_copy(update={"known_roles": [*d.known_roles, "nyc-giselle.giselle"]})
            if d.id == "par-lea" and knows_giselle
            else d
            for d in company.dancers
        ]
        perfs = [p for p in company.performances if not (castable and p.id == "nyc-p2")]
        companies.append(company.model_copy(update={"dancers": dancers, "performances": perfs}))
    terms = season.exchanges[0].model_copy(
        update={
            "fee_per_performance": Money.of(fee_usd, "USD"),
            "travel_cost": Money.of(0, "USD"),
            "housing_per_night": Money.of(0, "USD"),
            "per_diem": Money.of(0, "USD"),
        }
    )
    return season.model_copy(update={"companies": companies, "exchanges": [terms]})
