"""The levers that would close a house's deficit: extra shows of its best run, galas, price."""

from __future__ import annotations

import pytest

from etoile.forecast import build_scenario
from etoile.forecast.breakeven import best_run, break_even_paths

from .builders import FLAT, company, season

# tests/forecast/test_demand.py: each show of the builders' house sells 800 seats for 53,000
# at base demand 1.6 with half its buyers taking the cheapest seat; it costs 3,000 a show.
PARAMS = FLAT.model_copy(update={"base_demand": 1.6, "cheap_first": 0.5})
TWO_SHOWS = ("2027-03-09T19:30:00-05:00", "2027-03-13T19:30:00-05:00")


def test_the_best_run_nets_its_box_office_less_its_cost_per_show() -> None:
    s = season(company(starts=TWO_SHOWS))
    # (53,000 + 53,000) / 2 - 3,000 = 50,000 a show.
    assert best_run(s, build_scenario(s, None, PARAMS), "h") == ("h-prod", 50_000.0)


def test_the_levers_of_a_house_120_000_short() -> None:
    s = season(company(starts=TWO_SHOWS))
    sc = build_scenario(s, None, PARAMS)
    paths = break_even_paths(s, sc, {"h": -120_000.0}, {"h": 7_000.0}, {"h": 2_500.0})
    by_lever = {p.lever: p for p in paths}
    assert list(by_lever) == ["exchange", "price", "extra_shows", "gala"]
    assert {p.gap for p in paths} == {120_000.0}
    assert (by_lever["exchange"].delivers, by_lever["price"].delivers) == (7_000.0, 2_500.0)
    # 120,000 / 50,000 = 2.4 shows: 3 more shows of the best run.
    assert (by_lever["extra_shows"].delivers, by_lever["extra_shows"].needed) == (50_000.0, 3.0)
    # A gala the size of ABT's 2014 one, 1,400,000 USD: 120,000 / 1,400,000 = 0.0857 of one.
    assert by_lever["gala"].delivers == 1_400_000.0
    assert by_lever["gala"].needed == pytest.approx(0.085714, abs=1e-6)


def test_a_paris_house_counts_the_gala_in_euros_and_a_house_in_surplus_needs_nothing() -> None:
    # The builders' season states 1 EUR = 1.25 USD: 1,400,000 / 1.25 = 1,120,000 EUR.
    s = season(company("p", "EUR"))
    sc = build_scenario(s, None, PARAMS)
    paths = break_even_paths(s, sc, {"p": 10_000.0}, {"p": 0.0}, {"p": 0.0})
    gala = next(p for p in paths if p.lever == "gala")
    assert (gala.currency, gala.delivers) == ("EUR", pytest.approx(1_120_000.0))
    assert {(p.lever, p.gap, p.needed) for p in paths if p.lever in ("gala", "extra_shows")} == {
        ("gala", 0.0, 0.0),
        ("extra_shows", 0.0, 0.0),
    }


def test_without_a_rate_from_dollars_there_is_no_gala_reference() -> None:
    s = season(company("l", "GBP"), exchange_rates=[])
    sc = build_scenario(s, None, PARAMS)
    gala = next(p for p in break_even_paths(s, sc, {"l": -1.0}, {"l": 0.0}, {"l": 0.0})
                if p.lever == "gala")  # fmt: skip
    assert (gala.delivers, gala.needed) == (0.0, 0.0)
