"""Exchange terms: two houses, the documented defaults, and a transfer policy."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from etoile.domain import ExchangeTerms, Money, Payer, Season, Tier


def _terms(**update: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "t",
        "companies": ["nyc", "par"],
        "window": {"start": "2026-12-01", "end": "2026-12-31"},
        "travel_cost": "1800.00 USD",
        "housing_per_night": "250.00 USD",
        "per_diem": "90.00 USD",
        "fee_per_performance": "5000.00 USD",
    }
    data.update(update)
    return data


def test_the_defaults_send_principals_the_host_pays_and_a_transfer_is_allowed() -> None:
    terms = ExchangeTerms.model_validate(_terms())
    assert (terms.max_each_way, terms.tiers, terms.min_stay_days, terms.max_stay_days) == (
        3,
        [Tier.PRINCIPAL],
        7,
        42,
    )
    assert {terms.travel_paid_by, terms.housing_paid_by, terms.fee_paid_by} == {Payer.HOST}
    assert (terms.transfer.allowed, terms.transfer.fixed, terms.transfer.cap) == (True, None, None)


def test_the_tiny_season_vetoes_ben_and_caps_stays_at_two_weeks(tiny_season: Season) -> None:
    terms = tiny_season.exchanges[0]
    assert (terms.veto, terms.max_each_way, terms.max_stay_days) == (["nyc-ben"], 1, 14)
    assert terms.fee_per_performance == Money.of(5000, "USD")


@pytest.mark.parametrize("companies", [["nyc"], ["nyc", "par", "lon"]])
def test_terms_bind_exactly_two_houses(companies: list[str]) -> None:
    with pytest.raises(ValidationError) as caught:
        ExchangeTerms.model_validate(_terms(companies=companies))
    assert caught.value.errors()[0]["loc"] == ("companies",)


def test_a_fixed_transfer_and_a_split_payer_are_read() -> None:
    terms = ExchangeTerms.model_validate(
        _terms(transfer={"fixed": "10000.00 USD"}, fee_paid_by="split", star_premium=0.1)
    )
    assert terms.transfer.fixed == Money.of(10_000, "USD")
    assert (terms.fee_paid_by, terms.star_premium) == (Payer.SPLIT, 0.1)
    with pytest.raises(ValidationError) as caught:
        ExchangeTerms.model_validate(_terms(fee_paid_by="guest"))
    assert caught.value.errors()[0]["loc"] == ("fee_paid_by",)
