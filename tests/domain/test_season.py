"""A season: lookups that name each entity's owner, and currency rates either way."""

from __future__ import annotations

import pytest

from etoile.domain import ExchangeRate, Season


def test_each_entity_is_found_with_its_owner(tiny_season: Season) -> None:
    assert tiny_season.dancers["par-lea"].owner == "par"
    assert tiny_season.dancers["par-lea"].item.name == "Léa Garnier"
    assert tiny_season.staff["nyc-bm1"].owner == "nyc"
    assert tiny_season.venues["bastille"].owner == "par"
    assert tiny_season.studios["par-petipa"].owner == "par"
    assert tiny_season.performances["nyc-p3"].owner == "nyc"
    assert tiny_season.productions["par-swan"].owner == "par"
    # A role's owner is its production, not its house.
    assert tiny_season.roles["par-swan.swan"].owner == "par-swan"
    # 4 roles of Giselle and 5 of Swan Lake.
    assert len(tiny_season.roles) == 9


def test_a_rate_is_read_both_ways(tiny_season: Season) -> None:
    # The season states 1 EUR = 1.08 USD, so 1 USD = 1 / 1.08 = 0.9259... EUR.
    assert tiny_season.rate("EUR", "USD") == 1.08
    assert tiny_season.rate("USD", "EUR") == pytest.approx(0.925926, abs=1e-6)
    assert tiny_season.rate("GBP", "GBP") == 1.0


def test_a_missing_rate_names_both_currencies(tiny_season: Season) -> None:
    with pytest.raises(KeyError, match="no exchange rate between USD and GBP"):
        tiny_season.rate("USD", "GBP")


def test_the_first_stated_rate_wins(tiny_season: Season) -> None:
    rates = [ExchangeRate(base="USD", quote="EUR", rate=0.9), *tiny_season.exchange_rates]
    season = tiny_season.model_copy(update={"exchange_rates": rates})
    assert season.rate("EUR", "USD") == pytest.approx(1 / 0.9)
