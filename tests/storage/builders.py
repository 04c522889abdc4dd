"""A large season built in code (4 houses, 600 dancers, 600 shows), for storage tests.

It exercises what a hand-written file rarely does at once: every time-zone form (an IANA zone,
a fixed offset, UTC written as ``Z``), mappings whose key order matters, absences, pins,
several productions per house and a show at another house's venue.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from etoile.domain import (
    Absence,
    AbsenceReason,
    CastPin,
    Company,
    Dancer,
    DateRange,
    ExchangeRate,
    ExchangeTerms,
    Finances,
    Money,
    Performance,
    PriceTier,
    Production,
    Rank,
    Role,
    Season,
    Staff,
    StaffKind,
    Studio,
    Tier,
    Venue,
)

START = dt.date(2026, 9, 1)
_ZONES = [
    ZoneInfo("America/New_York"),
    dt.timezone(dt.timedelta(hours=1)),
    dt.UTC,
    dt.timezone(dt.timedelta(hours=5, minutes=30)),
]


def big_season(houses: int = 4, dancers: int = 150, shows: int = 150) -> Season:
    """A valid season of ``houses`` companies with ``dancers`` dancers and ``shows`` shows each."""
    companies = [_company(h, dancers, shows, houses) for h in range(houses)]
    return Season(
        id="big-2026",
        name="Big network season",
        start=START,
        end=START + dt.timedelta(days=364),
        companies=companies,
        exchanges=[
            ExchangeTerms(
                id=f"x{h}",
                companies=[f"h{h}", f"h{(h + 1) % houses}"],
                window=DateRange(start=START, end=START + dt.timedelta(days=90)),
                travel_cost=Money.of(900, "USD"),
                housing_per_night=Money.of(150, "USD"),
                per_diem=Money.of(60, "USD"),
                fee_per_performance=Money.of(2000, "USD"),
                veto=[f"h{h}-d0"],
            )
            for h in range(houses)
        ],
        exchange_rates=[ExchangeRate(base="EUR", quote="USD", rate=1.08)],
    )


def _company(h: int, dancers: int, shows: int, houses: int) -> Company:
    currency = "USD" if h % 2 == 0 else "EUR"
    ranks = [
        Rank(
            id="principal",
            name="Principal",
            tier=Tier.PRINCIPAL,
            weekly_salary=Money.of(3000, currency),
        ),
        Rank(
            id="soloist", name="Soloist", tier=Tier.SOLOIST, weekly_salary=Money.of(2200, currency)
        ),
        Rank(id="corps", name="Corps", tier=Tier.CORPS, weekly_salary=Money.of(1500, currency)),
    ]
    productions = [_production(h, p, currency) for p in range(3)]
    role_ids = [r.id for p in productions for r in p.roles]
    return Company(
        id=f"h{h}",
        name=f"House {h}",
        city=f"City {h}",
        timezone="America/New_York" if h % 2 == 0 else "Europe/Paris",
        currency=currency,
        language="en" if h % 2 == 0 else "fr",
        ranks=ranks,
        finances=Finances(
            subsidy=Money.of(1e6, currency),
            donations=Money.of(5e5, currency),
            other_income=Money.of(1e5, currency),
            fixed_costs=Money.of(3e6 + h, currency),
        ),
        dancers=[_dancer(h, d, role_ids) for d in range(dancers)],
        staff=[
            Staff(
                id=f"h{h}-s{s}",
                name=f"Staff {s}",
                kind=list(StaffKind)[s % 5],
                productions=[productions[s % 3].id],
            )
            for s in range(8)
        ],
        studios=[
            Studio(id=f"h{h}-studio{s}", name=f"Studio {s}", capacity=30 + s) for s in range(3)
        ],
        venues=[
            Venue(
                id=f"h{h}-venue",
                name=f"Theatre {h}",
                city=f"City {h}",
                timezone="America/New_York" if h % 2 == 0 else "Europe/Paris",
                capacity=2000,
                price_tiers=[
                    PriceTier(name="Stalls", seats=1200, price=Money.of("120.5", currency)),
                    PriceTier(name="Balcony", seats=800, price=Money.of(45, currency)),
                ],
            )
        ],
        productions=productions,
        performances=[_show(h, i, productions, houses) for i in range(shows)],
    )


def _production(h: int, p: int, currency: str) -> Production:
    pid = f"h{h}-prod{p}"
    return Production(
        id=pid,
        title=f"Ballet {p}",
        ballet=f"ballet-{p}",
        running_minutes=120 + p,
        cost_per_performance=Money.of(30000, currency),
        roles=[
            Role(
                id=f"{pid}.lead-a",
                name="Lead A",
                tiers=[Tier.PRINCIPAL],
                lead=True,
                partner=f"{pid}.lead-b",
            ),
            Role(
                id=f"{pid}.lead-b",
                name="Lead B",
                tiers=[Tier.PRINCIPAL],
                lead=True,
                partner=f"{pid}.lead-a",
            ),
            Role(id=f"{pid}.solo", name="Solo", tiers=[Tier.SOLOIST, Tier.PRINCIPAL]),
            Role(id=f"{pid}.corps", name="Corps", count=8, tiers=[Tier.CORPS]),
        ],
        doubled_roles=[[f"{pid}.solo", f"{pid}.corps"]],
    )


def _dancer(h: int, d: int, role_ids: list[str]) -> Dancer:
    rank = "principal" if d < 10 else "soloist" if d < 40 else "corps"
    # Deliberately unsorted keys: their order must survive the database.
    learn = {role_ids[(d + 7) % len(role_ids)]: 12.5, role_ids[d % len(role_ids)]: 3.0}
    absences = []
    if d % 10 == 0:
        day = START + dt.timedelta(days=d)
        absences = [
            Absence(
                start=day, end=day + dt.timedelta(days=3), reason=AbsenceReason.INJURY, note="ankle"
            )
        ]
    return Dancer(
        id=f"h{h}-d{d}",
        name=f"Dancer {h}-{d}",
        rank=rank,
        tags=["woman" if d % 2 else "man"],
        known_roles=[role_ids[d % len(role_ids)]],
        learn_hours=learn,
        partners=[f"h{h}-d{d ^ 1}"],
        draw=round((d % 7) / 7, 3),
        exchange_consent=d % 3 == 0,
        absences=absences,
    )


def _show(h: int, i: int, productions: list[Production], houses: int) -> Performance:
    tz = _ZONES[(h + i) % len(_ZONES)]
    local = dt.datetime.combine(START + dt.timedelta(days=i // 2), dt.time(14 if i % 2 else 19, 30))
    # Every 50th show tours to the next house's theatre.
    venue = f"h{(h + 1) % houses}-venue" if i % 50 == 49 else f"h{h}-venue"
    production = productions[i % len(productions)]
    pins = [CastPin(role=production.roles[0].id, dancer=f"h{h}-d0")] if i % 25 == 0 else []
    return Performance(
        id=f"h{h}-show{i}",
        production=production.id,
        venue=venue,
        start=local.replace(tzinfo=tz),
        pins=pins,
        gala=i == 0,
    )
