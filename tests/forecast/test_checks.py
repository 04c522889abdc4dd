"""What the forecast needs before any arithmetic: rates, seats and prices, named by path."""

from __future__ import annotations

from typing import Any

from etoile.domain import Plan
from etoile.forecast.checks import ForecastIssue, forecast_problems, plan_problems
from exchange_kit import lea_stay

from .builders import company, season


def test_a_sound_season_has_no_issue() -> None:
    assert forecast_problems(season(company("h"), company("p", "EUR"))) == []


def test_an_amount_in_a_currency_without_a_rate_is_named_once() -> None:
    house: dict[str, Any] = company("h")
    house["finances"]["donations"] = "5000.00 GBP"
    [issue] = forecast_problems(season(house))
    assert issue == ForecastIssue(
        "companies[0].finances.donations",
        "the season states no exchange rate between GBP and USD; add one under exchange_rates "
        "(e.g. {base: GBP, quote: USD, rate: ...})",
        "GBP",
    )


def test_seats_and_prices_that_cannot_be_sold() -> None:
    # 400 + 600 = 1,000 seats in the tiers of a 900-seat hall; one tier priced below zero.
    house = company("h", tiers=((400, "100.00"), (600, "-5.00")), capacity=900)
    assert forecast_problems(season(house)) == [
        ForecastIssue(
            "companies[0].venues[0].price_tiers",
            "the price tiers hold 1000 seats, more than the capacity of 900",
            1000,
        ),
        ForecastIssue(
            "companies[0].venues[0].price_tiers[1].price",
            "expected a price of 0 or more",
            "-5.00 USD",
        ),
    ]


def test_the_combined_view_needs_a_rate_from_every_house() -> None:
    issues = forecast_problems(season(company("h"), company("p", "EUR")), combined_currency="JPY")
    assert [(i.where, i.value) for i in issues] == [
        ("companies[0].currency", "USD"),
        ("companies[1].currency", "EUR"),
    ]
    assert issues[0].message.startswith(
        "combined view in JPY: the season states no exchange rate between USD and JPY"
    )


def test_a_plans_stay_must_name_the_seasons_terms_dancer_and_houses() -> None:
    # lea_stay: Léa Garnier (par-lea) from Paris to New York under the terms nyc-par, none of
    # which the builders' season has.
    plan = Plan(season="t", exchange=[lea_stay(5, 7, 12, 13)])
    assert plan_problems(season(company("h")), plan) == [
        ForecastIssue("exchange[0].terms", "unknown exchange terms", "nyc-par"),
        ForecastIssue("exchange[0].dancer", "unknown dancer", "par-lea"),
        ForecastIssue("exchange[0].home", "unknown company", "par"),
        ForecastIssue("exchange[0].host", "unknown company", "nyc"),
    ]
