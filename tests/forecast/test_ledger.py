"""Ledger arithmetic on the tiny season (docs/examples/tiny-season.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from etoile.domain import CastAssignment, ExchangeMove, Plan, Season
from etoile.forecast import build_scenario, exchange_move_costs
from etoile.forecast.ledger import season_weeks
from exchange_kit import lea_stay

from .builders import FLAT


def _move() -> ExchangeMove:
    # Léa leaves Paris on 8 December, rests on the 9th... back home on the 14th: 6 nights
    # away and 7 days of per diem.
    return lea_stay(8, 9, 13, 14)


def test_season_weeks_cover_every_day_once(tiny_season: Season) -> None:
    # 1-31 December 2026: Tuesday 1st to Thursday 31st, six ISO weeks touched.
    weeks = season_weeks(tiny_season)
    assert weeks[0] == (dt.date(2026, 11, 30), 6)
    assert weeks[-1] == (dt.date(2026, 12, 28), 4)
    assert sum(days for _, days in weeks) == 31


def test_salaries_productions_and_income(tiny_season: Season) -> None:
    sc = build_scenario(tiny_season, None, FLAT)
    nyc = sc.ledgers["nyc"]
    # New York: 2 principals at 3,200, 1 soloist at 2,400, 3 corps at 1,700 a week, for 31
    # days: (6,400 + 2,400 + 5,100) * 31 / 7 = 61,557.14.
    assert nyc.salaries_by_rank == pytest.approx(
        {"principal": 6400 * 31 / 7, "soloist": 2400 * 31 / 7, "corps": 5100 * 31 / 7}
    )
    assert sum(nyc.weekly_salaries.values()) == pytest.approx(13_900 * 31 / 7)
    # Three Giselles at 40,000.
    assert nyc.production_costs == {"nyc-giselle": 120_000.0}
    assert nyc.costs == pytest.approx(
        {
            "fixed_costs": 900_000.0,
            "salaries": 61_557.142857,
            "productions": 120_000.0,
            "exchange": 0.0,
        }
    )
    assert nyc.fixed_income == 420_000.0
    par = sc.ledgers["par"]
    # Paris: 2 étoiles 1,600, 1 premier 1,300, 1 sujet 1,100, 3 quadrilles 800.
    assert par.costs["salaries"] == pytest.approx((3200 + 1300 + 1100 + 2400) * 31 / 7)


def test_exchange_costs_by_payer(tiny_season: Season) -> None:
    # Host (New York) pays everything in USD: travel 1,800; housing 6 nights * 250 = 1,500;
    # per diem 7 days * 90 = 630; fees 2 shows * 5,000 = 10,000. Total 13,930.
    costs = exchange_move_costs(tiny_season, _move(), shows_danced=2)
    assert costs == {
        "nyc": pytest.approx(
            {"travel": 1800.0, "housing": 1500.0, "per_diem": 630.0, "fees": 10_000.0}
        )
    }
    # Split housing: each house pays half of housing and per diem, Paris in EUR at 1.08.
    terms = tiny_season.exchanges[0].model_copy(update={"housing_paid_by": "split"})
    split = tiny_season.model_copy(update={"exchanges": [terms]})
    costs = exchange_move_costs(split, _move(), shows_danced=0)
    assert costs["par"] == pytest.approx({"housing": 750 / 1.08, "per_diem": 315 / 1.08})
    assert costs["nyc"]["housing"] == pytest.approx(750.0)


def test_plan_casting_counts_fees_in_the_ledger(tiny_season: Season) -> None:
    plan = Plan(
        season="tiny-2026",
        exchange=[_move()],
        casting=[
            CastAssignment(performance="nyc-p1", role="nyc-giselle.giselle", dancer="par-lea"),
            CastAssignment(performance="nyc-p2", role="nyc-giselle.giselle", dancer="par-lea"),
        ],
    )
    sc = build_scenario(tiny_season, plan, FLAT)
    assert sc.ledgers["nyc"].exchange_costs == pytest.approx(
        {"travel": 1800.0, "housing": 1500.0, "per_diem": 630.0, "fees": 10_000.0}
    )
    assert sc.ledgers["nyc"].costs["exchange"] == pytest.approx(13_930.0)
    assert sc.ledgers["par"].costs["exchange"] == 0.0
    # The guest stays on the Paris payroll: salaries do not move.
    base = build_scenario(tiny_season, None, FLAT)
    assert sc.ledgers["par"].costs["salaries"] == base.ledgers["par"].costs["salaries"]
