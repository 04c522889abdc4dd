"""Domain season -> row values: the mapped fields as columns (renamed where the table says),
everything else in ``data``, children left to their own rows."""

from __future__ import annotations

import datetime as dt

import calendar_kit as kit
from etoile.storage.mappers import season_rows as rows


def test_a_dancer_row_has_its_rank_as_a_column_and_the_rest_in_data() -> None:
    lea = kit.season().dancers["par-lea"].item
    assert rows.dancer_values(lea) == {
        "id": "par-lea",
        "name": "Léa Garnier",
        "rank_id": "etoile",  # the field "rank" is the column rank_id
        "data": {
            "tags": ["woman"],
            "known_roles": ["par-swan.odette"],
            "learn_hours": {},
            "partners": ["par-hugo"],
            "draw": 0.9,
            "exchange_consent": True,
            "absences": [],
        },
    }


def test_a_season_row_leaves_companies_and_exchanges_to_their_tables() -> None:
    values = rows.season_values(kit.season())
    assert (values["id"], values["start"], values["end"]) == (
        "tiny-2026",
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 31),
    )
    assert "companies" not in values["data"] and "exchanges" not in values["data"]
    assert values["data"]["exchange_rates"] == [{"base": "EUR", "quote": "USD", "rate": 1.08}]


def test_a_company_row_keeps_its_children_out_of_data() -> None:
    values = rows.company_values(kit.season().company["nyc"])
    assert sorted(values) == ["city", "currency", "data", "id", "language", "name", "timezone"]
    children = {"ranks", "dancers", "staff", "studios", "venues", "productions", "performances"}
    assert children.isdisjoint(values["data"])
    assert "labor" in values["data"]


def test_a_performance_start_is_split_into_instant_and_offset() -> None:
    values = rows.performance_values(kit.season().performances["nyc-p1"].item)
    # 19:30 at UTC-5 on 10 Dec is 00:30 UTC on 11 Dec; the offset is -5 h = -18,000 s.
    assert values["start_utc"] == dt.datetime(2026, 12, 11, 0, 30, tzinfo=dt.UTC)
    assert values["start_offset_seconds"] == -18_000
    assert (values["production_id"], values["venue_id"]) == ("nyc-giselle", "koch")
    assert values["data"] == {"pins": [], "gala": True}


def test_exchange_terms_have_their_two_houses_and_window_as_columns() -> None:
    values = rows.exchange_values(kit.season().exchanges[0])
    assert {
        k: values[k] for k in ["id", "company_a", "company_b", "window_start", "window_end"]
    } == {
        "id": "nyc-par",
        "company_a": "nyc",
        "company_b": "par",
        "window_start": dt.date(2026, 12, 1),
        "window_end": dt.date(2026, 12, 31),
    }
    assert "companies" not in values["data"] and "window" not in values["data"]
    assert values["data"]["veto"] == ["nyc-ben"]


def test_a_production_row_leaves_its_roles_out() -> None:
    values = rows.production_values(kit.season().productions["nyc-giselle"].item)
    assert (values["id"], values["title"]) == ("nyc-giselle", "Giselle")
    assert "roles" not in values["data"]
    role = rows.role_values(kit.season().roles["nyc-giselle.wili"].item)
    assert (role["id"], role["name"], role["lead"], role["data"]["count"]) == (
        "nyc-giselle.wili",
        "Wilis",
        False,
        2,
    )
