"""Demand and revenue of single shows, worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from etoile.forecast import DEFAULT_PARAMS, build_scenario, run_forecast
from etoile.forecast.demand import day_time_factor, period_factors

from .builders import FLAT, company, season


def test_one_performance_expected_revenue_by_hand() -> None:
    # 1000 seats: 400 at $100 and 600 at $50; popularity 0.5, base demand 1.6, no other factor
    # and no uncertainty: demand = 1000 * 1.6 * 0.5 = 800 seats, all sold.
    # Cheapest first: 600 * 50 + 200 * 100 = 50,000. In proportion: the average price is
    # (400 * 100 + 600 * 50) / 1000 = 70, so 800 * 70 = 56,000. Half and half: 53,000.
    params = FLAT.model_copy(update={"base_demand": 1.6, "cheap_first": 0.5})
    sc = build_scenario(season(), None, params)
    assert sc.seats.tolist() == [800.0]
    assert sc.revenue.tolist() == pytest.approx([53_000.0])
    # The ledger: income 10,000 + 5,000 + 1,000; costs 20,000 fixed, 4 weeks of one... no
    # dancers (no salaries), one show at 3,000. Result = 53,000 + 16,000 - 23,000 = 46,000.
    assert sc.expected_result("h") == pytest.approx(46_000.0)


def test_demand_above_capacity_sells_every_priced_seat() -> None:
    # Demand 1000 * 3 * 0.5 = 1500 > 1000: every seat sells, 400 * 100 + 600 * 50 = 70,000
    # whatever the blend.
    for w in (0.0, 0.5, 1.0):
        params = FLAT.model_copy(update={"base_demand": 3.0, "cheap_first": w})
        sc = build_scenario(season(), None, params)
        assert sc.revenue.tolist() == pytest.approx([70_000.0])
        assert sc.seats.tolist() == [1000.0]


def test_default_factors_of_a_tuesday_evening_opening() -> None:
    # Tuesday 9 March 2027, 19:30: weekday evening 0.96; the only show of its run is its
    # opening, 1.10; no lead role, so no cast factor; March is no special period.
    # Mean demand = 1000 * base_demand * 0.5 ** elasticity * 0.96 * 1.10.
    p = DEFAULT_PARAMS
    sc = build_scenario(season(), None, p)
    expected = 1000 * p.base_demand * 0.5**p.popularity_elasticity * 0.96 * 1.10
    assert sc.frame.mean_seats.tolist() == pytest.approx([expected])


def test_uncertain_demand_expectation_matches_monte_carlo() -> None:
    # With uncertainty the expected revenue is the closed form; the Monte Carlo mean must
    # agree within 4 standard errors.
    params = FLAT.model_copy(
        update={"base_demand": 1.8, "sigma_run": 0.15, "sigma_show": 0.2, "cheap_first": 0.7}
    )
    s = season()
    run = run_forecast(s, None, params, draws=40_000, seed=11)
    sc = run.scenario
    box = run.results[:, 0] - (16_000.0 - 23_000.0)
    se = box.std() / math.sqrt(len(box))
    assert abs(box.mean() - sc.revenue[0]) < 4 * se
    # And the expected seats: E[min(X, 1000)] below the uncapped mean of 900 seats.
    assert 800 < sc.seats[0] < 900


def test_day_time_and_period_factors() -> None:
    s = season(
        company(
            starts=(
                "2027-03-12T19:30:00-05:00",  # Friday evening
                "2027-03-13T14:00:00-05:00",  # Saturday matinee
                "2027-03-10T14:00:00-05:00",  # Wednesday matinee
                "2027-03-14T19:30:00-05:00",  # Sunday evening
            )
        )
    )
    perfs = s.companies[0].performances
    got = [day_time_factor(p, DEFAULT_PARAMS) for p in perfs]
    p = DEFAULT_PARAMS
    assert got == [p.weekend_evening, p.weekend_matinee, p.weekday_matinee, p.weekday_evening]
    import datetime as dt

    christmas = next(x for x in p.periods["new-york"] if x.name == "christmas")
    assert period_factors(dt.date(2026, 12, 26), p, "new-york") == (
        christmas.demand,
        christmas.price,
    )
    assert period_factors(dt.date(2027, 1, 3), p, "new-york")[0] > 1.0  # New Year's week
    assert period_factors(dt.date(2027, 3, 3), p, "new-york") == (1.0, 1.0)
    # Broadway's weeks are New York's market: Paris (no published figure) keeps (1, 1).
    assert period_factors(dt.date(2026, 12, 26), p, "paris") == (1.0, 1.0)
    assert period_factors(dt.date(2027, 1, 12), p, "paris") == (1.0, 1.0)


def test_run_position_opening_and_closing() -> None:
    # Three Tuesday shows of one run: first is the opening, last the closing.
    s = season(
        company(
            starts=(
                "2027-03-02T19:30:00-05:00",
                "2027-03-09T19:30:00-05:00",
                "2027-03-16T19:30:00-05:00",
            )
        )
    )
    params = FLAT.model_copy(update={"opening": 1.2, "closing": 1.1})
    sc = build_scenario(s, None, params)
    assert sc.frame.mean_seats.tolist() == pytest.approx([600.0, 500.0, 550.0])


def test_cheap_seats_sell_first_with_full_weight() -> None:
    # 500 seats of demand, cheapest first: all of them at $50 = 25,000.
    params = FLAT.model_copy(update={"cheap_first": 1.0})
    sc = build_scenario(season(), None, params)
    assert sc.revenue.tolist() == pytest.approx([25_000.0])
    assert np.isclose(sc.seats[0], 500.0)
