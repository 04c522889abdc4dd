"""Domain season -> column values for each table (the write half of the season mapper).

Each function returns the values of one row without its keys (``pk``, ``season_pk``,
``company_pk``, ``position``), which the repository adds as it inserts rows in bulk.
"""

from __future__ import annotations

from typing import Any

from etoile.domain import (
    Company,
    Dancer,
    ExchangeTerms,
    Performance,
    Production,
    Rank,
    Role,
    Season,
    Staff,
    Studio,
    Venue,
)
from etoile.storage.mappers.fields import ColumnMap, split_start

SEASON = ColumnMap(
    {"id": "id", "name": "name", "start": "start", "end": "end"},
    frozenset({"companies", "exchanges"}),
)
COMPANY = ColumnMap(
    {
        "id": "id",
        "name": "name",
        "city": "city",
        "timezone": "timezone",
        "currency": "currency",
        "language": "language",
    },
    frozenset({"ranks", "dancers", "staff", "studios", "venues", "productions", "performances"}),
)
RANK = ColumnMap({"id": "id", "name": "name", "tier": "tier"})
DANCER = ColumnMap({"id": "id", "name": "name", "rank": "rank_id"})
STAFF = ColumnMap({"id": "id", "name": "name", "kind": "kind"})
STUDIO = ColumnMap({"id": "id", "name": "name", "capacity": "capacity"})
VENUE = ColumnMap(
    {"id": "id", "name": "name", "city": "city", "timezone": "timezone", "capacity": "capacity"}
)
PRODUCTION = ColumnMap({"id": "id", "title": "title", "ballet": "ballet"}, frozenset({"roles"}))
ROLE = ColumnMap({"id": "id", "name": "name", "lead": "lead"})
PERFORMANCE = ColumnMap(
    {"id": "id", "production": "production_id", "venue": "venue_id"}, frozenset({"start"})
)
EXCHANGE = ColumnMap({"id": "id"}, frozenset({"companies", "window"}))


def season_values(season: Season) -> dict[str, Any]:
    """The ``seasons`` row: id, name, days; format version and currency rates in ``data``."""
    return SEASON.values(season)


def company_values(company: Company) -> dict[str, Any]:
    """The ``companies`` row; labour rules and finances in ``data``."""
    return COMPANY.values(company)


def rank_values(rank: Rank) -> dict[str, Any]:
    """The ``ranks`` row."""
    return RANK.values(rank)


def dancer_values(dancer: Dancer) -> dict[str, Any]:
    """The ``dancers`` row; roles, tags, partners, draw and absences in ``data``."""
    return DANCER.values(dancer)


def staff_values(staff: Staff) -> dict[str, Any]:
    """The ``staff`` row."""
    return STAFF.values(staff)


def studio_values(studio: Studio) -> dict[str, Any]:
    """The ``studios`` row."""
    return STUDIO.values(studio)


def venue_values(venue: Venue) -> dict[str, Any]:
    """The ``venues`` row; price tiers in ``data``."""
    return VENUE.values(venue)


def production_values(production: Production) -> dict[str, Any]:
    """The ``productions`` row (its roles are rows of their own)."""
    return PRODUCTION.values(production)


def role_values(role: Role) -> dict[str, Any]:
    """The ``roles`` row."""
    return ROLE.values(role)


def performance_values(performance: Performance) -> dict[str, Any]:
    """The ``performances`` row, with the start split into instant, offset and zone."""
    return PERFORMANCE.values(performance) | split_start(performance.start)


def exchange_values(terms: ExchangeTerms) -> dict[str, Any]:
    """The ``exchange_terms`` row, the two companies and the window as columns."""
    first, second = terms.companies
    return EXCHANGE.values(terms) | {
        "company_a": first,
        "company_b": second,
        "window_start": terms.window.start,
        "window_end": terms.window.end,
    }
