"""The vectorised Monte Carlo against the slow reference, determinism, and the summary."""

from __future__ import annotations

import numpy as np
import pytest

from etoile.domain import Season
from etoile.forecast import DEFAULT_PARAMS, build_scenario, run_forecast
from etoile.forecast.montecarlo import (
    _Prepared,
    shocks,
    simulate,
    simulate_income,
    simulate_reference,
)


def test_vectorised_matches_the_slow_reference(tiny_season: Season) -> None:
    params = DEFAULT_PARAMS.model_copy(update={"sigma_run": 0.2, "sigma_show": 0.25})
    sc = build_scenario(tiny_season, None, params)
    rng = np.random.default_rng(5)
    z_run, z_show = next(shocks(rng, sc.frame, 300))
    fast = _Prepared(sc.frame, params, sc.frame.mean_seats).box_office(z_run, z_show)
    slow = simulate_reference(sc.frame, params, z_run, z_show)
    # The fast path works in single precision up to the seats sold.
    assert fast == pytest.approx(slow, rel=1e-5)


def test_same_seed_same_numbers_other_seed_other_numbers(tiny_season: Season) -> None:
    sc = build_scenario(tiny_season, None, DEFAULT_PARAMS)
    a = simulate(sc.frame, DEFAULT_PARAMS, 10_000, seed=42)
    b = simulate(sc.frame, DEFAULT_PARAMS, 10_000, seed=42)
    c = simulate(sc.frame, DEFAULT_PARAMS, 10_000, seed=43)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert run_forecast(tiny_season, seed=7, draws=5000).forecast == (
        run_forecast(tiny_season, seed=7, draws=5000).forecast
    )


def test_monte_carlo_mean_agrees_with_the_closed_form(tiny_season: Season) -> None:
    sc = build_scenario(tiny_season, None, DEFAULT_PARAMS)
    box = simulate(sc.frame, DEFAULT_PARAMS, 50_000, seed=1)
    for h, house in enumerate(sc.frame.houses):
        se = box[:, h].std() / np.sqrt(len(box))
        assert abs(box[:, h].mean() - sc.box_office(house)) < 4 * se


def test_summary_percentiles_and_break_even(tiny_season: Season) -> None:
    run = run_forecast(tiny_season, draws=20_000, seed=3)
    for h, house in enumerate(run.forecast.houses):
        col = run.results[:, h]
        assert house.p5 <= house.p50 <= house.p95
        assert house.probability_break_even == pytest.approx(float(np.mean(col >= 0)))
        assert house.result == pytest.approx(house.revenue - house.costs)
        assert house.baseline_result == house.result  # no exchange: the plan is the baseline
        assert sum(house.weekly_box_office.values()) == pytest.approx(house.box_office)
        assert sum(house.production_box_office.values()) == pytest.approx(house.box_office)
    # Combined in USD: Paris converted at the stated 1.08.
    nyc, par = run.forecast.houses
    combined = run.forecast.combined
    assert combined is not None and combined.currency == "USD"
    assert combined.result == pytest.approx(nyc.result + par.result * 1.08)
    assert combined.probability_break_even == pytest.approx(
        float(np.mean(run.results @ np.array([1.0, 1.08]) >= 0))
    )


INCOME = [
    {"subsidy": 1_000_000.0, "donations": 2_000_000.0, "other_income": 500_000.0},
    {"subsidy": 4_000_000.0, "donations": 300_000.0, "sponsorship": 600_000.0},
]


def test_income_draws_keep_the_mean_and_have_the_stated_spread() -> None:
    params = DEFAULT_PARAMS
    got = simulate_income(INCOME, params, 200_000, seed=11)
    for h, lines in enumerate(INCOME):
        mean = sum(lines.values())
        sd = np.sqrt(sum((params.income_sd(k) * v) ** 2 for k, v in lines.items()))
        assert abs(got[:, h].mean() - mean) < 4 * sd / np.sqrt(len(got))
        assert got[:, h].std() == pytest.approx(sd, rel=0.02)
    # One line alone: the relative sd is the parameter's.
    (one,) = simulate_income([{"donations": 1.0}], params, 200_000, seed=2).T
    assert one.std() == pytest.approx(params.donations_sd, rel=0.02)
    assert one.min() > 0  # lognormal: never negative income


def test_income_draws_are_seeded_and_switch_off() -> None:
    a = simulate_income(INCOME, DEFAULT_PARAMS, 1000, seed=5)
    assert np.array_equal(a, simulate_income(INCOME, DEFAULT_PARAMS, 1000, seed=5))
    assert not np.array_equal(a, simulate_income(INCOME, DEFAULT_PARAMS, 1000, seed=6))
    flat = DEFAULT_PARAMS.model_copy(
        update={"subsidy_sd": 0.0, "donations_sd": 0.0, "sponsorship_sd": 0.0}
    )
    flat = flat.model_copy(update={"other_income_sd": 0.0})
    fixed = simulate_income(INCOME, flat, 10, seed=5)
    assert fixed == pytest.approx(np.tile([3_500_000.0, 4_900_000.0], (10, 1)))


def test_income_noise_moves_the_risk_not_the_expectation(tiny_season: Season) -> None:
    quiet = DEFAULT_PARAMS.model_copy(
        update={"subsidy_sd": 0.0, "donations_sd": 0.0, "other_income_sd": 0.0}
    )
    noisy = run_forecast(tiny_season, draws=20_000, seed=3)
    still = run_forecast(tiny_season, params=quiet, draws=20_000, seed=3)
    for a, b in zip(noisy.forecast.houses, still.forecast.houses, strict=True):
        assert a.result == b.result and a.revenue == b.revenue and a.costs == b.costs
        assert a.p95 - a.p5 > b.p95 - b.p5
    # The box office draws are the same with or without the income draws (own stream).
    sc = build_scenario(tiny_season, None, DEFAULT_PARAMS)
    box = simulate(sc.frame, DEFAULT_PARAMS, 20_000, seed=3)
    offset = [sc.ledgers[h].fixed_income - sc.ledgers[h].total_costs for h in sc.frame.houses]
    assert still.results == pytest.approx(box + np.array(offset))
