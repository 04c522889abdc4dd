"""A venue's revenue by seats sold, and its expectation under lognormal demand, by hand."""

from __future__ import annotations

import numpy as np
import pytest

from etoile.forecast.tiers import (
    expected_curve_revenue,
    expected_min,
    expected_seats,
    revenue_curve,
)

# 400 seats at 100 and 600 at 50, as in tests/forecast/builders.py.
TIERS = [(400, 100.0), (600, 50.0)]


def test_the_curve_blends_cheapest_first_with_every_tier_in_proportion() -> None:
    # By ascending price the breakpoints are 0, 600 and 1,000 seats. Cheapest first earns
    # 0, 600 x 50 = 30,000 and 30,000 + 400 x 100 = 70,000; in proportion the average price
    # is 70,000 / 1,000 = 70 a seat. Half and half: 0; 15,000 + 21,000 = 36,000; 70,000.
    curve = revenue_curve(TIERS, capacity=1000, cheap_first=0.5)
    assert curve.xp.tolist() == [0.0, 600.0, 1000.0]
    assert curve.fp.tolist() == [0.0, 36_000.0, 70_000.0]
    # 300 seats: half of 36,000; 900: 36,000 + 300 x (70,000 - 36,000) / 400 = 61,500;
    # beyond the 1,000 seats nothing more is earned.
    assert curve(np.array([300.0, 900.0, 1200.0])).tolist() == [18_000.0, 61_500.0, 70_000.0]


def test_seats_beyond_the_capacity_are_cut_from_the_dearest_tier() -> None:
    # 800 seats: the 600 cheap ones and 200 of the 400 at 100.
    curve = revenue_curve(TIERS, capacity=800, cheap_first=1.0)
    assert curve.sellable == 800.0
    assert curve.tiers == ((600.0, 50.0), (200.0, 100.0))
    assert curve.fp.tolist() == [0.0, 30_000.0, 50_000.0]


def test_a_venue_without_seats_earns_nothing() -> None:
    curve = revenue_curve(TIERS, capacity=0, cheap_first=0.5)
    assert curve(np.array([0.0, 500.0])).tolist() == [0.0, 0.0]


def test_expected_min_without_uncertainty_is_the_min() -> None:
    got = expected_min(np.array([500.0, 1200.0, 0.0]), 0.0, np.array([1000.0, 1000.0, 1000.0]))
    assert got.tolist() == [500.0, 1000.0, 0.0]


def test_expected_min_of_a_lognormal_capped_at_its_mean() -> None:
    # m = c = 1,000, s = 0.5: mu = ln 1000 - 0.125, so (ln c - mu - s^2) / s = -0.25 and
    # (ln c - mu) / s = 0.25. E[min(X, c)] = 1000 Phi(-0.25) + 1000 (1 - Phi(0.25))
    # = 2,000 Phi(-0.25) = 2,000 x 0.4012937 = 802.587.
    got = expected_min(np.array([1000.0]), 0.5, np.array([1000.0]))
    assert got.tolist() == pytest.approx([802.587], abs=1e-3)
    # A cap far above the demand takes nothing away from its mean.
    assert expected_min(np.array([1000.0]), 0.5, np.array([1e9])).tolist() == pytest.approx(
        [1000.0]
    )


def test_expected_revenue_and_seats_without_uncertainty_follow_the_curve() -> None:
    curve = revenue_curve(TIERS, capacity=1000, cheap_first=0.5)
    mean = np.array([300.0, 900.0, 1500.0])
    # The curve at min(demand, 1,000 seats): 18,000, 61,500 and 70,000 (see above).
    assert expected_curve_revenue(curve, mean, 0.0).tolist() == pytest.approx(
        [18_000.0, 61_500.0, 70_000.0]
    )
    assert expected_seats(curve, mean, 0.0).tolist() == [300.0, 900.0, 1000.0]
