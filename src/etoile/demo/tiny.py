"""The ``tiny`` preset: two houses of seven dancers, one production and three shows each.

Small enough to check by hand; the seed changes only the names (and ids) and the draws.

- New York dances Giselle at the Koch on Thursday 10 December 2026 (19:30, gala) and twice on
  Saturday 12 December (14:00 and 20:00, a two-show day). A show needs Giselle, Albrecht,
  Myrtha and 2 Wilis: 5 of the 7 dancers. Two women know Giselle and two men Albrecht, so no
  lead has to dance both shows on the 12th. A corps dancer is injured from 8 to 10 December.
- Paris dances Swan Lake at Bastille on 15 and 17 December (19:30, the first a gala) and on
  Sunday 20 December (14:30). A show needs Odette, Siegfried, Rothbart, a big swan and 2
  swans: 6 of the 7. Both men know Siegfried and Rothbart.
- One exchange term: one principal each way in December, 3-14 days, the New York star vetoed.

``docs/demo-data.md`` works out both houses' finances (each in deficit).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from etoile.demo.calendar import Run, perform, times
from etoile.demo.exchange import rates
from etoile.demo.houses import NEW_YORK, PARIS, HouseSpec
from etoile.demo.names import NamePicker, slug
from etoile.domain import Company, Season

START, END = dt.date(2026, 12, 1), dt.date(2026, 12, 31)


def _role(pid: str, key: str, name: str, tiers: str, tag: str, **more: Any) -> dict[str, Any]:
    tier = {"P": "principal", "S": "soloist", "C": "corps"}
    return {
        "id": f"{pid}.{key}",
        "name": name,
        "tiers": [tier[t] for t in tiers],
        "tags": [tag],
        **more,
    }


def _lead(pid: str, ballet: str, key: str, name: str, tag: str, partner: str) -> dict[str, Any]:
    return _role(
        pid,
        key,
        name,
        "PS",
        tag,
        lead=True,
        partner=f"{pid}.{partner}",
        ballet_role=f"{ballet}.{key}",
        learn_hours=60.0,
        relearn_hours=30.0,
    )


# fmt: off
# (rank, woman, roles known, index of the partner)
_NYC_PEOPLE = [
    ("principal", True, ["giselle", "myrtha"], 1),
    ("principal", False, ["albrecht"], 0),
    ("soloist", True, ["giselle", "myrtha", "wilis"], 3),
    ("soloist", False, ["albrecht"], 2),
    ("corps", True, ["wilis"], None),
    ("corps", True, ["wilis"], None),
    ("corps", True, ["wilis"], None),
]
_PAR_PEOPLE = [
    ("etoile", True, ["odette"], 1),
    ("etoile", False, ["siegfried", "rothbart"], 0),
    ("premier", True, ["odette", "big-swan"], None),
    ("sujet", False, ["siegfried", "rothbart"], None),
    ("quadrille", True, ["swans", "big-swan"], None),
    ("quadrille", True, ["swans"], None),
    ("quadrille", True, ["swans"], None),
]
_GISELLE = {
    "id": "nyc-giselle", "title": "Giselle", "ballet": "giselle", "running_minutes": 120,
    "popularity": 0.9, "cost_per_performance": "40000.00 USD",
    "roles": [
        _lead("nyc-giselle", "giselle", "giselle", "Giselle", "woman", "albrecht"),
        _lead("nyc-giselle", "giselle", "albrecht", "Albrecht", "man", "giselle"),
        _role("nyc-giselle", "myrtha", "Myrtha", "PS", "woman", ballet_role="giselle.myrtha"),
        _role("nyc-giselle", "wilis", "Wilis", "SC", "woman", count=2, learn_hours=12.0),
    ],
}
_SWAN_LAKE = {
    "id": "par-swan-lake", "title": "Le Lac des cygnes", "ballet": "swan-lake",
    "running_minutes": 175, "popularity": 1.0, "cost_per_performance": "60000.00 EUR",
    "roles": [
        _lead("par-swan-lake", "swan-lake", "odette", "Odette/Odile", "woman", "siegfried"),
        _lead("par-swan-lake", "swan-lake", "siegfried", "Le Prince Siegfried", "man", "odette"),
        _role("par-swan-lake", "rothbart", "Rothbart", "PS", "man",
              ballet_role="swan-lake.rothbart"),
        _role("par-swan-lake", "big-swan", "Grand cygne", "SC", "woman"),
        _role("par-swan-lake", "swans", "Les cygnes", "C", "woman", count=2, learn_hours=12.0),
    ],
}
_KOCH = {
    "id": "koch", "name": "David H. Koch Theater", "city": "New York",
    "timezone": "America/New_York", "capacity": 2544,
    "price_tiers": [{"name": "Orchestra", "seats": 1000, "price": "150.00 USD"},
                    {"name": "Rings", "seats": 1544, "price": "75.00 USD"}],
}
_BASTILLE = {
    "id": "bastille", "name": "Opéra Bastille", "city": "Paris", "timezone": "Europe/Paris",
    "capacity": 2745,
    "price_tiers": [{"name": "Catégorie 1", "seats": 900, "price": "130.00 EUR"},
                    {"name": "Catégorie 3", "seats": 1200, "price": "70.00 EUR"},
                    {"name": "Catégorie 6", "seats": 645, "price": "15.00 EUR"}],
}
_NYC_MONEY = {"subsidy": "10000.00 USD", "donations": "150000.00 USD",
              "other_income": "20000.00 USD", "fixed_costs": "700000.00 USD"}
_PAR_MONEY = {"subsidy": "300000.00 EUR", "donations": "50000.00 EUR",
              "other_income": "10000.00 EUR", "fixed_costs": "800000.00 EUR"}
# fmt: on

D = dt.date
_NYC_RUN = Run("nyc-giselle", "koch", D(2026, 12, 10), {}, until=D(2026, 12, 12), days={
    D(2026, 12, 10): times("19:30"), D(2026, 12, 12): times("14:00", "20:00")})  # fmt: skip
_PAR_RUN = Run("par-swan-lake", "bastille", D(2026, 12, 15), {}, until=D(2026, 12, 20), days={
    D(2026, 12, 15): times("19:30"), D(2026, 12, 17): times("19:30"),
    D(2026, 12, 20): times("14:30")})  # fmt: skip


def _dancers(
    house: HouseSpec, pid: str, people: list[Any], rng: random.Random
) -> list[dict[str, Any]]:
    """The people, named from the house's pool; the first is the house's star."""
    names = NamePicker(house.names, rng)
    named = [names.pick(woman) for _, woman, _, _ in people]
    ids = [f"{house.id}-{slug(n)}" for n in named]
    dancers = []
    for i, (rank, woman, known, partner) in enumerate(people):
        lead_rank = rank in house.lead_ranks
        draw = rng.uniform(0.75, 0.95) if i == 0 else rng.uniform(0.0, 0.5) if lead_rank else 0.0
        dancers.append({
            "id": ids[i], "name": named[i], "rank": rank,
            "tags": ["woman" if woman else "man"],
            "known_roles": [f"{pid}.{k}" for k in known],
            "partners": [ids[partner]] if partner is not None else [],
            "draw": round(draw, 2), "exchange_consent": rank == house.lead_ranks[0],
        })  # fmt: skip
    return dancers


def _company(
    house: HouseSpec, production: dict[str, Any], venue: dict[str, Any], run: Run,
    people: list[Any], money: dict[str, str], rng: random.Random,
) -> Company:  # fmt: skip
    ranks = [r for r in house.ranks if any(p[0] == r.id for p in people)]
    dancers = _dancers(house, production["id"], people, rng)
    if house.id == "nyc":
        dancers[-1]["absences"] = [
            {"start": D(2026, 12, 8), "end": D(2026, 12, 10), "reason": "injury",
             "note": "ankle sprain"}]  # fmt: skip
    return Company.model_validate({
        "id": house.id, "name": house.name, "city": house.city, "timezone": house.timezone,
        "currency": house.currency, "language": house.language,
        "ranks": [{"id": r.id, "name": r.name, "tier": r.tier,
                   "weekly_salary": f"{r.weekly_salary}.00 {house.currency}"} for r in ranks],
        "labor": house.labor, "finances": money, "dancers": dancers,
        "staff": [{"id": f"{house.id}-bm", "name": "Ballet master", "kind": "ballet_master",
                   "productions": [production["id"]]}],
        "studios": [{"id": f"{house.id}-studio", "name": "Studio", "capacity": 40,
                     "area_m2": 300}],
        "venues": [venue], "productions": [production],
        "performances": perform(run, house.timezone),
    })  # fmt: skip


def tiny(seed: int) -> Season:
    """The tiny season for ``seed``."""
    rng = random.Random(f"etoile:tiny:{seed}")
    nyc = _company(NEW_YORK, _GISELLE, _KOCH, _NYC_RUN, _NYC_PEOPLE, _NYC_MONEY, rng)
    par = _company(PARIS, _SWAN_LAKE, _BASTILLE, _PAR_RUN, _PAR_PEOPLE, _PAR_MONEY, rng)
    return Season.model_validate({
        "id": "tiny-2026", "name": f"Tiny exchange season 2026-27 (seed {seed})",
        "start": START, "end": END, "companies": [nyc, par],
        "exchanges": [{
            "id": "nyc-par", "companies": ["nyc", "par"],
            "window": {"start": START, "end": END}, "max_each_way": 1,
            "tiers": ["principal"], "min_stay_days": 3, "max_stay_days": 14,
            "veto": [nyc.dancers[0].id], "travel_cost": "1800.00 USD",
            "housing_per_night": "260.00 USD", "per_diem": "95.00 USD",
            "fee_per_performance": "2500.00 USD",
        }],
        "exchange_rates": rates(["EUR", "USD"]),
    })  # fmt: skip
