"""Valuing the exchange (etoile.solvers.exchange.values): the baseline plan, and the fixed
costs and fees of each stay by paying house (``value_costs``), by hand from the terms."""

from __future__ import annotations

import pytest

from casting_kit import plan
from etoile.domain import Money, Payer, Season
from etoile.problems.exchange import compile_exchange
from etoile.solvers.exchange.values import baseline_of, value_costs
from exchange_kit import swap_season


def _season(**terms: object) -> Season:
    # The tiny swap season (Léa of Paris may guest in New York; New York pays by default),
    # with its terms changed.
    season = swap_season()
    changed = season.exchanges[0].model_copy(update=terms)
    return season.model_copy(update={"exchanges": [changed]})


def test_the_baseline_keeps_the_casting_and_drops_everything_else() -> None:
    season = swap_season()
    base = plan([("nyc-p1", "nyc-giselle.giselle", "nyc-ava")])
    made = baseline_of(season, base)
    assert (made.season, made.casting, made.exchange) == (season.id, base.casting, [])
    assert baseline_of(season, None).casting == []


def test_fixed_costs_and_fees_paid_by_the_host() -> None:
    # Travel 500, housing 100 a night, per diem 10 a day, fee 1,500 a show (USD), all paid by
    # New York. A stay of n nights (departure to return) costs 500 + 100 n + 10 (n + 1).
    season = _season(
        travel_cost=Money.of(500, "USD"),
        housing_per_night=Money.of(100, "USD"),
        per_diem=Money.of(10, "USD"),
        fee_per_performance=Money.of(1500, "USD"),
    )
    problem = value_costs(season, compile_exchange(season))
    assert problem.candidates
    for c in problem.candidates:
        n = (c.return_ - c.depart).days
        assert c.fixed_costs == {"nyc": pytest.approx(500 + 100 * n + 10 * (n + 1))}
    assert problem.options
    assert all(o.fee == {"nyc": pytest.approx(1500.0)} for o in problem.options)


def test_a_fee_paid_by_the_home_house_in_its_currency() -> None:
    # 1,540 USD a show paid by Paris in euros: 1,540 / 1.08 = 1,425.93 EUR. New York still
    # pays the (zero) travel and housing: it is listed with a fee of 0.
    season = _season(fee_per_performance=Money.of(1540, "USD"), fee_paid_by=Payer.HOME)
    problem = value_costs(season, compile_exchange(season))
    for o in problem.options:
        assert o.fee == {"par": pytest.approx(1540 / 1.08), "nyc": 0.0}
