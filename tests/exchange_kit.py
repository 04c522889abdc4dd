"""Tiny exchange seasons built in code from docs/examples/tiny-season.yaml, and exchange
problems made by hand (:func:`hand_exchange`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from etoile.domain import ExchangeMove, Money, Season
from etoile.problems.exchange import ExchangeProblem
from etoile.problems.exchange_data import Candidate, Castability, GuestLabor, GuestOption
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


LEA, ZOE = "par-lea", "par-zoe"


def stay(index: int, dancer: str, depart: int, back: int, **values: Any) -> Candidate:
    """Candidate stay ``index``: ``dancer`` of Paris in New York under the terms ``nyc-par``,
    leaving on ``depart`` and home on ``back`` (days of December 2026), in residence in
    between; ``values`` sets ``home_loss``, ``fixed_costs`` and ``adjustment`` (USD, none
    by default)."""

    def day(n: int) -> dt.date:
        return dt.date(2026, 12, n)

    costs: dict[str, Any] = {"home_loss": 0.0, "fixed_costs": {}, **values}
    return Candidate(
        index=index,
        dancer=dancer,
        name=dancer,
        home="par",
        host="nyc",
        terms="nyc-par",
        depart=day(depart),
        start=day(depart + 1),
        end=day(back - 1),
        return_=day(back),
        **costs,
    )


def lead(stay: int, performance: str, day: int, uplift: float, fee: float = 0.0) -> GuestOption:
    """Stay ``stay``'s guest may dance Giselle in New York's ``performance`` on ``day`` of
    December 2026: New York's box office gains ``uplift`` and it pays ``fee`` (USD)."""
    fees = {"nyc": fee} if fee else {}
    return GuestOption(stay, performance, GISELLE, dt.date(2026, 12, day), uplift, fees)


GUEST = GuestLabor(max_leads_per_week=5, max_shows_per_week=None, min_days_between_leads=1)
"""A guest's labour limits unless a test says otherwise: a free day between two leads."""


def hand_exchange(
    stays: list[Candidate],
    leads: list[GuestOption],
    each_way: int = 2,
    labor: GuestLabor = GUEST,
    places: int = 1,
    castability: Sequence[Castability] = (),
    preparation_days: int = 0,
) -> ExchangeProblem:
    """New York and Paris, both counted in USD (rate 1), with these stays and leads: at
    most ``each_way`` stays each way, every guest under ``labor``, ``places`` guest places
    in each show's Giselle, ``preparation_days`` at home before a stay."""
    stays = [
        replace(c, options=tuple(i for i, o in enumerate(leads) if o.candidate == c.index))
        for c in stays
    ]
    return ExchangeProblem(
        season_id="hand-made",
        houses=("nyc", "par"),
        currency="USD",
        rates={"nyc": 1.0, "par": 1.0},
        candidates=stays,
        options=leads,
        limits={("nyc-par", "par", "nyc"): each_way, ("nyc-par", "nyc", "par"): each_way},
        labor={c.dancer: labor for c in stays},
        capacity={(o.performance, o.role): places for o in leads},
        castability=list(castability),
        preparation_days={"nyc-par": preparation_days},
    )
