"""Stored rows -> domain season: rows of every table, in any order of companies, grouped back
by their parent keys and validated as a season file would be."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pydantic
import pytest

import calendar_kit as kit
from etoile.domain import Season
from etoile.storage.mappers import season_rows as rows
from etoile.storage.mappers.season_data import COMPANY_LISTS, SeasonRecords, season_from_records

WRITE = {
    "ranks": rows.rank_values,
    "dancers": rows.dancer_values,
    "staff": rows.staff_values,
    "studios": rows.studio_values,
    "venues": rows.venue_values,
    "productions": rows.production_values,
    "performances": rows.performance_values,
}


def _records(season: Season) -> SeasonRecords:
    """The rows the repository would store, as plain objects with their keys."""
    companies: list[Any] = []
    lists: dict[str, list[Any]] = {name: [] for name in COMPANY_LISTS}
    roles: list[Any] = []
    pk = 100
    for company in season.companies:
        pk += 1
        companies.append(SimpleNamespace(pk=pk, **rows.company_values(company)))
        for name in COMPANY_LISTS:
            for item in getattr(company, name):
                row_pk = len(lists[name]) + 1000 * (COMPANY_LISTS.index(name) + 1)
                row = SimpleNamespace(pk=row_pk, company_pk=pk, **WRITE[name](item))
                lists[name].append(row)
                if name == "productions":
                    roles += [
                        SimpleNamespace(production_pk=row_pk, **rows.role_values(r))
                        for r in item.roles
                    ]
    return SeasonRecords(
        season=SimpleNamespace(**rows.season_values(season)),
        companies=companies,
        exchanges=[SimpleNamespace(**rows.exchange_values(t)) for t in season.exchanges],
        company_lists=lists,
        roles=roles,
    )


def test_the_rows_give_back_the_same_season() -> None:
    season = kit.season()
    assert season_from_records(_records(season)) == season


def test_rows_are_grouped_by_their_own_company() -> None:
    records = _records(kit.season())
    # The repository reads each table across companies; shuffling the dancers' rows of both
    # houses together must still give each house its own dancers, in their order.
    mixed = dict(records.company_lists)
    dancers = list(mixed["dancers"])
    mixed["dancers"] = [d for pair in zip(dancers[6:], dancers[:6], strict=False) for d in pair] + [
        dancers[-1]
    ]
    rebuilt = season_from_records(
        SeasonRecords(records.season, records.companies, records.exchanges, mixed, records.roles)
    )
    assert [d.id for d in rebuilt.company["nyc"].dancers] == [
        d.id for d in kit.season().company["nyc"].dancers
    ]
    assert [d.id for d in rebuilt.company["par"].dancers] == [
        d.id for d in kit.season().company["par"].dancers
    ]


def test_a_broken_row_is_refused_by_the_seasons_validation() -> None:
    records = _records(kit.season())
    # A dancer's draw is a number in [0, 1]: a stored "lots" is refused, naming the field.
    ava = records.company_lists["dancers"][0]
    ava.data = {**ava.data, "draw": "lots"}
    with pytest.raises(pydantic.ValidationError) as caught:
        season_from_records(records)
    (error,) = caught.value.errors()
    assert error["loc"] == ("companies", 0, "dancers", 0, "draw")
