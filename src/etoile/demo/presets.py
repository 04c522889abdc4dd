"""Assemble whole seasons: the ``tiny``, ``demo`` and ``large`` presets.

Determinism: every house draws from its own ``random.Random`` seeded with the text
``"etoile:<preset>:<seed>:<house>"`` (string seeds are hashed with SHA-512, independent of
``PYTHONHASHSEED``), nothing iterates over a set or reads the clock, so the same preset and
seed always give the same season, and adding a house never changes another house's draws.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable

from etoile.demo.ballets import BALLETS
from etoile.demo.calendar import week_peaks
from etoile.demo.exchange import rates, terms
from etoile.demo.finances import (
    balance,
    box_office,
    finances,
    production_costs,
    salaries,
)
from etoile.demo.houses import COPENHAGEN, LONDON, NEW_YORK, PARIS, HouseSpec
from etoile.demo.names import NamePicker
from etoile.demo.pricing import pricing_policy
from etoile.demo.programmes import Slot, demo_slots, large_slots, schedule
from etoile.demo.repertoire import stage
from etoile.demo.roster import roster
from etoile.demo.staff import staff
from etoile.demo.tiny import tiny
from etoile.demo.venues import albion, bastille, garnier, koch, oresund, studios
from etoile.domain import Company, DateRange, Money, Rank, Season, Tier

PRESETS = ("tiny", "demo", "large")
"""The preset names, smallest first."""

Progress = Callable[[str], None]
"""Called with a short description as each step of a generation starts."""

_VENUES = {
    "koch": koch,
    "garnier": garnier,
    "bastille": bastille,
    "albion": albion,
    "oresund": oresund,
}
DEMO = DateRange(start=dt.date(2026, 9, 14), end=dt.date(2027, 3, 14))
LARGE = DateRange(start=dt.date(2026, 9, 14), end=dt.date(2027, 9, 12))
FIRST_OPENING = dt.date(2026, 9, 26)


class UnknownPresetError(ValueError):
    """Raised for a preset name that is not one of :data:`PRESETS`."""

    def __init__(self, preset: str) -> None:
        super().__init__(f"unknown preset {preset!r}: expected one of {', '.join(PRESETS)}")
        self.preset = preset


def steps(preset: str) -> int:
    """How many progress steps :func:`generate` reports for ``preset``."""
    return {"tiny": 1, "demo": 3, "large": 5}.get(preset, 1)


def company(house: HouseSpec, slots: list[Slot], season: DateRange, rng: random.Random) -> Company:
    """One house and its season: runs, productions, dancers, staff and baseline finances.

    Parameters
    ----------
    house
        The fixed facts of the house.
    slots
        Its runs, the season's first run first (it is rehearsed over the whole rehearsal period).
    season
        The season's days, for salaries, absences and staff leave.
    rng
        The house's own generator, drawn from in a fixed order.

    Returns
    -------
    Company
        The house as a season file gives it.
    """
    names = NamePicker(house.names, rng)
    performances = schedule(house, slots, FIRST_OPENING, rng)
    shows = Counter(p.production for p in performances)
    # The season's first run is rehearsed over the whole rehearsal period (from the company's
    # return, ``rehearsal_lead_weeks`` before the season); the others over the house's usual
    # weeks before their run (ballet-facts.md 4.1: three weeks in New York).
    back = season.start - dt.timedelta(weeks=house.labor.rehearsal_lead_weeks)
    whole = -(-(min(p.day for p in performances) - back).days // 7)
    staged = [
        stage(
            house,
            BALLETS[b],
            shows[f"{house.id}-{b}"],
            rng,
            whole if b == slots[0].ballet else house.production_lead_weeks,
        )
        for b in dict.fromkeys(s.ballet for s in slots)
    ]
    productions = [s.production for s in staged]
    dancers = roster(house, staged, week_peaks(performances), season, names, rng)
    people = staff(house, [p.id for p in productions], dict(shows), season, names, rng)
    venues = [_VENUES[v]() for v in dict.fromkeys(s.venue for s in slots)]
    ranks = [
        Rank(
            id=r.id,
            name=r.name,
            tier=r.tier,
            weekly_salary=Money.of(r.weekly_salary, house.currency),
        )
        for r in house.ranks
    ]
    weeks = season.days / 7
    baseline = balance(
        house,
        box=box_office(house, venues, productions, performances),
        salary_bill=salaries(ranks, dancers, weeks),
        production_bill=production_costs(productions, performances),
        weeks=weeks,
        rng=rng,
    )
    return Company(
        id=house.id,
        name=house.name,
        city=house.city,
        timezone=house.timezone,
        currency=house.currency,
        language=house.language,
        ranks=ranks,
        labor=house.labor,
        finances=finances(baseline, house.currency),
        pricing=pricing_policy(house.id),
        dancers=dancers,
        staff=people,
        studios=studios(house.id),
        venues=venues,
        productions=productions,
        performances=performances,
    )


def _guest_experience(companies: list[Company], rng: random.Random) -> list[Company]:
    """Stars who danced a lead of a ballet their house does not stage this season (as a
    guest, years ago) relearn it faster: a ``learn_hours`` override of 20 h on the other
    house's role. It makes a swap into that ballet possible without a full debut."""
    updated = []
    for home in companies:
        own = {p.ballet for p in home.productions}
        extra: dict[str, dict[str, float]] = {}
        stars = [d for d in home.dancers if d.draw >= 0.7 and d.exchange_consent]
        for host in companies:
            for production in host.productions:
                if host.id == home.id or production.ballet in own or not stars:
                    continue
                for role in production.lead_roles:
                    fit = [d for d in stars if set(role.tags) <= set(d.tags)]
                    if fit and rng.random() < 0.5:
                        extra.setdefault(rng.choice(fit).id, {})[role.id] = 20.0
        dancers = [
            d.model_copy(update={"learn_hours": {**d.learn_hours, **extra[d.id]}})
            if d.id in extra
            else d
            for d in home.dancers
        ]
        updated.append(home.model_copy(update={"dancers": dancers}))
    return updated


def _demo(seed: int, progress: Progress) -> Season:
    houses = [NEW_YORK, PARIS]
    companies = []
    for house in houses:
        progress(f"{house.name}: calendar, dancers, staff, finances")
        rng = random.Random(f"etoile:demo:{seed}:{house.id}")
        companies.append(company(house, demo_slots(house), DEMO, rng))
    progress("exchange terms")
    companies = _guest_experience(companies, random.Random(f"etoile:demo:{seed}:guests"))
    nyc, par = companies
    return Season(
        id="demo-2026-27",
        name=f"Étoile demo season 2026-27 (seed {seed})",
        start=DEMO.start,
        end=DEMO.end,
        companies=companies,
        exchanges=[terms(nyc, par, (dt.date(2027, 1, 11), dt.date(2027, 3, 14)))],
        exchange_rates=rates(["EUR", "USD"]),
    )


_LARGE_TERMS = (
    ("nyc", "par", (dt.date(2027, 1, 11), dt.date(2027, 3, 14)), 3, (Tier.PRINCIPAL,), "USD"),
    ("nyc", "lon", (dt.date(2026, 10, 5), dt.date(2026, 11, 22)), 2, (Tier.PRINCIPAL,), "USD"),
    (
        "nyc",
        "cph",
        (dt.date(2027, 4, 12), dt.date(2027, 6, 6)),
        2,
        (Tier.PRINCIPAL, Tier.SOLOIST),
        "USD",
    ),
    (
        "par",
        "lon",
        (dt.date(2027, 3, 22), dt.date(2027, 5, 16)),
        2,
        (Tier.PRINCIPAL, Tier.SOLOIST),
        "EUR",
    ),
    ("par", "cph", (dt.date(2026, 10, 12), dt.date(2026, 11, 29)), 2, (Tier.PRINCIPAL,), "EUR"),
    (
        "lon",
        "cph",
        (dt.date(2027, 1, 18), dt.date(2027, 3, 7)),
        2,
        (Tier.PRINCIPAL, Tier.SOLOIST),
        "GBP",
    ),
)


def _large(seed: int, progress: Progress) -> Season:
    companies = []
    for house in (NEW_YORK, PARIS, LONDON, COPENHAGEN):
        progress(f"{house.name}: calendar, dancers, staff, finances")
        rng = random.Random(f"etoile:large:{seed}:{house.id}")
        companies.append(company(house, large_slots(house, rng), LARGE, rng))
    progress("exchange terms")
    companies = _guest_experience(companies, random.Random(f"etoile:large:{seed}:guests"))
    by_id = {c.id: c for c in companies}
    return Season(
        id="large-2026-27",
        name=f"Étoile four-house network 2026-27 (seed {seed})",
        start=LARGE.start,
        end=LARGE.end,
        companies=companies,
        exchanges=[
            terms(by_id[a], by_id[b], window, max_each_way=n, tiers=tiers, currency=currency)
            for a, b, window, n, tiers, currency in _LARGE_TERMS
        ],
        exchange_rates=rates(["EUR", "USD", "GBP", "DKK"]),
    )


def generate(preset: str, seed: int, progress: Progress | None = None) -> Season:
    """A generated season: ``tiny``, ``demo`` or ``large``, the same for the same seed.

    Parameters
    ----------
    preset
        One of :data:`PRESETS`.
    seed
        Any integer; the whole season follows from it.
    progress
        Called with a description as each step starts (the CLI shows it).

    Raises
    ------
    UnknownPresetError
        For any other preset name.
    """
    report = progress or (lambda _: None)
    if preset == "tiny":
        report("tiny season")
        return tiny(seed)
    if preset == "demo":
        return _demo(seed, report)
    if preset == "large":
        return _large(seed, report)
    raise UnknownPresetError(preset)
