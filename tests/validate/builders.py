"""Small edits of the tiny season for rule tests.

Every helper returns a season rebuilt from plain data: ``model_copy`` keeps the cached lookups
(``season.dancers``, ``company.rank_tier``) of the original, which would then be stale.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from etoile.domain import CastAssignment, Company, Plan, Production, Season


def fresh(season: Season) -> Season:
    """The same season with no cached lookups."""
    return Season.model_validate(season.model_dump())


def with_company(season: Season, company_id: str, **update: Any) -> Season:
    """``season`` with fields of one company replaced."""
    companies = [c.model_copy(update=update) if c.id == company_id else c for c in season.companies]
    return fresh(season.model_copy(update={"companies": companies}))


def company(season: Season, company_id: str) -> Company:
    """The company ``company_id``."""
    return season.company[company_id]


def with_production(season: Season, production_id: str, **update: Any) -> Season:
    """``season`` with fields of one production replaced."""
    owner = season.productions[production_id].owner
    productions = [
        p.model_copy(update=update) if p.id == production_id else p
        for p in company(season, owner).productions
    ]
    return with_company(season, owner, productions=productions)


def production(season: Season, production_id: str) -> Production:
    """The production ``production_id``."""
    return season.productions[production_id].item


def with_role(season: Season, role_id: str, **update: Any) -> Season:
    """``season`` with fields of one role replaced."""
    production_id = season.roles[role_id].owner
    roles = [
        r.model_copy(update=update) if r.id == role_id else r
        for r in production(season, production_id).roles
    ]
    return with_production(season, production_id, roles=roles)


def with_dancer(season: Season, dancer_id: str, **update: Any) -> Season:
    """``season`` with fields of one dancer replaced."""
    owner = season.dancers[dancer_id].owner
    dancers = [
        d.model_copy(update=update) if d.id == dancer_id else d
        for d in company(season, owner).dancers
    ]
    return with_company(season, owner, dancers=dancers)


def without_dancers(season: Season, *dancer_ids: str) -> Season:
    """``season`` without the given dancers."""
    companies = [
        c.model_copy(update={"dancers": [d for d in c.dancers if d.id not in dancer_ids]})
        for c in season.companies
    ]
    return fresh(season.model_copy(update={"companies": companies}))


def with_performance(season: Season, performance_id: str, **update: Any) -> Season:
    """``season`` with fields of one performance replaced."""
    owner = season.performances[performance_id].owner
    shows = [
        p.model_copy(update=update) if p.id == performance_id else p
        for p in company(season, owner).performances
    ]
    return with_company(season, owner, performances=shows)


def clean(season: Season) -> Season:
    """The tiny season with its two problems solved, so that every season rule is satisfied.

    The tiny file has Giselle three times in one week (10 and 12 December, two shows on the
    12th) with a single Giselle and a single Albrecht, who may not dance both shows of a day;
    and no New York principal may be sent to Paris. Here the third show moves to the next week
    and Ava Linden consents to the exchange.
    """
    moved = with_performance(
        season,
        "nyc-p3",
        start=dt.datetime(2026, 12, 19, 20, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    )
    return with_dancer(moved, "nyc-ava", exchange_consent=True)


def plan(season: Season, /, **update: Any) -> Plan:
    """A plan for ``season``: one correct assignment unless ``casting`` is given."""
    data: dict[str, Any] = {
        "season": season.id,
        "casting": [
            CastAssignment(performance="nyc-p1", role="nyc-giselle.giselle", dancer="nyc-ava")
        ],
    }
    return Plan.model_validate({**data, **update})
