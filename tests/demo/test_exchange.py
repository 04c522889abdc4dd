"""The demo exchange terms and rates: consistent cross rates, the veto of each house's face,
and expenses converted from US dollars, transatlantic or European."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import calendar_kit as kit
from etoile.demo.exchange import rates, terms, vetoed
from etoile.domain import Company, ExchangeRate, Season, Tier

WINDOW = (dt.date(2027, 1, 1), dt.date(2027, 3, 31))


def _houses(consenting: dict[str, float]) -> tuple[Company, Company]:
    """New York and Paris of the tiny season, with these New York dancers consenting (draws)."""
    data = kit.season_data()
    for dancer in data["companies"][0]["dancers"]:
        if dancer["id"] in consenting:
            dancer["exchange_consent"] = True
            dancer["draw"] = consenting[dancer["id"]]
    season = Season.model_validate(data)
    return season.company["nyc"], season.company["par"]


def test_rates_quote_eur_before_usd_and_are_consistent() -> None:
    found = {(r.base, r.quote): r.rate for r in rates(["USD", "EUR", "DKK"])}
    # EUR/USD 1.08; USD/DKK = 1 / (1.08 / 7.46) = 6.9074; EUR/DKK = 1.08 / (1.08 / 7.46) = 7.46.
    assert found == {("EUR", "USD"): 1.08, ("USD", "DKK"): 6.9074, ("EUR", "DKK"): 7.46}


def test_one_rate_per_pair_in_the_order_given() -> None:
    # GBP then USD: 1.27 / 1.0 = 1.27, quoted as given (only USD-EUR is turned round).
    assert rates(["GBP", "USD"]) == [ExchangeRate(base="GBP", quote="USD", rate=1.27)]
    assert rates(["USD"]) == []


def test_the_face_is_the_highest_drawing_consenting_dancer() -> None:
    nyc, par = _houses({"nyc-ben": 0.6, "nyc-cleo": 0.7})
    # nyc-ava draws 0.8 but has not consented: nyc-cleo (0.7) beats nyc-ben (0.6).
    assert vetoed(nyc) == "nyc-cleo"
    assert vetoed(par) == "par-lea"  # the only Paris dancer who consents


def test_a_house_where_nobody_consents_is_named() -> None:
    nyc, _ = _houses({})  # nyc-ava, the only New York dancer, has not consented
    with pytest.raises(ValueError, match="nyc: no dancer consents to the exchange"):
        vetoed(nyc)


def test_a_tie_goes_to_the_first_id() -> None:
    nyc, _ = _houses({"nyc-dina": 0.5, "nyc-cleo": 0.5})
    assert vetoed(nyc) == "nyc-cleo"


def test_a_house_without_consent_cannot_have_terms() -> None:
    nyc, par = _houses({})
    with pytest.raises(ValueError):
        terms(nyc, par, WINDOW)


def test_transatlantic_terms_in_euros() -> None:
    nyc, par = _houses({"nyc-ava": 0.8})
    found = terms(nyc, par, WINDOW, currency="EUR")
    # Dollars / 1.08, rounded: 1800 -> 1666.7 -> 1667; 260 -> 240.7 -> 241; 95 -> 88.0 -> 88;
    # 2500 -> 2314.8 -> 2315.
    assert [
        m.amount
        for m in [
            found.travel_cost,
            found.housing_per_night,
            found.per_diem,
            found.fee_per_performance,
        ]
    ] == [Decimal(1667), Decimal(241), Decimal(88), Decimal(2315)]
    assert {found.travel_cost.currency, found.fee_per_performance.currency} == {"EUR"}
    assert (found.id, found.companies, found.veto) == (
        "nyc-par",
        ["nyc", "par"],
        ["nyc-ava", "par-lea"],
    )
    # Across the Atlantic: a travel day and a rest day on arrival; stays of 2 to 6 weeks.
    assert (found.travel_days, found.rest_days_on_arrival) == (1, 1)
    assert (found.min_stay_days, found.max_stay_days) == (14, 42)
    assert (found.window.start, found.window.end) == WINDOW
    assert (found.max_each_way, found.tiers) == (3, [Tier.PRINCIPAL])


def test_european_terms_have_no_rest_day_and_cheaper_travel() -> None:
    _, par = _houses({})
    cph = par.model_copy(update={"id": "cph", "timezone": "Europe/Copenhagen"})
    found = terms(par, cph, WINDOW, max_each_way=1, tiers=(Tier.PRINCIPAL, Tier.SOLOIST))
    # Both in Europe: $600 travel, $220 a night, $85 per diem, $2,000 a show; no rest day.
    assert [str(m.amount) for m in [found.travel_cost, found.housing_per_night]] == [
        "600.00",
        "220.00",
    ]
    assert (found.per_diem.amount, found.fee_per_performance.amount) == (85, 2000)
    assert found.rest_days_on_arrival == 0
    assert (found.id, found.max_each_way, found.tiers) == (
        "par-cph",
        1,
        [Tier.PRINCIPAL, Tier.SOLOIST],
    )
