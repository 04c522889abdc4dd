"""The whole forecast of a tiny season whose every figure is worked out by hand."""

from __future__ import annotations

import pytest

from etoile.forecast import run_forecast

from .builders import FLAT, company, season

# No uncertainty at all: demand, and every non-ticket income line, exactly as stated.
CERTAIN = FLAT.model_copy(
    update={
        "base_demand": 1.6,
        "cheap_first": 0.5,
        "subsidy_sd": 0.0,
        "donations_sd": 0.0,
        "sponsorship_sd": 0.0,
        "other_income_sd": 0.0,
    }
)
# Tue 9 March and Mon 15 March 2027: one show in each of two weeks.
STARTS = ("2027-03-09T19:30:00-05:00", "2027-03-15T19:30:00-05:00")


def test_a_house_of_two_shows_by_hand() -> None:
    # Each show: 800 seats for 53,000 (tests/forecast/test_demand.py). Income 10,000 subsidy +
    # 5,000 donations + 1,000 other; costs 20,000 fixed + 2 x 3,000 for the shows (no
    # dancers, no salaries). Result: 106,000 + 16,000 - 26,000 = 96,000 in every draw.
    run = run_forecast(season(company(starts=STARTS)), None, CERTAIN, draws=50, seed=3)
    [house] = run.forecast.houses
    assert (house.performances, house.expected_attendance, house.occupancy) == (2, 1600.0, 0.8)
    assert (house.box_office, house.revenue, house.costs) == (106_000.0, 122_000.0, 26_000.0)
    assert house.result == pytest.approx(96_000.0)
    assert (house.p5, house.p50, house.p95) == pytest.approx((96_000.0, 96_000.0, 96_000.0))
    assert house.probability_break_even == 1.0
    # Weeks start on Monday: 8 and 15 March.
    assert house.weekly_box_office == {"2027-03-08": 53_000.0, "2027-03-15": 53_000.0}
    assert house.performance_occupancy == {"h-p1": 0.8, "h-p2": 0.8}
    assert house.income_lines["box_office"] == 106_000.0
    # Without a plan the baseline is the season itself.
    assert house.baseline_result == pytest.approx(96_000.0)


def test_the_combined_view_converts_each_house_at_the_stated_rate() -> None:
    # Paris in EUR with the same figures; 1 EUR = 1.25 USD. New York: one show, 53,000 +
    # 16,000 - 23,000 = 46,000 USD. Paris: 46,000 EUR = 57,500 USD. Combined 103,500 USD.
    s = season(company("h", starts=STARTS[:1]), company("p", "EUR", starts=STARTS[:1]))
    run = run_forecast(s, None, CERTAIN, draws=20, seed=0)
    combined = run.forecast.combined
    assert combined is not None
    assert (combined.company, combined.currency) == ("combined", "USD")
    assert combined.result == pytest.approx(103_500.0)
    # In euros: 46,000 / 1.25 + 46,000 = 82,800 EUR.
    in_euros = run_forecast(s, None, CERTAIN, draws=20, seed=0, combined_currency="EUR")
    assert in_euros.forecast.combined is not None
    assert in_euros.forecast.combined.result == pytest.approx(82_800.0)
