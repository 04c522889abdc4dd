"""Calibration: the fits re-run and match the stored defaults; the demo meets its targets.

The targets and their sources are in docs/calibration.md; the Broadway excerpt is read from
../shared/data (never copied into the repository).
"""

from __future__ import annotations

import pytest

from etoile.config import get_settings
from etoile.domain import Season
from etoile.forecast import DEFAULT_PARAMS
from etoile.forecast.calibration import (
    CalibrationRow,
    calibration_table,
    fit_broadway_periods,
    fit_demand,
)

BROADWAY = (
    get_settings().shared_dir / "data" / "broadway_grosses_excerpt_2019-12-08_to_2020-01-19.csv"
)


def test_broadway_fit_matches_the_stored_periods() -> None:
    assert fit_broadway_periods(BROADWAY) == DEFAULT_PARAMS.periods["new-york"]


def test_broadway_christmas_week_is_dearer_and_fuller() -> None:
    christmas = next(p for p in DEFAULT_PARAMS.periods["new-york"] if p.name == "christmas")
    # Paired shows, week ending 2019-12-29 against the three December weeks: average price
    # paid +23%, and the shows that had empty seats filled 12% more of them.
    assert christmas.price == pytest.approx(1.2338)
    assert christmas.demand == pytest.approx(1.1222)


def test_demand_refit_on_the_demo_matches_the_defaults(demo: Season) -> None:
    # Nested bisection on the demo's Paris house: 92% over the season, 99.5% for Swan Lake.
    base, elasticity = fit_demand(demo)
    assert base == pytest.approx(DEFAULT_PARAMS.base_demand, abs=2e-4)
    assert elasticity == pytest.approx(DEFAULT_PARAMS.popularity_elasticity, abs=2e-4)


ROWS = [
    "Paris house occupancy over the season",
    "Swan Lake in Paris, occupancy",
    "Nutcracker share of New York ticket revenue",
    "Christmas week box office per show over the week before",
    # The demo plays 9 Nutcrackers in the week of Christmas against 8 the week before, as
    # Broadway played 11.6% more shows: the weekly figure includes the extra show.
    "Christmas week box office over the week before",
    "New York: tickets' share of income",
    "Paris: tickets' share of income",
    "Paris: subsidy's share of income",
    "Paris: expected deficit, share of costs",
]


@pytest.fixture(scope="module")
def table(demo: Season) -> dict[str, CalibrationRow]:
    return {row.name: row for row in calibration_table(demo)}


@pytest.mark.parametrize("name", ROWS)
def test_demo_reproduces_the_published_figures(table: dict[str, CalibrationRow], name: str) -> None:
    row = table[name]
    assert row.low <= row.value <= row.high, row


def test_new_york_expected_deficit_is_a_deficit_below_the_band_top(
    table: dict[str, CalibrationRow],
) -> None:
    # A known miss (docs/calibration.md): the generator balances New York on a rough 90.5%
    # occupancy, the demand model (fitted on Paris) sells 94.4% of its seats, so the expected
    # deficit is under the 3-6% band. It must still be a deficit, and not a deeper one.
    row = table["New York: expected deficit, share of costs"]
    assert 0 < row.value < row.high
