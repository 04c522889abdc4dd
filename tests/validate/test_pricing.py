"""The validator's deal rules: no house worse off after its transfer, a transfer within its
range and within the terms. One satisfied and one violated case each."""

from __future__ import annotations

from etoile.domain import Deal, HouseDeal, Money, Plan, Season, Transfer, TransferPolicy
from etoile.validate.pricing import deal_leaves_no_house_worse_off
from exchange_kit import swap_season


def _deal(nyc_after: float, amount: float, low: float = 8000.0, high: float = 29421.0) -> Deal:
    # New York gains 29,421 USD, Paris loses 8,000 USD (7,407 EUR at 1.08); New York pays
    # Paris ``amount`` USD. Paris's gain after the transfer is (amount - 8,000) / 1.08 EUR.
    return Deal(
        verdict="swap",
        currency="USD",
        houses=[
            HouseDeal(
                company="nyc",
                currency="USD",
                result_without=-100.0,
                result_with=29321.0,
                gain_before_transfer=29421.0,
                transfer=-amount,
                gain_after_transfer=nyc_after,
                estimate_gain=29421.0,
            ),
            HouseDeal(
                company="par",
                currency="EUR",
                result_without=-100.0,
                result_with=-7507.4,
                gain_before_transfer=-7407.4,
                transfer=amount / 1.08,
                gain_after_transfer=-7407.4 + amount / 1.08,
                estimate_gain=-7407.4,
            ),
        ],
        transfers=[
            Transfer(
                terms="nyc-par",
                payer="nyc",
                payee="par",
                currency="USD",
                amount=amount,
                low=low,
                high=high,
                even=18710.5,
            )
        ],
    )


def _rules(season: Season, deal: Deal) -> list[tuple[str, tuple[str, ...]]]:
    plan = Plan(season=season.id, deal=deal)
    return [(v.rule, v.entities) for v in deal_leaves_no_house_worse_off(season, plan)]


def test_an_even_split_within_the_range_passes() -> None:
    assert _rules(swap_season(), _deal(29421.0 - 18710.5, 18710.5)) == []


def test_a_transfer_too_small_leaves_the_lender_worse_off() -> None:
    found = _rules(swap_season(), _deal(29421.0 - 5000.0, 5000.0))
    assert found == [
        ("House worse off after the deal", ("par",)),
        ("Transfer outside its range", ("nyc-par", "nyc", "par")),
    ]


def test_a_gain_after_transfer_that_does_not_add_up_is_refused() -> None:
    found = _rules(swap_season(), _deal(29421.0, 18710.5))
    assert found == [("House worse off after the deal", ("nyc",))]


def test_a_transfer_the_terms_forbid_or_cap_is_refused() -> None:
    season = swap_season()
    for policy in (TransferPolicy(allowed=False), TransferPolicy(cap=Money.of(10_000, "USD"))):
        terms = season.exchanges[0].model_copy(update={"transfer": policy})
        strict = season.model_copy(update={"exchanges": [terms]})
        assert _rules(strict, _deal(29421.0 - 18710.5, 18710.5)) == [
            ("Transfer outside its range", ("nyc-par", "nyc", "par"))
        ]
