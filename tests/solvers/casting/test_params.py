"""The casting solver's settings (etoile.solvers.casting.params): its defaults and the CP-SAT
settings of one solve."""

from __future__ import annotations

from etoile.solvers.casting.params import GROUPS_FROM, RUNS_ABOVE, CastingParams
from etoile.solvers.cpsat import WALL_FACTOR, CpSatSettings


def test_the_defaults() -> None:
    params = CastingParams()
    assert (params.time_limit, params.workers, params.seed) == (30.0, 2, 0)
    assert (params.deterministic, params.greedy_start, params.method) == (True, True, "auto")
    assert (params.first_plan, params.log, params.wall_factor) == (False, False, WALL_FACTOR)


def test_one_solve_takes_the_whole_budget_by_default() -> None:
    params = CastingParams(time_limit=12.5, workers=3, seed=7, first_plan=True)
    assert params.cp_sat() == CpSatSettings(
        time_limit=12.5,
        workers=3,
        seed=7,
        deterministic=True,
        wall_factor=WALL_FACTOR,
        log=False,
        first_plan=True,
    )


def test_one_solve_may_take_a_share_of_the_budget() -> None:
    # A run given 4 of the season's 30 deterministic seconds; everything else is passed on.
    params = CastingParams(deterministic=False, wall_factor=2.0, log=True)
    settings = params.cp_sat(4.0)
    assert settings.time_limit == 4.0
    assert (settings.deterministic, settings.wall_factor, settings.log) == (False, 2.0, True)
    # The casting leaves CP-SAT's probing at its default.
    assert settings.probing_level is None


def test_a_zero_share_is_kept_not_replaced_by_the_budget() -> None:
    # 0.0 is a budget (no search left), not "no value": only None falls back to 30.
    assert CastingParams().cp_sat(0.0).time_limit == 0.0


def test_the_auto_thresholds() -> None:
    # Documented in docs/casting.md: 20,000 eligible pairs, 60 deterministic seconds.
    assert (RUNS_ABOVE, GROUPS_FROM) == (20_000, 60.0)
