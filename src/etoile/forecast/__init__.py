"""The forecast: demand per performance, the finance ledger of each house, and Monte Carlo.

``docs/forecast.md`` explains the model and ``docs/calibration.md`` the published figures it
reproduces. This package imports only :mod:`etoile.domain` (and NumPy, Matplotlib, Babel).

For the exchange solver: :func:`lead_uplifts` (the linearised value of a dancer in a lead of a
show), :func:`baseline_expected_result`, :func:`expected_results` (the full model, to check a
solved plan), :func:`home_box_office_change` (what a house loses while its star is away) and
:func:`exchange_move_costs`.
"""

from etoile.forecast.checks import ForecastIssue, forecast_problems
from etoile.forecast.ledger import HouseLedger, exchange_move_costs
from etoile.forecast.model import ForecastRun, Scenario, build_scenario, run_forecast
from etoile.forecast.params import DEFAULT_PARAMS, ForecastParams, Period, load_params
from etoile.forecast.uplift import (
    LeadUplift,
    baseline_expected_result,
    baseline_scenario,
    candidate_leads,
    expected_results,
    home_box_office_change,
    lead_uplifts,
)

__all__ = [
    "DEFAULT_PARAMS",
    "ForecastIssue",
    "ForecastParams",
    "ForecastRun",
    "HouseLedger",
    "LeadUplift",
    "Period",
    "Scenario",
    "baseline_expected_result",
    "baseline_scenario",
    "build_scenario",
    "candidate_leads",
    "exchange_move_costs",
    "expected_results",
    "forecast_problems",
    "home_box_office_change",
    "lead_uplifts",
    "load_params",
    "run_forecast",
]
