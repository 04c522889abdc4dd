"""Ids used twice: reported at the second use, naming the first; and one rate per pair."""

from __future__ import annotations

from typing import Any

from etoile.domain import Season
from etoile.seasonfile.checks.finding import Finding
from etoile.seasonfile.checks.ids import check_ids


def _found(data: dict[str, Any]) -> list[Finding]:
    return check_ids(Season.model_validate(data))


def test_the_tiny_season_has_no_id_twice(data: dict[str, Any]) -> None:
    assert _found(data) == []


def test_a_dancer_id_is_unique_across_houses(data: dict[str, Any]) -> None:
    data["companies"][1]["dancers"][3]["id"] = "nyc-ava"
    assert _found(data) == [
        Finding(
            ("companies", 1, "dancers", 3, "id"),
            "duplicate dancer id 'nyc-ava': already used at companies[0].dancers[0] "
            "(expected ids unique in the season)",
            "nyc-ava",
        )
    ]


def test_a_rank_id_is_unique_in_its_ladder_only(data: dict[str, Any]) -> None:
    paris = data["companies"][1]
    paris["ranks"][1]["id"] = "etoile"  # twice in Paris
    data["companies"][0]["ranks"][0]["id"] = "etoile"  # and once in New York: fine
    for dancer in data["companies"][0]["dancers"]:
        if dancer["rank"] == "principal":
            dancer["rank"] = "etoile"
    assert _found(data) == [
        Finding(
            ("companies", 1, "ranks", 1, "id"),
            "duplicate rank id 'etoile': already used at companies[1].ranks[0] "
            "(expected ids unique in the ladder of par)",
            "etoile",
        )
    ]


def test_a_second_rate_for_the_same_pair_either_way(data: dict[str, Any]) -> None:
    data["exchange_rates"].append({"base": "USD", "quote": "EUR", "rate": 0.93})
    assert _found(data) == [
        Finding(
            ("exchange_rates", 1),
            "a rate between USD and EUR is already stated at exchange_rates[0] "
            "(expected one rate per pair of currencies)",
        )
    ]
