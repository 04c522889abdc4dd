"""Impossible values: seats, money, currencies, languages, and roles no cast could fill."""

from __future__ import annotations

from typing import Any

from etoile.domain import Season
from etoile.seasonfile.checks.finding import Finding
from etoile.seasonfile.checks.values import check_values


def _found(data: dict[str, Any]) -> list[Finding]:
    return check_values(Season.model_validate(data))


def test_the_tiny_season_has_no_impossible_value(data: dict[str, Any]) -> None:
    assert _found(data) == []


def test_price_tiers_with_more_seats_than_the_venue(data: dict[str, Any]) -> None:
    # The Koch: 1,000 + 1,544 = 2,544 seats in its tiers; a capacity of 2,500 is 44 short.
    data["companies"][0]["venues"][0]["capacity"] = 2500
    assert _found(data) == [
        Finding(
            ("companies", 0, "venues", 0, "price_tiers"),
            "the price tiers hold 2544 seats, more than the venue's capacity of 2500 (expected "
            "at most 2500 seats in all tiers)",
        )
    ]


def test_a_negative_amount_is_found_deep_in_the_season(data: dict[str, Any]) -> None:
    data["companies"][1]["venues"][0]["price_tiers"][2]["price"] = "-15.00 EUR"
    assert _found(data) == [
        Finding(
            ("companies", 1, "venues", 0, "price_tiers", 2, "price"),
            "expected an amount of zero or more",
            "-15.00 EUR",
        )
    ]


def test_a_role_no_cast_of_the_house_could_fill(data: dict[str, Any]) -> None:
    # Wilis: 3 dancers of tier corps or soloist tagged woman. New York has Cleo (soloist) and
    # Dina, Ella and Fay (corps): 4, enough for 3; 5 would be one too many.
    data["companies"][0]["productions"][0]["roles"][3]["count"] = 5
    assert _found(data) == [
        Finding(
            ("companies", 0, "productions", 0, "roles", 3, "count"),
            "role 'nyc-giselle.wili' needs 5 dancer(s) of tier corps or soloist tagged woman, "
            "but nyc has 4 (expected a count of at most 4, or more dancers in the roster)",
            5,
        )
    ]


def test_unknown_currency_language_and_a_missing_rate(data: dict[str, Any]) -> None:
    paris = data["companies"][1]
    paris["language"] = "de"
    data["exchange_rates"] = [{"base": "EUR", "quote": "EUR", "rate": 1.0}]
    found = _found(data)
    assert [f.loc for f in found] == [
        ("companies", 1, "language"),
        ("exchange_rates", 0, "quote"),
        ("exchange_rates",),
    ]
    assert found[0].message == "language 'de' is not supported (expected one of en, fr)"
    assert found[1].message == "a rate needs two different currencies"
    assert found[2].message == (
        "no exchange rate between EUR and USD, the currencies of two houses (expected an entry "
        "such as {base: EUR, quote: USD, rate: 1.1})"
    )
