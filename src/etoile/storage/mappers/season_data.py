"""Stored rows -> domain season (the read half of the season mapper).

The rows are rebuilt into the season's plain data and validated by :class:`Season` itself, so
a stored season obeys exactly the rules a season file does. Plain (Core) rows are enough: a
season is read whole, and skipping the ORM's identity map makes reading a large one ~3x faster.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from etoile.domain import Season
from etoile.storage.mappers.fields import join_start
from etoile.storage.mappers.season_rows import (
    COMPANY,
    DANCER,
    EXCHANGE,
    PERFORMANCE,
    PRODUCTION,
    RANK,
    ROLE,
    SEASON,
    STAFF,
    STUDIO,
    VENUE,
)

#: A company's lists that have tables of their own, keyed by ``company_pk``.
COMPANY_LISTS = ("ranks", "dancers", "staff", "studios", "venues", "productions", "performances")


@dataclass(frozen=True)
class SeasonRecords:
    """Every stored row of one season, each list in ``position`` order.

    ``company_lists`` maps each name of :data:`COMPANY_LISTS` to the rows of all companies;
    the mapper sorts them out by ``company_pk``.
    """

    season: Any
    companies: Sequence[Any]
    exchanges: Sequence[Any]
    company_lists: Mapping[str, Sequence[Any]]
    roles: Sequence[Any]


def season_from_records(records: SeasonRecords) -> Season:
    """The domain season of its stored rows."""
    roles = _grouped(records.roles, "production_pk")

    def production(row: Any) -> dict[str, Any]:
        return PRODUCTION.data(row) | {"roles": [ROLE.data(r) for r in roles.get(row.pk, [])]}

    read: dict[str, Callable[[Any], dict[str, Any]]] = {
        "ranks": RANK.data,
        "dancers": DANCER.data,
        "staff": STAFF.data,
        "studios": STUDIO.data,
        "venues": VENUE.data,
        "productions": production,
        "performances": _performance,
    }
    lists = {name: _grouped(rows, "company_pk") for name, rows in records.company_lists.items()}
    companies = []
    for row in records.companies:
        company = COMPANY.data(row)
        for name in COMPANY_LISTS:
            company[name] = [read[name](r) for r in lists[name].get(row.pk, [])]
        companies.append(company)
    season = SEASON.data(records.season)
    season["companies"] = companies
    season["exchanges"] = [_exchange(e) for e in records.exchanges]
    return Season.model_validate(season)


def _performance(row: Any) -> dict[str, Any]:
    start = join_start(row.start_utc, row.start_offset_seconds, row.start_zone)
    return PERFORMANCE.data(row) | {"start": start}


def _grouped(rows: Sequence[Any], key: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


def _exchange(row: Any) -> dict[str, Any]:
    data = EXCHANGE.data(row)
    data["companies"] = [row.company_a, row.company_b]
    data["window"] = {"start": row.window_start, "end": row.window_end}
    return data
